import type {
  Grade,
  InterviewSettings,
  InterviewStatus,
  SchedulingState,
  SubmittedAnswer,
  GradedAnswer,
} from '../core';

/**
 * Stored shapes. They are kept apart from domain types so the schema can
 * evolve by Dexie versions while the core stays unaware of storage.
 */

/** Scheduling state of a card reviewed at least once; no row = a new card. */
export interface CardStateRow extends SchedulingState {
  cardId: string;
  noteId: string;
}

/** The domain state of a stored row (rows carry their keys besides). */
export function stateOfRow(row: CardStateRow): SchedulingState {
  const { cardId: _cardId, noteId: _noteId, ...state } = row;
  return state;
}

/** Where a rating came from; 'quiz' only when the learner lets a quiz update the schedule. */
export type ReviewSource = 'study' | 'interview' | 'quiz';

/** Append-only review log: the source of truth card states are derived from. */
export interface ReviewRow {
  id?: number;
  cardId: string;
  noteId: string;
  grade: Grade;
  reviewedAt: number;
  /** Time the learner spent on the card before rating. */
  elapsedMs: number;
  source: ReviewSource;
  /** Null when the card was new: undo then deletes the state row. */
  before: SchedulingState | null;
  after: SchedulingState;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * One mock interview. Answers and their assessments are stored as they were
 * shown, so a past report reads the same even after notes or the matcher change.
 */
export interface InterviewSessionRow {
  id?: number;
  settings: InterviewSettings;
  cardIds: string[];
  results: GradedAnswer[];
  pending: SubmittedAnswer | null;
  status: InterviewStatus;
  startedAt: number;
  questionStartedAt: number;
  finishedAt: number | null;
}
