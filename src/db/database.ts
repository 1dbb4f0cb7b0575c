import Dexie, { type EntityTable } from 'dexie';
import type { CardStateRow, InterviewSessionRow, ReviewRow, SettingRow } from './rows';

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
  }
}

export const db = new MundapDatabase();
