import type { GradedAnswer, InterviewStatus, SubmittedAnswer } from '../interview/interview-session';
import type { InterviewSettings } from '../interview/interview-settings';
import type { CardRecord } from '../scheduler/card-record';
import type { CardEvent } from '../scheduler/card-event';
import type { SchedulerSettings } from '../scheduler/scheduling-types';

/**
 * The backup file: everything a learner's progress is made of, in a form
 * that merges. The card log travels without its before/after records (an
 * import re-derives them by replay), so a file cannot smuggle in a state its
 * log does not produce. Local ids never leave the device; events, sessions
 * and profiles are identified by ids unique across devices.
 */
export const BACKUP_FORMAT = 'mundap-backup';
/** 2 added the learner's library (`notes`); a version-1 file reads as a version-2 file without one. */
export const BACKUP_VERSION = 2;

/** Where a rating came from (the db's ReviewSource). */
export type BackupReviewSource = 'study' | 'interview' | 'quiz';
export const BACKUP_REVIEW_SOURCES: readonly BackupReviewSource[] = ['study', 'interview', 'quiz'];

/** One entry of the card log. */
export type BackupReview = CardEvent & {
  cardId: string;
  noteId: string;
  elapsedMs: number;
  source: BackupReviewSource;
};

export interface BackupProfile {
  id: string;
  settings: SchedulerSettings;
}

/** A card's record as its log makes it (written for readers of the file; an import replays the log). */
export interface BackupCardState extends CardRecord {
  cardId: string;
  noteId: string;
}

/** A graded answer names its log entry by uid, since the local id means nothing elsewhere. */
export type BackupGradedAnswer = Omit<GradedAnswer, 'reviewId'> & {
  /** Null when the entry was no longer in the log when the backup was made. */
  reviewUid: string | null;
};

export interface BackupInterviewSession {
  uid: string;
  settings: InterviewSettings;
  cardIds: string[];
  results: BackupGradedAnswer[];
  pending: SubmittedAnswer | null;
  status: InterviewStatus;
  startedAt: number;
  questionStartedAt: number;
  finishedAt: number | null;
}

export interface BackupSetting {
  key: string;
  value: unknown;
  /** A merge keeps the newer value (0 = set before settings carried a time). */
  updatedAt: number;
}

/** A file of the learner's library as imported: a note, or an image beside the notes (version 2). */
export interface BackupLibraryFile {
  /** Path in the library, e.g. `os/deadlock.md`. */
  path: string;
  kind: 'note' | 'image';
  /** The file's bytes, base64. */
  data: string;
  /** The image's media type; '' for notes. */
  type: string;
  /** When the note's text last changed (a merge keeps the newer); 0 for images. */
  updatedAt: number;
}

/** A card whose question left its note, with what it asked (version 2); its history is in `reviews`. */
export interface BackupArchivedCard {
  cardId: string;
  noteId: string;
  question: string;
  answer: string;
  archivedAt: number;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  profiles: BackupProfile[];
  reviews: BackupReview[];
  cardStates: BackupCardState[];
  interviewSessions: BackupInterviewSession[];
  settings: BackupSetting[];
  /** The learner's library: imported notes and their images. */
  notes: BackupLibraryFile[];
  /** The library's archive: cards whose question left its note. */
  archive: BackupArchivedCard[];
}

/**
 * Settings about this device rather than the learner's data: when it was
 * last backed up and when its reminder was put off. Never exported; a file
 * carrying them (made by hand) has them dropped on parsing.
 */
export const LAST_BACKUP_KEY = 'lastBackupAt';
export const BACKUP_REMINDER_DISMISSED_KEY = 'backupReminderDismissedAt';
export const DEVICE_SETTING_KEYS: readonly string[] = [LAST_BACKUP_KEY, BACKUP_REMINDER_DISMISSED_KEY];

/** A backup with nothing in it, as of `exportedAt`. */
export function emptyBackup(exportedAt: string): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    profiles: [],
    reviews: [],
    cardStates: [],
    interviewSessions: [],
    settings: [],
    notes: [],
    archive: [],
  };
}
