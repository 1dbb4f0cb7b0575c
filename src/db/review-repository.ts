import type { Grade, Scheduler, SchedulingState } from '../core';
import type { MundapDatabase } from './database';
import { stateOfRow, type ReviewRow, type ReviewSource } from './rows';

export interface RateInput {
  cardId: string;
  noteId: string;
  grade: Grade;
  now: number;
  elapsedMs: number;
  source: ReviewSource;
}

/**
 * One rating = one transaction: the new card state and its log entry are
 * written together or not at all. The state is read inside the transaction,
 * so a second tab rating the same card cannot make this one lose an update.
 * Called inside a caller's transaction over these tables (and more), Dexie
 * joins it, so the caller's own writes commit or fail with the rating.
 */
export async function rateCard(db: MundapDatabase, scheduler: Scheduler, input: RateInput): Promise<ReviewRow> {
  const { cardId, noteId, grade, now, elapsedMs, source } = input;
  return db.transaction('rw', db.cardStates, db.reviews, async () => {
    const row = await db.cardStates.get(cardId);
    const before = row ? stateOfRow(row) : null;
    const after = scheduler.rate(cardId, before, now, grade);
    const review: ReviewRow = { cardId, noteId, grade, reviewedAt: now, elapsedMs, source, before, after };
    await db.cardStates.put({ ...after, cardId, noteId });
    review.id = await db.reviews.add(review);
    return review;
  });
}

/**
 * Undo a rating: restore the state it replaced and delete its log entry, in
 * one transaction. Only the card's latest rating can be undone (another tab
 * may have rated the card since); returns false when that is not the case.
 */
export async function undoReview(db: MundapDatabase, reviewId: number): Promise<boolean> {
  return db.transaction('rw', db.cardStates, db.reviews, async () => {
    const review = await db.reviews.get(reviewId);
    if (!review) return false;
    const latest = await db.reviews.where('cardId').equals(review.cardId).last();
    if (latest?.id !== reviewId) return false;
    if (review.before) {
      await db.cardStates.put({ ...review.before, cardId: review.cardId, noteId: review.noteId });
    } else {
      await db.cardStates.delete(review.cardId);
    }
    await db.reviews.delete(reviewId);
    return true;
  });
}

/** A card's review log, oldest first. */
export function reviewsOfCard(db: MundapDatabase, cardId: string): Promise<ReviewRow[]> {
  // Entries with the same cardId come in primary-key (= insertion) order.
  return db.reviews.where('cardId').equals(cardId).toArray();
}

/** Re-derive a card's state from its log alone: the log is the source of truth. */
export async function replayCardState(
  db: MundapDatabase,
  scheduler: Scheduler,
  cardId: string,
): Promise<SchedulingState | null> {
  const log = await reviewsOfCard(db, cardId);
  return scheduler.replay(
    cardId,
    log.map(({ grade, reviewedAt }) => ({ grade, reviewedAt })),
  );
}

/** New cards introduced since `since` (their first rating), for the daily limit. */
export function countNewCardsReviewedSince(db: MundapDatabase, since: number): Promise<number> {
  return db.reviews
    .where('reviewedAt')
    .aboveOrEqual(since)
    .filter((review) => review.before === null)
    .count();
}

export function countReviewsSince(db: MundapDatabase, since: number): Promise<number> {
  return db.reviews.where('reviewedAt').aboveOrEqual(since).count();
}
