import type { CardRecord } from './card-record';
import { queueKind } from './review-queue';

export interface DueCounts {
  /** New cards the daily limit lets in today. */
  new: number;
  /** (Re)learning cards due now or within the learn-ahead window, as Anki counts them. */
  learning: number;
  /** Review cards due now, within today's review limit. */
  review: number;
}

/** Anki's three deck counts for the given cards; suspended and buried cards are not counted. */
export function countDue(
  cardIds: readonly string[],
  dueStates: ReadonlyMap<string, CardRecord>,
  knownIds: ReadonlySet<string>,
  limits: { newLeft: number; reviewsLeft: number },
  now: number,
): DueCounts {
  const counts: DueCounts = { new: 0, learning: 0, review: 0 };
  for (const id of cardIds) {
    const kind = queueKind(id, dueStates, knownIds, now);
    if (kind === 'new') counts.new += 1;
    else if (kind === 'review') counts.review += 1;
    else if (kind) counts.learning += 1;
  }
  counts.new = Math.min(counts.new, Math.max(0, limits.newLeft));
  counts.review = Math.min(counts.review, Math.max(0, limits.reviewsLeft));
  return counts;
}
