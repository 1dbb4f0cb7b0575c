/**
 * The one module that imports ts-fsrs. It owns the parameter mapping, the
 * grade mapping and the conversion between ts-fsrs cards and Mundap's
 * SchedulingState, so an upgrade of ts-fsrs touches this file only.
 */
import {
  createEmptyCard,
  fsrs,
  Rating,
  State,
  type Card as FsrsCard,
  type FSRS,
  type Grade as FsrsGrade,
  type StepUnit,
} from 'ts-fsrs';
import type { Grade, GradeOutcome, Phase, ReviewEvent, SchedulerSettings, SchedulingState } from './scheduling-types';
import { GRADES } from './scheduling-types';

const PHASE_BY_STATE: Record<State, Phase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATE_BY_PHASE: Record<Phase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};
const RATING_BY_GRADE: Record<Grade, FsrsGrade> = {
  1: Rating.Again,
  2: Rating.Hard,
  3: Rating.Good,
  4: Rating.Easy,
};

function toFsrsCard(state: SchedulingState): FsrsCard {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: STATE_BY_PHASE[state.phase],
    ...(state.lastReview === null ? {} : { last_review: new Date(state.lastReview) }),
  };
}

function fromFsrsCard(card: FsrsCard): SchedulingState {
  return {
    phase: PHASE_BY_STATE[card.state],
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    elapsedDays: card.elapsed_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

/** The state of a card never reviewed, as of `now`. */
export function newCardState(now: number): SchedulingState {
  return fromFsrsCard(createEmptyCard(new Date(now)));
}

export interface Scheduler {
  /** The outcome of each grade, in button order. `state` null = a new card. */
  preview(state: SchedulingState | null, now: number): GradeOutcome[];
  rate(state: SchedulingState | null, now: number, grade: Grade): SchedulingState;
  /** Re-derive a card's state from its review log (oldest first). */
  replay(events: readonly ReviewEvent[]): SchedulingState | null;
  /** FSRS's probability of recall at `now` (0 for a new card). */
  retrievability(state: SchedulingState, now: number): number;
}

export function createScheduler(settings: SchedulerSettings): Scheduler {
  const engine: FSRS = fsrs({
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumIntervalDays,
    enable_fuzz: settings.fuzz,
    enable_short_term: true,
    learning_steps: settings.learningSteps as StepUnit[],
    relearning_steps: settings.relearningSteps as StepUnit[],
  });
  const current = (state: SchedulingState | null, now: number): FsrsCard =>
    state ? toFsrsCard(state) : createEmptyCard(new Date(now));

  const rate = (state: SchedulingState | null, now: number, grade: Grade): SchedulingState =>
    fromFsrsCard(engine.next(current(state, now), new Date(now), RATING_BY_GRADE[grade]).card);

  return {
    preview(state, now) {
      const log = engine.repeat(current(state, now), new Date(now));
      return GRADES.map((grade) => {
        const next = fromFsrsCard(log[RATING_BY_GRADE[grade]].card);
        return { grade, state: next, intervalMs: next.due - now };
      });
    },
    rate,
    replay(events) {
      // The first review starts from an empty card created at that moment,
      // exactly as rate(null, …) does, so replay and live rating agree.
      return events.reduce<SchedulingState | null>((state, event) => rate(state, event.reviewedAt, event.grade), null);
    },
    retrievability(state, now) {
      if (state.phase === 'new') return 0;
      return engine.get_retrievability(toFsrsCard(state), new Date(now), false);
    },
  };
}
