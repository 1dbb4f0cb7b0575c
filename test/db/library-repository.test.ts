import { describe, expect, it } from 'vitest';
import {
  compileNote,
  createScheduler,
  DEFAULT_SCHEDULER_SETTINGS,
  parseBackup,
  searchDocumentOfFile,
  type PreparedNote,
} from '../../src/core';
import { exportBackup, importBackup, importIntoLibrary, rateCard, readLibrary, replayCardState } from '../../src/db';
import { freshDatabase } from './fresh-database';

const NOW = Date.parse('2026-05-01T09:00:00Z');
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
const database = freshDatabase();

function note(path: string, questions: string[]): PreparedNote {
  const body = questions.map((q) => `- **Q. ${q}**\n  - **A.** **핵심**이 답입니다.`).join('\n');
  const bytes = new TextEncoder().encode(`# 노트\n\n## 예상 면접 질문\n\n${body}\n`);
  return { path, bytes, compiled: compileNote(path, bytes), search: searchDocumentOfFile(path, bytes) };
}

const Q1 = '교착 상태가 생기는 네 가지 조건은 무엇인가요?';
const Q2 = '교착 상태를 예방하는 방법은 무엇인가요?';
const Q3 = '기아 상태와 교착 상태는 어떻게 다른가요?';

async function study(cardId: string, noteId: string, at = NOW) {
  return rateCard(database(), scheduler, { cardId, noteId, grade: 3, now: at, elapsedMs: 1000, source: 'study' });
}

describe('importing into the library', () => {
  it('stores new notes and says what it added; the same files again change nothing', async () => {
    const first = await importIntoLibrary(database(), {
      notes: [note('os/deadlock.md', [Q1, Q2])],
      files: [],
      now: NOW,
    });
    expect(first).toMatchObject({ notesAdded: ['os/deadlock'], cardsAdded: 2, cardsRemoved: 0 });
    expect((await readLibrary(database())).notes.map((n) => n.id)).toEqual(['os/deadlock']);
    const again = await importIntoLibrary(database(), {
      notes: [note('os/deadlock.md', [Q1, Q2])],
      files: [],
      now: NOW + 1,
    });
    expect(again).toMatchObject({ notesAdded: [], notesUnchanged: ['os/deadlock'], cardsKept: 2, cardsAdded: 0 });
  });

  it('keeps the history of a question edited a little, under its new id, and lists it as changed', async () => {
    const v1 = note('os/deadlock.md', [Q1, Q2]);
    await importIntoLibrary(database(), { notes: [v1], files: [], now: NOW });
    const old = v1.compiled.cards[0]!;
    await study(old.id, old.noteId);
    const v2 = note('os/deadlock.md', ['교착 상태가 생기는 네 가지 필요 조건은 무엇인가요?', Q2]);
    const summary = await importIntoLibrary(database(), { notes: [v2], files: [], now: NOW + 1000 });
    const edited = v2.compiled.cards[0]!;
    expect(summary.notesUpdated).toEqual(['os/deadlock']);
    expect(summary.cardsChanged).toEqual([
      { from: old.id, to: edited.id, question: edited.question, similarity: expect.any(Number) },
    ]);
    const log = await database().reviews.where('cardId').equals(edited.id).toArray();
    expect(log).toHaveLength(1);
    expect(await database().cardStates.get(old.id)).toBeUndefined();
    const state = await database().cardStates.get(edited.id);
    expect(state?.reps).toBe(1);
    // Still the replay of its log.
    const { cardId: _c, noteId: _n, ...stored } = state!;
    expect(await replayCardState(database(), edited.id, scheduler)).toEqual(stored);
  });

  it('merges a backup made before the edit onto the moved history without doubling it', async () => {
    const v1 = note('os/deadlock.md', [Q1]);
    await importIntoLibrary(database(), { notes: [v1], files: [], now: NOW });
    await study(v1.compiled.cards[0]!.id, 'os/deadlock');
    const backup = parseBackup(JSON.stringify(await exportBackup(database(), NOW + 10)));
    await importIntoLibrary(database(), {
      notes: [note('os/deadlock.md', [`${Q1} `.replace('네 가지', '4가지')])],
      files: [],
      now: NOW + 20,
    });
    await importBackup(database(), backup);
    expect(await database().reviews.count()).toBe(1);
  });

  it('archives a removed question that has a history, keeps its log, and forgets it once it comes back', async () => {
    const v1 = note('os/deadlock.md', [Q1, Q3]);
    await importIntoLibrary(database(), { notes: [v1], files: [], now: NOW });
    const gone = v1.compiled.cards[1]!;
    await study(gone.id, gone.noteId);
    const summary = await importIntoLibrary(database(), {
      notes: [note('os/deadlock.md', [Q1])],
      files: [],
      now: NOW + 1,
    });
    expect(summary).toMatchObject({ cardsRemoved: 1, cardsArchived: 1 });
    expect(await database().archivedCards.get(gone.id)).toMatchObject({ question: Q3, noteId: 'os/deadlock' });
    expect(await database().reviews.where('cardId').equals(gone.id).count()).toBe(1);
    await importIntoLibrary(database(), { notes: [note('os/deadlock.md', [Q1, Q3])], files: [], now: NOW + 2 });
    expect(await database().archivedCards.count()).toBe(0);
  });

  it('moves a note found in another folder with its cards, and leaves notes not in the import alone', async () => {
    const before = note('os/deadlock.md', [Q1, Q2]);
    const other = note('net/tcp.md', ['TCP 3-way handshake 과정을 설명하세요.']);
    await importIntoLibrary(database(), { notes: [before, other], files: [], now: NOW });
    await study(before.compiled.cards[0]!.id, 'os/deadlock');
    const after = note('운영체제/deadlock.md', [Q1, Q2]);
    const summary = await importIntoLibrary(database(), { notes: [after], files: [], now: NOW + 1 });
    expect(summary.notesMoved).toEqual([['os/deadlock', '운영체제/deadlock']]);
    // Counted once, as moved: not also as added.
    expect(summary.notesAdded).toEqual([]);
    expect((await readLibrary(database())).notes.map((n) => n.id).sort()).toEqual(['net/tcp', '운영체제/deadlock']);
    const moved = await database().reviews.where('cardId').equals(after.compiled.cards[0]!.id).toArray();
    expect(moved.map((row) => row.noteId)).toEqual(['운영체제/deadlock']);
  });

  it('rolls the whole import back when a write fails half-way', async () => {
    await importIntoLibrary(database(), { notes: [note('os/deadlock.md', [Q1])], files: [], now: NOW });
    const snapshot = await database().libraryNotes.toArray();
    const db = database();
    const put = db.libraryFiles.bulkPut.bind(db.libraryFiles);
    db.libraryFiles.bulkPut = (() => {
      throw new DOMException('quota', 'QuotaExceededError');
    }) as typeof db.libraryFiles.bulkPut;
    await expect(
      importIntoLibrary(db, {
        notes: [note('os/deadlock.md', [Q2]), note('ml/new.md', [Q3])],
        files: [{ path: 'ml/a.png', bytes: new Uint8Array([1]), type: 'image/png' }],
        now: NOW + 1,
      }),
    ).rejects.toThrow();
    db.libraryFiles.bulkPut = put;
    expect(await db.libraryNotes.toArray()).toEqual(snapshot);
    expect(await db.archivedCards.count()).toBe(0);
  });
});
