import {
  applyCardEvent,
  compareEvents,
  createScheduler,
  replayCardLog,
  type CardAction,
  type CardEvent,
  type Grade,
  type Scheduler,
  type SchedulerOf,
} from '../core';
import type { MundapDatabase } from './database';
import { newUid } from './new-uid';
import { stateOfRow, type ReviewRow, type ReviewSource } from './rows';

export interface RateInput {
  cardId: string;
  noteId: string;
  grade: Grade;
  now: number;
  elapsedMs: number;
  source: ReviewSource;
}

export interface CardActionInput {
  cardId: string;
  noteId: string;
  /** Anything but a rating (rateCard records those). */
  action: Exclude<CardAction, { kind: 'rating' }>;
  now: number;
}

/** A card's log, in canonical (replay) order. */
export async function reviewsOfCard(db: MundapDatabase, cardId: string): Promise<ReviewRow[]> {
  const rows = await db.reviews.where('cardId').equals(cardId).toArray();
  return rows.sort(compareEvents);
}

/**
 * Appends one event to a card's log and stores the record it leads to, in
 * one transaction. The record is read inside it, so a second tab acting on
 * the same card cannot make this one lose an update. An event never lands
 * before the card's latest one (a clock set back, a merged log from a device
 * whose clock ran ahead): the stored record must stay the replay of the log.
 * Called inside a caller's transaction over these tables, Dexie joins it.
 */
async function appendCardEvent(
  db: MundapDatabase,
  scheduler: Scheduler | null,
  input: { cardId: string; noteId: string; action: CardAction; now: number; elapsedMs: number; source: ReviewSource },
): Promise<ReviewRow> {
  const { cardId, noteId, action, elapsedMs, source } = input;
  return db.transaction('rw', [db.cardStates, db.reviews, db.profiles], async () => {
    const row = await db.cardStates.get(cardId);
    const latest = (await reviewsOfCard(db, cardId)).at(-1);
    const reviewedAt = latest ? Math.max(input.now, latest.reviewedAt + 1) : input.now;
    const event = { ...action, uid: newUid(), reviewedAt } as CardEvent;
    const before = row ? stateOfRow(row) : null;
    const schedulerOf: SchedulerOf = () => {
      if (!scheduler) throw new Error('a rating needs a scheduler');
      return scheduler;
    };
    const after = applyCardEvent(cardId, before, event, schedulerOf);
    if (scheduler && action.kind === 'rating') {
      await db.profiles.put({ id: scheduler.profile, settings: scheduler.settings });
    }
    const review = { ...event, cardId, noteId, elapsedMs, source, before, after } as ReviewRow;
    await db.cardStates.put({ ...after, cardId, noteId });
    review.id = await db.reviews.add(review);
    return review;
  });
}

/** One rating = one transaction: the new card record and its log entry together. */
export function rateCard(db: MundapDatabase, scheduler: Scheduler, input: RateInput): Promise<ReviewRow> {
  const { grade, ...rest } = input;
  return appendCardEvent(db, scheduler, { ...rest, action: { kind: 'rating', grade, profile: scheduler.profile } });
}

/** Suspend, unsuspend, bury, flag or reset a card: logged like a rating, so it replays and merges. */
export function applyCardAction(db: MundapDatabase, input: CardActionInput): Promise<ReviewRow> {
  return appendCardEvent(db, null, { ...input, elapsedMs: 0, source: 'study' });
}

/**
 * Undo an event: restore the record it replaced and delete its log entry, in
 * one transaction. Only the card's latest event can be undone (another tab
 * may have acted on the card since); returns false when that is not the case.
 */
export async function undoReview(db: MundapDatabase, reviewId: number): Promise<boolean> {
  return db.transaction('rw', db.cardStates, db.reviews, async () => {
    const review = await db.reviews.get(reviewId);
    if (!review) return false;
    const latest = (await reviewsOfCard(db, review.cardId)).at(-1);
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

/**
 * Schedulers for every stored profile, made on first use; `fallback` serves
 * a profile the database does not hold (which a validated import prevents).
 */
export async function readSchedulerOf(db: MundapDatabase, fallback: Scheduler): Promise<SchedulerOf> {
  const profiles = new Map((await db.profiles.toArray()).map((row) => [row.id, row.settings]));
  const made = new Map<string, Scheduler>([[fallback.profile, fallback]]);
  return (profile) => {
    let scheduler = made.get(profile);
    if (!scheduler) {
      const settings = profiles.get(profile);
      scheduler = settings ? createScheduler(settings) : fallback;
      made.set(profile, scheduler);
    }
    return scheduler;
  };
}

/**
 * Re-derives the given cards from their logs: every entry's before/after
 * and the stored record (deleted when a card's log is empty). Run it inside
 * a caller's rw transaction over cardStates and reviews when it must commit
 * with other writes (a merge, a reschedule).
 */
export async function replayCards(
  db: MundapDatabase,
  cardIds: Iterable<string>,
  schedulerOf: SchedulerOf,
): Promise<void> {
  const ids = [...new Set(cardIds)];
  await db.transaction('rw', db.cardStates, db.reviews, async () => {
    const rows = await db.reviews.where('cardId').anyOf(ids).toArray();
    const byCard = new Map<string, ReviewRow[]>(ids.map((id) => [id, []]));
    for (const row of rows) byCard.get(row.cardId)?.push(row);
    const updated: ReviewRow[] = [];
    const records = [];
    const emptied: string[] = [];
    for (const [cardId, log] of byCard) {
      const steps = replayCardLog(cardId, log, schedulerOf);
      for (const { event, before, after } of steps) updated.push({ ...event, before, after });
      const last = steps.at(-1);
      if (last) records.push({ ...last.after, cardId, noteId: last.event.noteId });
      else emptied.push(cardId);
    }
    await db.reviews.bulkPut(updated);
    await db.cardStates.bulkPut(records);
    await db.cardStates.bulkDelete(emptied);
  });
}

/** Re-derive a card's record from its log alone: the log is the source of truth. */
export async function replayCardState(db: MundapDatabase, cardId: string, fallback: Scheduler) {
  const schedulerOf = await readSchedulerOf(db, fallback);
  return replayCardLog(cardId, await reviewsOfCard(db, cardId), schedulerOf).at(-1)?.after ?? null;
}

/** What today's limits have used up: new cards introduced and review cards shown. */
export async function countTodaysRatings(
  db: MundapDatabase,
  since: number,
): Promise<{ newCards: number; reviewCards: number; introduced: Set<string> }> {
  const today = await db.reviews.where('reviewedAt').aboveOrEqual(since).toArray();
  let newCards = 0;
  let reviewCards = 0;
  const introduced = new Set<string>();
  for (const row of today) {
    if (row.kind !== 'rating') continue;
    if (!row.before || row.before.phase === 'new') {
      newCards += 1;
      introduced.add(row.cardId);
    } else if (row.before.phase === 'review') reviewCards += 1;
  }
  return { newCards, reviewCards, introduced };
}
