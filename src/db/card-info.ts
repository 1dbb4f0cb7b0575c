import { createScheduler, type CardRecord } from '../core';
import type { MundapDatabase } from './database';
import { readSchedulerOf, reviewsOfCard } from './review-repository';
import { stateOfRow, type ReviewRow } from './rows';
import { getStudySettings } from './settings-repository';

export interface CardLogEntry {
  row: ReviewRow;
  /** FSRS's probability of recall when a reviewed card was rated; null for first ratings and other actions. */
  retrievability: number | null;
}

/** What the card info dialog shows: the stored record and the whole log, oldest first. */
export interface CardInfo {
  record: CardRecord | null;
  /** Probability of recall at `now`; null for a card never reviewed. */
  retrievability: number | null;
  log: CardLogEntry[];
}

export async function readCardInfo(db: MundapDatabase, cardId: string, now: number): Promise<CardInfo> {
  return db.transaction('r', [db.cardStates, db.reviews, db.settings, db.profiles], async () => {
    const current = createScheduler((await getStudySettings(db)).scheduler);
    const schedulerOf = await readSchedulerOf(db, current);
    const row = await db.cardStates.get(cardId);
    const record = row ? stateOfRow(row) : null;
    const reviewed = (state: CardRecord | null): state is CardRecord =>
      state !== null && state.phase !== 'new' && state.lastReview !== null;
    const log = (await reviewsOfCard(db, cardId)).map((entry) => ({
      row: entry,
      retrievability:
        entry.kind === 'rating' && reviewed(entry.before)
          ? schedulerOf(entry.profile).retrievability(entry.before, entry.reviewedAt)
          : null,
    }));
    return {
      record,
      retrievability: reviewed(record) ? current.retrievability(record, now) : null,
      log,
    };
  });
}
