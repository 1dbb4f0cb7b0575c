import { LEARN_AHEAD_MS, startOfStudyDay, type CardRecord, type StudySettings } from '../core';
import { readDueStates, readKnownCardIds } from './card-state-repository';
import type { MundapDatabase } from './database';
import { countTodaysRatings } from './review-repository';
import { stateOfRow } from './rows';
import { getStudySettings } from './settings-repository';

/** Everything needed to build a queue or deck counts, read in one go. */
export interface StudySnapshot {
  settings: StudySettings;
  /** Records due by `now + LEARN_AHEAD_MS`: the only state rows read. */
  dueStates: Map<string, CardRecord>;
  knownIds: Set<string>;
  /** New cards today's limit still allows. */
  newLeft: number;
  /** Review cards today's limit still allows. */
  reviewsLeft: number;
  /** Cards rated for the first time today (their new siblings wait for tomorrow). */
  introducedToday: Set<string>;
}

export async function readStudySnapshot(db: MundapDatabase, now: number): Promise<StudySnapshot> {
  const settings = await getStudySettings(db);
  const [dueRows, knownIds, today] = await Promise.all([
    readDueStates(db, now + LEARN_AHEAD_MS),
    readKnownCardIds(db),
    countTodaysRatings(db, startOfStudyDay(now, settings.dayStartHour)),
  ]);
  return {
    settings,
    dueStates: new Map(dueRows.map((row) => [row.cardId, stateOfRow(row)])),
    knownIds,
    newLeft: Math.max(0, settings.newCardsPerDay - today.newCards),
    reviewsLeft: Math.max(0, settings.maxReviewsPerDay - today.reviewCards),
    introducedToday: today.introduced,
  };
}
