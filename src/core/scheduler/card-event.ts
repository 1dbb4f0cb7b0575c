import { isLeechLapse, DEFAULT_CARD_STATUS, schedulingOf, type CardRecord, type Flag } from './card-record';
import { newCardState, type Scheduler } from './fsrs-adapter';
import type { Grade } from './scheduling-types';

/**
 * Everything the learner can do to a card. Each is logged, so the card's
 * record is always the fold of its log: replaying the log re-derives it, and
 * merging two devices' logs is a union followed by a replay.
 */
export type CardAction =
  /** `profile`: the id of the scheduler settings the rating was made under. */
  | { kind: 'rating'; grade: Grade; profile: string }
  /** Anki's "Forget": back to new; the log is kept. */
  | { kind: 'reset' }
  | { kind: 'suspend' }
  | { kind: 'unsuspend' }
  | { kind: 'bury'; until: number }
  | { kind: 'flag'; flag: Flag };

export type CardActionKind = CardAction['kind'];

/** One log entry: an action, when it happened, and a id unique across devices. */
export type CardEvent = CardAction & { uid: string; reviewedAt: number };

/**
 * The canonical order of a card's log: by time, ties broken by uid, so every
 * device replays a merged log the same way.
 */
export function compareEvents(a: CardEvent, b: CardEvent): number {
  return a.reviewedAt - b.reviewedAt || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0);
}

/** Schedulers by profile id; the fallback serves profiles no longer known. */
export type SchedulerOf = (profile: string) => Scheduler;

/** The record after one event. `record` null = the card has no history yet. */
export function applyCardEvent(
  cardId: string,
  record: CardRecord | null,
  event: CardEvent,
  schedulerOf: SchedulerOf,
): CardRecord {
  const current: CardRecord = record ?? { ...newCardState(event.reviewedAt), ...DEFAULT_CARD_STATUS };
  switch (event.kind) {
    case 'rating': {
      const scheduling = schedulerOf(event.profile).rate(cardId, schedulingOf(current), event.reviewedAt, event.grade);
      const lapsed = scheduling.lapses > current.lapses && isLeechLapse(scheduling.lapses);
      return {
        ...current,
        ...scheduling,
        // Rating a buried card (from another tab, say) brings it back.
        buriedUntil: null,
        leech: current.leech || lapsed,
        suspended: current.suspended || lapsed,
      };
    }
    case 'reset':
      return { ...current, ...newCardState(event.reviewedAt), leech: false };
    case 'suspend':
      return { ...current, suspended: true };
    case 'unsuspend':
      return { ...current, suspended: false };
    case 'bury':
      return { ...current, buriedUntil: event.until };
    case 'flag':
      return { ...current, flag: event.flag };
  }
}

/** Each event with the record before and after it, in canonical order. */
export interface ReplayedEvent<E extends CardEvent = CardEvent> {
  event: E;
  before: CardRecord | null;
  after: CardRecord;
}

/** Replays a card's log (any order) from nothing, keeping every step. */
export function replayCardLog<E extends CardEvent>(
  cardId: string,
  events: readonly E[],
  schedulerOf: SchedulerOf,
): ReplayedEvent<E>[] {
  const steps: ReplayedEvent<E>[] = [];
  let record: CardRecord | null = null;
  for (const event of [...events].sort(compareEvents)) {
    const after = applyCardEvent(cardId, record, event, schedulerOf);
    steps.push({ event, before: record, after });
    record = after;
  }
  return steps;
}

/** The card's record as its log makes it; null for an empty log. */
export function replayCard(cardId: string, events: readonly CardEvent[], schedulerOf: SchedulerOf): CardRecord | null {
  return replayCardLog(cardId, events, schedulerOf).at(-1)?.after ?? null;
}
