import type { Grade } from '../scheduler/scheduling-types';
import type { AnswerAssessment } from './assess-answer';
import type { InterviewSettings } from './interview-settings';

/** An answer as submitted, before the learner confirms a grade. */
export interface SubmittedAnswer {
  cardId: string;
  answer: string;
  timeUsedMs: number;
  /** Null for a self-check question (no model answer, so nothing to match). */
  assessment: AnswerAssessment | null;
  /** Submitted by the countdown rather than the learner. */
  timedOut: boolean;
  submittedAt: number;
}

export interface GradedAnswer extends SubmittedAnswer {
  grade: Grade;
  /** The review-log entry the grade wrote. */
  reviewId: number;
}

export type InterviewStatus = 'in-progress' | 'done';

export interface InterviewSession {
  id: number;
  settings: InterviewSettings;
  /** The planned questions, in order. */
  cardIds: string[];
  /** One per question answered and graded, in order: its length is the current question's index. */
  results: GradedAnswer[];
  /** The current question's answer while its feedback is on screen. */
  pending: SubmittedAnswer | null;
  status: InterviewStatus;
  startedAt: number;
  /** When the current question was first shown: the countdown runs from here, so a reload does not reset it. */
  questionStartedAt: number;
  finishedAt: number | null;
}

/** Mean coverage of the graded answers that have key points; null when none has. */
export function sessionPercent(results: readonly GradedAnswer[]): number | null {
  const percents = results.flatMap((r) => (r.assessment?.percent == null ? [] : [r.assessment.percent]));
  return percents.length === 0 ? null : percents.reduce((sum, p) => sum + p, 0) / percents.length;
}
