import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countKinds, DEFAULT_CARD_KIND_SETTINGS, type KindChoice } from '../../core';
import { allCardsOf, useNotes } from '../../data/notes';
import { db, readCardKinds, setCardKinds } from '../../db';
import { useHashTarget } from '../../hooks/use-hash-target';
import { useStoredQuery } from '../../hooks/use-stored-query';
import { CARD_KINDS_SECTION_ID, KindChoiceFields } from '../../ui/kind-choice-fields';

/** The kinds of card studied in every deck that has no choice of its own. */
export function CardKindSection({ onSaved, onError }: { onSaved: () => void; onError: (message: string) => void }) {
  const { t } = useTranslation();
  const settings = useStoredQuery(() => readCardKinds(db), [], DEFAULT_CARD_KIND_SETTINGS);
  const notes = useNotes();
  const counts = useMemo(() => countKinds(notes.flatMap((note) => allCardsOf(note.id))), [notes]);
  // A deck's page links here to change the choice every deck follows.
  const sectionRef = useHashTarget<HTMLElement>(CARD_KINDS_SECTION_ID, 'input', settings !== undefined);
  if (!settings) return null;
  const save = (choice: KindChoice): void => {
    setCardKinds(db, { choice, now: Date.now() }).then(onSaved, (error: unknown) =>
      onError(t('cardKinds.saveFailed', { reason: error instanceof Error ? error.message : String(error) })),
    );
  };
  const ownDecks = Object.keys(settings.decks).length;
  return (
    <section id={CARD_KINDS_SECTION_ID} ref={sectionRef} aria-label={t('cardKinds.settingsTitle')}>
      <KindChoiceFields legend={t('cardKinds.settingsTitle')} choice={settings.kinds} counts={counts} onChange={save}>
        <p className="field-help">
          {t('cardKinds.settingsHelp')}
          {ownDecks > 0 && ` ${t('cardKinds.decksWithOwn', { count: ownDecks })}`}
        </p>
      </KindChoiceFields>
    </section>
  );
}
