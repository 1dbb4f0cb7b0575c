import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  countKinds,
  DEFAULT_CARD_KIND_SETTINGS,
  isInDeck,
  kindChoiceOwner,
  kindsForDeck,
  type KindChoice,
  type NoteSummary,
} from '../../core';
import { allCardsOf } from '../../data/notes';
import { db, readCardKinds, setCardKinds } from '../../db';
import { useStoredQuery } from '../../hooks/use-stored-query';
import { CARD_KINDS_SECTION_ID, KindChoiceFields } from '../../ui/kind-choice-fields';

/**
 * A deck's cards by kind and which kinds it studies. Changing a kind here
 * gives the deck (and its sub-decks) a choice of its own, as Anki's deck
 * options do; removing it makes the deck follow its parent or the global
 * choice again.
 */
export function DeckCardKinds({ deck, notes }: { deck: string; notes: readonly NoteSummary[] }) {
  const { t } = useTranslation();
  const settings = useStoredQuery(() => readCardKinds(db), [], DEFAULT_CARD_KIND_SETTINGS);
  const [error, setError] = useState('');
  const counts = useMemo(
    () => countKinds(notes.filter((note) => isInDeck(note, deck)).flatMap((note) => allCardsOf(note.id))),
    [notes, deck],
  );
  if (!settings) return null;
  const owner = kindChoiceOwner(settings, deck);
  const save = (choice: KindChoice | null): void => {
    setCardKinds(db, { deck, choice, now: Date.now() }).then(
      () => setError(''),
      (cause: unknown) =>
        setError(t('cardKinds.saveFailed', { reason: cause instanceof Error ? cause.message : String(cause) })),
    );
  };
  return (
    <section className="deck-card-kinds" aria-label={t('cardKinds.deckTitle', { deck })}>
      <KindChoiceFields
        legend={t('cardKinds.deckTitle', { deck })}
        choice={kindsForDeck(settings, deck)}
        counts={counts}
        onChange={save}
      >
        <p className="field-help">
          {owner === deck
            ? t('cardKinds.ownChoice')
            : owner === null
              ? t('cardKinds.followsGlobal')
              : t('cardKinds.followsDeck', { deck: owner })}{' '}
          {owner === deck ? (
            <button type="button" className="button secondary small" onClick={() => save(null)}>
              {t('cardKinds.useInherited')}
            </button>
          ) : (
            <Link to={`/settings#${CARD_KINDS_SECTION_ID}`}>{t('cardKinds.changeGlobal')}</Link>
          )}
        </p>
      </KindChoiceFields>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
