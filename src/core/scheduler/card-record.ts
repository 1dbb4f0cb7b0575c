import type { SchedulingState } from './scheduling-types';

/** Anki's flag colours; 0 = no flag. */
export type Flag = 0 | 1 | 2 | 3 | 4;
export const FLAGS: readonly Flag[] = [1, 2, 3, 4];

/** What the learner did to a card besides rating it. */
export interface CardStatus {
  /** Out of every queue until unsuspended. */
  suspended: boolean;
  /** Out of the queue until this time (the next study day), or null. */
  buriedUntil: number | null;
  flag: Flag;
  /** Lapsed often enough to be a leech (Anki tags it so). */
  leech: boolean;
}

/**
 * Everything stored for a card that has a history: its FSRS scheduling
 * (phase "new" after a reset, or when a never-rated card was suspended,
 * buried or flagged) and its status. Flat, so `due` stays indexable.
 */
export interface CardRecord extends SchedulingState, CardStatus {}

export const DEFAULT_CARD_STATUS: CardStatus = { suspended: false, buriedUntil: null, flag: 0, leech: false };

/** Anki's default leech threshold: the 8th lapse marks a card as a leech. */
export const LEECH_THRESHOLD = 8;

/**
 * Anki suspends a leech at the threshold and again every half threshold
 * after it (8, 12, 16, … lapses), so an unsuspended leech that keeps
 * failing comes back to the learner's attention.
 */
export function isLeechLapse(lapses: number, threshold = LEECH_THRESHOLD): boolean {
  if (lapses < threshold) return false;
  const every = Math.max(1, Math.ceil(threshold / 2));
  return (lapses - threshold) % every === 0;
}

/** A card the study queue may show at `now`. */
export function isSchedulable(record: CardRecord, now: number): boolean {
  return !record.suspended && (record.buriedUntil === null || record.buriedUntil <= now);
}

export function schedulingOf(record: CardRecord): SchedulingState {
  const { suspended: _s, buriedUntil: _b, flag: _f, leech: _l, ...state } = record;
  return state;
}
