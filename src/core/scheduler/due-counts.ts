import { LEARN_AHEAD_MS } from './review-queue';
import type { SchedulingState } from './scheduling-types';

export interface DueCounts {
  /** New cards the daily limit lets in today. */
  new: number;
  /** (Re)learning cards due now or within the learn-ahead window, as Anki counts them. */
  learning: number;
  /** Review cards due now. */
  review: number;
}

/** Anki's three deck counts for the given cards. */
export function countDue(
  cardIds: readonly string[],
  dueStates: ReadonlyMap<string, SchedulingState>,
  knownIds: ReadonlySet<string>,
  newLeft: number,
  now: number,
): DueCounts {
  const counts: DueCounts = { new: 0, learning: 0, review: 0 };
  for (const id of cardIds) {
    const state = dueStates.get(id);
    if (state) {
      if (state.phase === 'review') {
        if (state.due <= now) counts.review += 1;
      } else if (state.due <= now + LEARN_AHEAD_MS) {
        counts.learning += 1;
      }
    } else if (!knownIds.has(id)) {
      counts.new += 1;
    }
  }
  counts.new = Math.min(counts.new, Math.max(0, newLeft));
  return counts;
}
