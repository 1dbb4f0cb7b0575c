import { isSchedulable, type CardRecord } from './card-record';

/**
 * Anki shows a learning card a little early when nothing else is left,
 * rather than making the learner wait out a 1- or 10-minute step.
 */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

export interface QueueCard {
  id: string;
  /** Null for a card never reviewed. */
  state: CardRecord | null;
}

export interface QueueInput {
  /** Cards in scope, in note order (that order is the new-card order). */
  cardIds: readonly string[];
  /** Records of the cards in scope that are due by `now + LEARN_AHEAD_MS`. */
  dueStates: ReadonlyMap<string, CardRecord>;
  /** Ids of every card that has a record (reviewed, reset, suspended, buried or flagged). */
  knownIds: ReadonlySet<string>;
  /** How many new cards today's limit still allows. */
  newLeft: number;
  /** How many review cards today's limit still allows. */
  reviewsLeft: number;
  now: number;
}

const isLearning = (state: CardRecord): boolean => state.phase === 'learning' || state.phase === 'relearning';

export type QueueKind = 'learning' | 'review' | 'new' | 'ahead';

/**
 * Where a card in scope stands for today's queue, or null when it is not
 * due, suspended, buried, or a new card not known to the queue. A record in
 * phase "new" (a reset card) counts as new, like a card with no record.
 */
export function queueKind(
  id: string,
  dueStates: ReadonlyMap<string, CardRecord>,
  knownIds: ReadonlySet<string>,
  now: number,
): QueueKind | null {
  const state = dueStates.get(id);
  if (!state) return knownIds.has(id) ? null : 'new';
  if (!isSchedulable(state, now)) return null;
  if (state.phase === 'new') return 'new';
  if (state.due > now) return isLearning(state) && state.due <= now + LEARN_AHEAD_MS ? 'ahead' : null;
  return isLearning(state) ? 'learning' : 'review';
}

/**
 * What the session shows next, in order: due (re)learning cards, due review
 * cards up to the daily limit, then new cards up to theirs; learning cards
 * that fall due within the learn-ahead window come last, when nothing else
 * is left.
 */
export function buildReviewQueue(input: QueueInput): QueueCard[] {
  const { cardIds, dueStates, knownIds, now } = input;
  const queues: Record<QueueKind, QueueCard[]> = { learning: [], review: [], new: [], ahead: [] };
  for (const id of cardIds) {
    const kind = queueKind(id, dueStates, knownIds, now);
    if (kind) queues[kind].push({ id, state: dueStates.get(id) ?? null });
  }
  const byDue = (a: QueueCard, b: QueueCard): number => (a.state?.due ?? 0) - (b.state?.due ?? 0);
  return [
    ...queues.learning.sort(byDue),
    ...queues.review.sort(byDue).slice(0, Math.max(0, input.reviewsLeft)),
    ...queues.new.slice(0, Math.max(0, input.newLeft)),
    ...queues.ahead.sort(byDue),
  ];
}
