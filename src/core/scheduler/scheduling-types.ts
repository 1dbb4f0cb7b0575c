/**
 * Scheduling data in Mundap's own terms. Only fsrs-adapter.ts knows the
 * ts-fsrs shapes; everything else (db rows, UI) speaks these.
 * Times are epoch milliseconds so rows stay plain, indexable numbers.
 */

/** The four answer buttons: 1 다시/Again … 4 쉬움/Easy (Anki's numbering). */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];

export type Phase = 'new' | 'learning' | 'review' | 'relearning';

export interface SchedulingState {
  phase: Phase;
  due: number;
  stability: number;
  difficulty: number;
  /** Days between the last review and `due` (0 while in learning steps). */
  scheduledDays: number;
  /** Days between the previous two reviews, as ts-fsrs counted them. */
  elapsedDays: number;
  /** Index of the current (re)learning step. */
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: number | null;
}

export interface SchedulerSettings {
  /** Probability of recall at the due date FSRS aims for. */
  desiredRetention: number;
  maximumIntervalDays: number;
  /** Anki-style steps such as "1m", "10m", "1h", "1d". */
  learningSteps: string[];
  relearningSteps: string[];
  fuzz: boolean;
}

export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = {
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  fuzz: true,
};

/** What one grade would do to a card, for the buttons' interval labels. */
export interface GradeOutcome {
  grade: Grade;
  state: SchedulingState;
  /** `state.due - now`: the interval the button shows. */
  intervalMs: number;
}

/** One entry of the review log, enough to re-derive the card's state. */
export interface ReviewEvent {
  grade: Grade;
  reviewedAt: number;
}
