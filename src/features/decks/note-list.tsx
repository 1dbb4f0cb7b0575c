import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notePath, type NoteSummary } from '../../core';

/** Notes grouped by deck, each with its question count. */
export function NoteList({ notes }: { notes: readonly NoteSummary[] }) {
  const { t } = useTranslation();
  const byDeck = new Map<string, NoteSummary[]>();
  for (const note of notes) byDeck.set(note.deck, [...(byDeck.get(note.deck) ?? []), note]);
  return (
    <div className="note-groups">
      {[...byDeck].map(([deck, deckNotes]) => (
        <section key={deck || '*'}>
          {deck && <h3 className="deck-path">{deck}</h3>}
          <ul className="note-list">
            {deckNotes.map((note) => (
              <li key={note.id}>
                <Link to={notePath(note.id)} lang="ko">
                  {note.title}
                </Link>
                <span className="muted"> · {t('cardKinds.cardCount', { count: note.cards.length })}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
