import type { Difficulty } from '../note-types';

/** Where a mock interview draws its questions from. */
export type InterviewSource =
  | { kind: 'all' }
  | { kind: 'deck'; deck: string }
  | { kind: 'tag'; tag: string }
  | { kind: 'difficulty'; difficulty: Difficulty }
  | { kind: 'note'; noteId: string }
  /** Due cards first (most overdue first), then new ones: an interview as a review session. */
  | { kind: 'due-first' }
  /** Exactly these cards, in this order: "retry the missed questions" of a report. */
  | { kind: 'cards'; cardIds: string[] };

export type AnswerMode = 'typed' | 'spoken';

export interface InterviewSettings {
  source: InterviewSource;
  questionCount: number;
  /** Time allowed per question; null = no limit. */
  timeLimitMs: number | null;
  answerMode: AnswerMode;
}

export const DEFAULT_INTERVIEW_SETTINGS: InterviewSettings = {
  source: { kind: 'all' },
  questionCount: 5,
  timeLimitMs: 2 * 60_000,
  answerMode: 'typed',
};

/** Bounds the setup form enforces; a session of 0 or 500 questions is a typo, not a plan. */
export const MIN_QUESTION_COUNT = 1;
export const MAX_QUESTION_COUNT = 50;
