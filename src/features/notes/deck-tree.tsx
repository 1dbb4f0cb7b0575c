import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isInDeck, listDecks, type NoteSummary } from '../../core';

/** Folders as a tree of links, each with its note count; the current one is marked. */
export function DeckTree({
  notes,
  current,
  hrefFor,
}: {
  notes: readonly NoteSummary[];
  current: string;
  hrefFor: (deck: string) => string;
}) {
  const { t } = useTranslation();
  const decks = listDecks(notes);
  const entry = (deck: string, label: string, depth: number) => (
    <li key={deck || '*'} style={{ paddingInlineStart: `${depth * 0.9}rem` }}>
      <Link to={hrefFor(deck)} aria-current={deck === current ? 'page' : undefined}>
        {label}
      </Link>{' '}
      <span className="muted">{notes.filter((note) => !deck || isInDeck(note, deck)).length}</span>
    </li>
  );
  return (
    <nav aria-label={t('browse.decks')}>
      <ul className="deck-tree">
        {entry('', t('home.allDecks'), 0)}
        {decks.map((deck) => {
          const parts = deck.split('/');
          return entry(deck, parts[parts.length - 1] ?? deck, parts.length);
        })}
      </ul>
    </nav>
  );
}
