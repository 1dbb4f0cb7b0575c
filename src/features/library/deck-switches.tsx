import { useTranslation } from 'react-i18next';
import { hiddenDeckEntry, type NoteSource } from '../../core';
import { useDeckSources } from '../../data/notes';
import { db, readHiddenDecks, setDeckHidden } from '../../db';
import { useStoredQuery } from '../../hooks/use-stored-query';

/**
 * Per top-level deck, the app's own notes and the learner's imported ones
 * can each be turned off: off, they leave decks, search, study, interviews
 * and statistics, and their cards keep their history for when they come back.
 */
export function DeckSwitches() {
  const { t } = useTranslation();
  const sources = useDeckSources();
  const hidden = useStoredQuery(async () => new Set(await readHiddenDecks(db)), [], new Set<string>());
  if (sources.length === 0 || !hidden) return null;
  const toggle = (source: NoteSource, deck: string, on: boolean): void =>
    void setDeckHidden(db, { source, deck, hidden: !on, now: Date.now() });
  const deckName = (deck: string): string => deck || t('library.decks.top');

  return (
    <section className="panel" aria-labelledby="deck-switches-title">
      <h2 id="deck-switches-title">{t('library.decks.title')}</h2>
      <p>{t('library.decks.intro')}</p>
      <table className="library-notes">
        <thead>
          <tr>
            <th scope="col">{t('library.decks.deck')}</th>
            <th scope="col">{t('library.decks.bundled')}</th>
            <th scope="col">{t('library.decks.library')}</th>
          </tr>
        </thead>
        <tbody>
          {sources.map(({ deck, bundled, library }) => (
            <tr key={deck}>
              <th scope="row">{deckName(deck)}</th>
              {(
                [
                  ['bundled', bundled],
                  ['library', library],
                ] as const
              ).map(([source, count]) => (
                <td key={source}>
                  {count === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <label>
                      <input
                        type="checkbox"
                        checked={!hidden.has(hiddenDeckEntry(source, deck))}
                        onChange={(event) => toggle(source, deck, event.target.checked)}
                        aria-label={t(`library.decks.${source}Label`, { deck: deckName(deck), count })}
                      />{' '}
                      {t('library.decks.notes', { count })}
                    </label>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
