import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ALL_KINDS, kindsForDeck, parseBackup, QUESTIONS_ONLY } from '../../src/core';
import { exportBackup, importBackup, MundapDatabase, readCardKinds, readLibrary, setCardKinds } from '../../src/db';
import { freshDatabase } from './fresh-database';

const NOW = Date.parse('2026-12-04T09:00:00Z');
let opened = 0;

/** A database as version 4 shipped, with one review when `studied`. */
async function version4Database(studied: boolean): Promise<string> {
  opened += 1;
  const name = `kinds-upgrade-${opened}`;
  const old = new Dexie(name);
  old.version(1).stores({ cardStates: 'cardId, due, noteId', reviews: '++id, cardId, reviewedAt', settings: 'key' });
  old.version(2).stores({ interviewSessions: '++id, startedAt, status' });
  old.version(3).stores({
    reviews: '++id, &uid, cardId, reviewedAt',
    interviewSessions: '++id, &uid, startedAt, status',
    profiles: 'id',
  });
  old.version(4).stores({ libraryNotes: 'id', libraryFiles: 'path', archivedCards: 'cardId, noteId' });
  await old.open();
  if (studied) await old.table('reviews').add({ uid: 'u1', cardId: 'c1', reviewedAt: NOW, kind: 'rating' });
  old.close();
  return name;
}

describe('upgrading to version 5 (cards of every kind)', () => {
  it('keeps a learner who has studied on the questions they had', async () => {
    const upgraded = new MundapDatabase(await version4Database(true));
    await upgraded.open();
    expect(await readCardKinds(upgraded)).toEqual({ kinds: QUESTIONS_ONLY, decks: {} });
    // A default, not a choice: any choice in a backup is newer.
    expect((await upgraded.settings.get('cardKinds'))?.updatedAt).toBe(0);
    await upgraded.delete();
  });

  it('gives a learner who never studied every kind, as a new one', async () => {
    const upgraded = new MundapDatabase(await version4Database(false));
    await upgraded.open();
    expect(await readCardKinds(upgraded)).toEqual({ kinds: ALL_KINDS, decks: {} });
    await upgraded.delete();
  });
});

describe('choosing kinds', () => {
  const database = freshDatabase();

  it('starts a new database with every kind', async () => {
    expect((await readCardKinds(database())).kinds).toEqual(ALL_KINDS);
  });

  it('keeps a deck’s own choice apart from the global one, and removes it on request', async () => {
    const db = database();
    await setCardKinds(db, { choice: QUESTIONS_ONLY, now: NOW });
    await setCardKinds(db, { deck: 'mlops', choice: { ...QUESTIONS_ONLY, table: true }, now: NOW + 1 });
    const both = await readCardKinds(db);
    expect(kindsForDeck(both, 'mlops/serving').table).toBe(true);
    expect(kindsForDeck(both, 'os').table).toBe(false);
    await setCardKinds(db, { deck: 'mlops', choice: null, now: NOW + 2 });
    expect(await readCardKinds(db)).toEqual({ kinds: QUESTIONS_ONLY, decks: {} });
  });

  it('loses neither of two changes made at once (two tabs)', async () => {
    const db = database();
    await Promise.all([
      setCardKinds(db, { deck: 'mlops', choice: QUESTIONS_ONLY, now: NOW }),
      setCardKinds(db, { deck: 'os', choice: ALL_KINDS, now: NOW }),
    ]);
    expect(Object.keys((await readCardKinds(db)).decks).sort()).toEqual(['mlops', 'os']);
  });

  it('changes what the library watcher reports, so every page redraws with the new kinds', async () => {
    const db = database();
    const before = await readLibrary(db);
    await setCardKinds(db, { choice: QUESTIONS_ONLY, now: NOW });
    const after = await readLibrary(db);
    expect(after.signature).not.toBe(before.signature);
    expect(after.cardKinds.kinds).toEqual(QUESTIONS_ONLY);
  });

  it('merges two devices’ backups deck by deck: each deck keeps its newest choice', async () => {
    const other = new MundapDatabase(`kinds-other-${Date.now()}`);
    await other.open();
    // The other device turned code off everywhere and gave "qa" its own choice, then exported.
    await setCardKinds(other, { choice: { ...ALL_KINDS, code: false }, now: NOW });
    await setCardKinds(other, { deck: 'qa', choice: QUESTIONS_ONLY, now: NOW });
    const backup = parseBackup(JSON.stringify(await exportBackup(other, NOW + 1)));
    await other.delete();
    // This device later chose for "mlops" only.
    const db = database();
    await setCardKinds(db, { deck: 'mlops', choice: { ...ALL_KINDS, table: false }, now: NOW + 10 });

    await importBackup(db, backup);
    const merged = await readCardKinds(db);
    expect(merged.kinds.code).toBe(false);
    expect(Object.keys(merged.decks).sort()).toEqual(['mlops', 'qa']);
    expect(merged.decks.mlops?.table).toBe(false);
  });
});
