import type {
  CardAction,
  CompiledNote,
  SearchDocument,
  CardRecord,
  InterviewSettings,
  InterviewStatus,
  SchedulerSettings,
  SubmittedAnswer,
  GradedAnswer,
} from '../core';

/**
 * Stored shapes. They are kept apart from domain types so the schema can
 * evolve by Dexie versions while the core stays unaware of storage.
 */

/**
 * A card's record (scheduling + status) once it has a log; no row = a new
 * card nobody touched. Version 3 added the status fields (CardStatus).
 */
export interface CardStateRow extends CardRecord {
  cardId: string;
  noteId: string;
}

/** The domain record of a stored row (rows carry their keys besides). */
export function stateOfRow(row: CardStateRow): CardRecord {
  const { cardId: _cardId, noteId: _noteId, ...state } = row;
  return state;
}

/** Where a rating came from; 'quiz' only when the learner lets a quiz update the schedule. */
export type ReviewSource = 'study' | 'interview' | 'quiz';

/**
 * The card log (named "reviews" since version 1): ratings and every other
 * card action, the source of truth card records are derived from.
 * `before`/`after` are the replayed records around the event, kept so undo,
 * statistics and card info need no replay; a merge recomputes them.
 */
export type ReviewRow = CardAction & {
  /** Local key, in insertion order; never leaves the device. */
  id?: number;
  /** Unique across devices: backups and merges identify events by it. */
  uid: string;
  cardId: string;
  noteId: string;
  reviewedAt: number;
  /** Time the learner spent on the card before acting (0 for actions other than ratings). */
  elapsedMs: number;
  source: ReviewSource;
  /** Null when the card had no record: undo then deletes the state row. */
  before: CardRecord | null;
  after: CardRecord;
};

/** A rating from the log. */
export type RatingRow = Extract<ReviewRow, { kind: 'rating' }>;

export interface SettingRow {
  key: string;
  value: unknown;
  /** When the learner last changed it; a merge keeps the newer value (0 = before version 3). */
  updatedAt: number;
}

/** Scheduler settings a rating was made under, stored once per distinct value. */
export interface ProfileRow {
  id: string;
  settings: SchedulerSettings;
}

/**
 * One mock interview. Answers and their assessments are stored as they were
 * shown, so a past report reads the same even after notes or the matcher change.
 */
export interface InterviewSessionRow {
  id?: number;
  /** Unique across devices (version 3), so merged backups keep one copy of each session. */
  uid: string;
  settings: InterviewSettings;
  cardIds: string[];
  results: GradedAnswer[];
  pending: SubmittedAnswer | null;
  status: InterviewStatus;
  startedAt: number;
  questionStartedAt: number;
  finishedAt: number | null;
}

/**
 * A note the learner imported (version 4), kept as the bytes they gave so
 * the library can be exported as it was imported, and compiled once at
 * import so the app never parses it again to list decks or show a card.
 */
export interface LibraryNoteRow {
  /** Note id: the path in the library without `.md`. */
  id: string;
  /** Path in the library, extension included. */
  path: string;
  bytes: Uint8Array;
  compiled: CompiledNote;
  /** Its searchable text, made with it. */
  search: SearchDocument;
  importedAt: number;
  /** When its text last changed (an import of the same bytes leaves it). */
  updatedAt: number;
  /** The COMPILER_VERSION that made `compiled`; absent before version 2 of the compiler. */
  compiler?: number;
}

/** An image beside the imported notes, shown by the reader (version 4). */
export interface LibraryFileRow {
  /** Path in the library, e.g. `os/diagram.png`. */
  path: string;
  bytes: Uint8Array;
  type: string;
}

/**
 * A card whose question left its note (version 4). Its log and record stay
 * where they were; this row remembers what it asked, so the learner can
 * bring it back or purge it.
 */
export interface ArchivedCardRow {
  cardId: string;
  noteId: string;
  question: string;
  answer: string;
  archivedAt: number;
}
