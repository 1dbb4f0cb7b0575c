import type { SchedulingState } from './scheduling-types';

export interface DueCounts {
  /** New cards the daily limit lets in today. */
  new: number;
  /** (Re)learning cards due now. */
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
      if (state.due > now) continue;
      if (state.phase === 'review') counts.review += 1;
      else counts.learning += 1;
    } else if (!knownIds.has(id)) {
      counts.new += 1;
    }
  }
  counts.new = Math.min(counts.new, Math.max(0, newLeft));
  return counts;
}
