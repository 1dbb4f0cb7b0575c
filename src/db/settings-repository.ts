import {
  CARD_KINDS_KEY,
  DECK_KINDS_KEY_PREFIX,
  HIDDEN_DECKS_KEY,
  hiddenDeckEntry,
  readCardKindSettings,
  withDefaults,
  type CardKindSettings,
  type KindChoice,
  type NoteSource,
  type StudySettings,
} from '../core';
import type { MundapDatabase } from './database';

const STUDY_KEY = 'study';

export async function getStudySettings(db: MundapDatabase): Promise<StudySettings> {
  const row = await db.settings.get(STUDY_KEY);
  return withDefaults(row?.value as Partial<StudySettings> | undefined);
}

export async function saveStudySettings(db: MundapDatabase, settings: StudySettings, now: number): Promise<void> {
  await db.settings.put({ key: STUDY_KEY, value: settings, updatedAt: now });
}

export async function readHiddenDecks(db: MundapDatabase): Promise<string[]> {
  const value = (await db.settings.get(HIDDEN_DECKS_KEY))?.value;
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

/** Turns one source of one deck off or on, read and written in one transaction (two tabs may toggle at once). */
export async function setDeckHidden(
  db: MundapDatabase,
  change: { source: NoteSource; deck: string; hidden: boolean; now: number },
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const entry = hiddenDeckEntry(change.source, change.deck);
    const hidden = new Set(await readHiddenDecks(db));
    if (change.hidden) hidden.add(entry);
    else hidden.delete(entry);
    await db.settings.put({ key: HIDDEN_DECKS_KEY, value: [...hidden].sort(), updatedAt: change.now });
  });
}

export async function readCardKinds(db: MundapDatabase): Promise<CardKindSettings> {
  const [global, decks] = await Promise.all([
    db.settings.get(CARD_KINDS_KEY),
    db.settings.where('key').startsWith(DECK_KINDS_KEY_PREFIX).toArray(),
  ]);
  return readCardKindSettings(
    global?.value,
    decks.map((row) => [row.key.slice(DECK_KINDS_KEY_PREFIX.length), row.value]),
  );
}

/**
 * Sets the kinds studied everywhere (deck undefined) or in one deck (a
 * choice of its own, or null to follow its parent again).
 */
export async function setCardKinds(
  db: MundapDatabase,
  change:
    { deck?: undefined; choice: KindChoice; now: number } | { deck: string; choice: KindChoice | null; now: number },
): Promise<void> {
  const key = change.deck === undefined ? CARD_KINDS_KEY : `${DECK_KINDS_KEY_PREFIX}${change.deck}`;
  await db.settings.put({ key, value: change.choice, updatedAt: change.now });
}

/**
 * Whether the learner still has the kinds the version-5 upgrade chose for
 * them (questions only, stored at time 0) and has not seen them explained:
 * the home page then says the new kinds exist. Any choice of theirs ends it.
 */
export async function kindsChosenByUpgrade(db: MundapDatabase): Promise<boolean> {
  return (await db.settings.get(CARD_KINDS_KEY))?.updatedAt === 0;
}
