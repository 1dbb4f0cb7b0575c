import Dexie, { type EntityTable, type Transaction } from 'dexie';
import {
  CARD_KINDS_KEY,
  DEFAULT_CARD_STATUS,
  QUESTIONS_ONLY,
  schedulerProfileId,
  withDefaults,
  type StudySettings,
} from '../core';
import { newUid } from './new-uid';
import type {
  ArchivedCardRow,
  CardStateRow,
  InterviewSessionRow,
  LibraryFileRow,
  LibraryNoteRow,
  ProfileRow,
  ReviewRow,
  SettingRow,
} from './rows';

export const DATABASE_NAME = 'mundap';

/**
 * The one IndexedDB database. A shipped version is never edited: a schema
 * change is a new `this.version(n + 1)` with its migration in `upgrade()`.
 */
export class MundapDatabase extends Dexie {
  cardStates!: EntityTable<CardStateRow, 'cardId'>;
  reviews!: EntityTable<ReviewRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  interviewSessions!: EntityTable<InterviewSessionRow, 'id'>;
  profiles!: EntityTable<ProfileRow, 'id'>;
  libraryNotes!: EntityTable<LibraryNoteRow, 'id'>;
  libraryFiles!: EntityTable<LibraryFileRow, 'path'>;
  archivedCards!: EntityTable<ArchivedCardRow, 'cardId'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      // `due` alone serves the due queue: it reads only the rows that are due.
      cardStates: 'cardId, due, noteId',
      reviews: '++id, cardId, reviewedAt',
      settings: 'key',
    });
    // Mock interviews. Tables not named here carry over from version 1 unchanged.
    this.version(2).stores({
      interviewSessions: '++id, startedAt, status',
    });
    // Card actions in the log, scheduler profiles, and ids unique across
    // devices so backups from several devices merge.
    this.version(3)
      .stores({
        reviews: '++id, &uid, cardId, reviewedAt',
        interviewSessions: '++id, &uid, startedAt, status',
        profiles: 'id',
      })
      .upgrade(upgradeToVersion3);
    // The learner's own notes, their images, and cards whose question left its note.
    this.version(4).stores({
      libraryNotes: 'id',
      libraryFiles: 'path',
      archivedCards: 'cardId, noteId',
    });
    // Cards from a note's tables, concepts and code beside its questions: no new table, a default to keep.
    this.version(5).stores({}).upgrade(upgradeToVersion5);
  }
}

/**
 * Version 5 brought table, concept and code cards. A learner who had
 * already studied keeps the queue they knew (questions only) until they
 * turn the new kinds on; a learner with no history gets every kind.
 */
async function upgradeToVersion5(tx: Transaction): Promise<void> {
  const settings = tx.table<SettingRow, string>('settings');
  if ((await tx.table('reviews').count()) === 0 || (await settings.get(CARD_KINDS_KEY))) return;
  // Time 0: a default, not a choice, so any choice in a backup wins a merge.
  await settings.put({ key: CARD_KINDS_KEY, value: QUESTIONS_ONLY, updatedAt: 0 });
}

/**
 * Until version 3 the log held ratings only, all made under the default
 * scheduler settings (they could not be changed), and cards had no status.
 */
async function upgradeToVersion3(tx: Transaction): Promise<void> {
  const study = (await tx.table<SettingRow, string>('settings').get('study'))?.value as
    Partial<StudySettings> | undefined;
  const scheduler = withDefaults(study).scheduler;
  const profile = schedulerProfileId(scheduler);
  await tx.table<ProfileRow, string>('profiles').put({ id: profile, settings: scheduler });
  const withStatus = <T extends object>(state: T): T => ({ ...DEFAULT_CARD_STATUS, ...state });
  await tx
    .table('reviews')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      row.uid = newUid();
      row.kind = 'rating';
      row.profile = profile;
      row.before = row.before ? withStatus(row.before) : null;
      row.after = withStatus(row.after as object);
    });
  await tx
    .table('cardStates')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      Object.assign(row, withStatus(row));
    });
  await tx
    .table('interviewSessions')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      row.uid = newUid();
    });
  await tx
    .table('settings')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      row.updatedAt = 0;
    });
}

export const db = new MundapDatabase();
