import type { SchedulingState } from './scheduling-types';

/**
 * Anki shows a learning card a little early when nothing else is left,
 * rather than making the learner wait out a 1- or 10-minute step.
 */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

export interface QueueCard {
  id: string;
  /** Null for a card never reviewed. */
  state: SchedulingState | null;
}

export interface QueueInput {
  /** Cards in scope, in note order (that order is the new-card order). */
  cardIds: readonly string[];
  /** States of the cards in scope that are due by `now + LEARN_AHEAD_MS`. */
  dueStates: ReadonlyMap<string, SchedulingState>;
  /** Ids of every card that has a state (reviewed at least once). */
  knownIds: ReadonlySet<string>;
  /** How many new cards today's limit still allows. */
  newLeft: number;
  now: number;
}

const isLearning = (state: SchedulingState): boolean => state.phase === 'learning' || state.phase === 'relearning';

/**
 * What the session shows next, in order: due (re)learning cards, due review
 * cards, then new cards up to the daily limit; learning cards that fall due
 * within the learn-ahead window come last, when nothing else is left.
 */
export function buildReviewQueue(input: QueueInput): QueueCard[] {
  const { cardIds, dueStates, knownIds, now } = input;
  const learning: QueueCard[] = [];
  const review: QueueCard[] = [];
  const ahead: QueueCard[] = [];
  const fresh: QueueCard[] = [];
  for (const id of cardIds) {
    const state = dueStates.get(id);
    if (state) {
      if (state.due > now) {
        if (isLearning(state)) ahead.push({ id, state });
      } else {
        (isLearning(state) ? learning : review).push({ id, state });
      }
    } else if (!knownIds.has(id) && fresh.length < input.newLeft) {
      fresh.push({ id, state: null });
    }
  }
  const byDue = (a: QueueCard, b: QueueCard): number => (a.state?.due ?? 0) - (b.state?.due ?? 0);
  return [...learning.sort(byDue), ...review.sort(byDue), ...fresh, ...ahead.sort(byDue)];
}
