/**
 * The one module that imports ts-fsrs. It owns the parameter mapping, the
 * grade mapping and the conversion between ts-fsrs cards and Mundap's
 * SchedulingState, so an upgrade of ts-fsrs touches this file only.
 */
import {
  createEmptyCard,
  fsrs,
  GenSeedStrategyWithCardId,
  Rating,
  State,
  StrategyMode,
  type Card as FsrsCard,
  type FSRS,
  type Grade as FsrsGrade,
  type StepUnit,
} from 'ts-fsrs';
import type { Grade, GradeOutcome, Phase, ReviewEvent, SchedulerSettings, SchedulingState } from './scheduling-types';
import { GRADES } from './scheduling-types';
import { schedulerProfileId } from './scheduler-profile';

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

/**
 * Fuzz is seeded by the card and its repetition count, not by the review
 * time (ts-fsrs' default): the interval a grade button shows is then exactly
 * the one the rating gives, even seconds later, and replaying the log
 * reproduces it.
 */
const SEED_FIELD = 'mundapCardId';
type SeededCard = FsrsCard & { [SEED_FIELD]: string };

function seeded(card: FsrsCard, cardId: string): SeededCard {
  return { ...card, [SEED_FIELD]: cardId };
}

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
  /** The id of `settings` (see schedulerProfileId), recorded with each rating. */
  readonly profile: string;
  readonly settings: SchedulerSettings;
  /** The outcome of each grade, in button order. `state` null = a new card. */
  preview(cardId: string, state: SchedulingState | null, now: number): GradeOutcome[];
  rate(cardId: string, state: SchedulingState | null, now: number, grade: Grade): SchedulingState;
  /** Re-derive a card's state from its review log (oldest first). */
  replay(cardId: string, events: readonly ReviewEvent[]): SchedulingState | null;
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
  }).useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId(SEED_FIELD));
  // A reset card (phase "new") starts again exactly like a card never seen.
  const current = (cardId: string, state: SchedulingState | null, now: number): SeededCard =>
    seeded(state && state.phase !== 'new' ? toFsrsCard(state) : createEmptyCard(new Date(now)), cardId);

  const rate = (cardId: string, state: SchedulingState | null, now: number, grade: Grade): SchedulingState =>
    fromFsrsCard(engine.next(current(cardId, state, now), new Date(now), RATING_BY_GRADE[grade]).card);

  return {
    profile: schedulerProfileId(settings),
    settings,
    preview(cardId, state, now) {
      const log = engine.repeat(current(cardId, state, now), new Date(now));
      return GRADES.map((grade) => {
        const next = fromFsrsCard(log[RATING_BY_GRADE[grade]].card);
        return { grade, state: next, intervalMs: next.due - now };
      });
    },
    rate,
    replay(cardId, events) {
      // The first review starts from an empty card created at that moment,
      // exactly as rate(null, …) does, so replay and live rating agree.
      return events.reduce<SchedulingState | null>(
        (state, event) => rate(cardId, state, event.reviewedAt, event.grade),
        null,
      );
    },
    retrievability(state, now) {
      if (state.phase === 'new') return 0;
      return engine.get_retrievability(toFsrsCard(state), new Date(now), false);
    },
  };
}
