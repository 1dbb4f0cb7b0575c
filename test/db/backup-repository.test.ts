import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createScheduler,
  DEFAULT_SCHEDULER_SETTINGS,
  DEFAULT_STUDY_SETTINGS,
  mergeBackups,
  parseBackup,
  prepareImport,
  type Backup,
  type CardAction,
  type Grade,
} from '../../src/core';
import {
  applyCardAction,
  createInterviewSession,
  exportBackup,
  gradeInterviewAnswer,
  importBackup,
  importIntoLibrary,
  MundapDatabase,
  previewImport,
  rateCard,
  readLibrary,
  replayCardState,
  reviewsOfCard,
  saveStudySettings,
  submitInterviewAnswer,
  undoReview,
} from '../../src/db';
import { freshDatabase } from './fresh-database';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
// A second profile, as after the learner changed the scheduler settings.
const gentle = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, desiredRetention: 0.85, fuzz: false });
const database = freshDatabase();

let opened = 0;
/** Another device: its own empty database, deleted after `run`. */
async function withDevice<T>(run: (db: MundapDatabase) => Promise<T>): Promise<T> {
  opened += 1;
  const db = new MundapDatabase(`device-${opened}`);
  await db.open();
  try {
    return await run(db);
  } finally {
    await db.delete();
  }
}

/** Every row of every table, local ids included: what "nothing changed" compares. */
async function dump(db: MundapDatabase) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])));
}

const withoutTime = (backup: Backup) => ({ ...backup, exportedAt: '' });

/** A file round trip, as the UI does it. */
const viaFile = (backup: Backup): Backup => parseBackup(JSON.stringify(backup));

const rate = (db: MundapDatabase, cardId: string, grade: Grade, at: number, by = scheduler) =>
  rateCard(db, by, { cardId, noteId: `deck/${cardId}`, grade, now: at, elapsedMs: 3000, source: 'study' });
const act = (db: MundapDatabase, cardId: string, action: Exclude<CardAction, { kind: 'rating' }>, at: number) =>
  applyCardAction(db, { cardId, noteId: `deck/${cardId}`, action, now: at });

/** A device with some history: ratings under two profiles, card actions, an undo, a graded interview, settings. */
async function studyOn(db: MundapDatabase, start: number, cards: string[]): Promise<void> {
  for (const [index, cardId] of cards.entries()) {
    await rate(db, cardId, 3, start + index * MINUTE);
    await rate(db, cardId, index % 2 ? 1 : 4, start + DAY + index * MINUTE, gentle);
  }
  await act(db, cards[0]!, { kind: 'flag', flag: 2 }, start + 2 * DAY);
  await act(db, cards[0]!, { kind: 'suspend' }, start + 2 * DAY + MINUTE);
  const undone = await rate(db, cards[1]!, 2, start + 2 * DAY + 2 * MINUTE);
  await undoReview(db, undone.id!);
  const sessionId = await createInterviewSession(db, {
    settings: { source: { kind: 'all' }, questionCount: 1, timeLimitMs: 120_000, answerMode: 'typed' },
    cardIds: [cards[1]!],
    now: start + 3 * DAY,
  });
  const answer = {
    cardId: cards[1]!,
    answer: '쿠버네티스는 컨테이너를 오케스트레이션합니다',
    timeUsedMs: 30_000,
    assessment: null,
    timedOut: false,
    submittedAt: start + 3 * DAY + 30_000,
  };
  await submitInterviewAnswer(db, sessionId, answer);
  await gradeInterviewAnswer(db, scheduler, {
    sessionId,
    cardId: cards[1]!,
    noteId: `deck/${cards[1]}`,
    grade: 3,
    now: start + 3 * DAY + MINUTE,
  });
  await saveStudySettings(db, { ...DEFAULT_STUDY_SETTINGS, newCardsPerDay: 12 }, start + 3 * DAY);
}

describe('the log on the real database', () => {
  type Step =
    | { kind: 'rate'; cardId: string; grade: Grade; gentle: boolean; gapMs: number }
    | { kind: 'act'; cardId: string; action: Exclude<CardAction, { kind: 'rating' }>; gapMs: number }
    | { kind: 'undo'; cardId: string };
  const cardArb = fc.constantFrom('c1', 'c2');
  const gapArb = fc.integer({ min: 0, max: 5 * DAY });
  const stepArb: fc.Arbitrary<Step> = fc.oneof(
    fc.record({
      kind: fc.constant('rate' as const),
      cardId: cardArb,
      grade: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
      gentle: fc.boolean(),
      gapMs: gapArb,
    }),
    fc.record({
      kind: fc.constant('act' as const),
      cardId: cardArb,
      action: fc.oneof(
        fc.constantFrom({ kind: 'reset' as const }, { kind: 'suspend' as const }, { kind: 'unsuspend' as const }),
        fc.record({ kind: fc.constant('bury' as const), until: fc.integer({ min: NOW, max: NOW + 60 * DAY }) }),
        fc.record({ kind: fc.constant('flag' as const), flag: fc.constantFrom(0 as const, 1 as const, 3 as const) }),
      ),
      gapMs: gapArb,
    }),
    fc.record({ kind: fc.constant('undo' as const), cardId: cardArb }),
  );

  it('replaying each card’s log gives its stored record after any ratings, undos and actions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { maxLength: 15 }), async (steps) => {
        await withDevice(async (db) => {
          let at = NOW;
          for (const step of steps) {
            if (step.kind === 'undo') {
              const latest = (await reviewsOfCard(db, step.cardId)).at(-1);
              if (latest) expect(await undoReview(db, latest.id!)).toBe(true);
              continue;
            }
            at += step.gapMs;
            if (step.kind === 'rate') await rate(db, step.cardId, step.grade, at, step.gentle ? gentle : scheduler);
            else await act(db, step.cardId, step.action, at);
          }
          for (const cardId of ['c1', 'c2']) {
            const row = await db.cardStates.get(cardId);
            const stored = row ? { ...row, cardId: undefined, noteId: undefined } : null;
            const replayed = await replayCardState(db, cardId, scheduler);
            expect(replayed === null ? null : { ...replayed, cardId: undefined, noteId: undefined }).toEqual(stored);
          }
        });
      }),
      { numRuns: 12 },
    );
  });
});

describe('backup and restore', () => {
  it('restores a device exactly: export, wipe, import, export gives the same backup', async () => {
    await studyOn(database(), NOW, ['c1', 'c2', 'c3']);
    const exported = await exportBackup(database(), NOW + 10 * DAY);
    expect(exported.reviews.length).toBeGreaterThan(6);
    expect(exported.interviewSessions[0]?.results[0]?.reviewUid).toEqual(expect.any(String));

    const restored = await withDevice(async (wiped) => {
      await importBackup(wiped, viaFile(exported));
      // Replay on import re-derives the same before/after the live ratings wrote.
      const strip = (rows: { id?: number; uid: string }[]) =>
        rows.map(({ id: _id, ...row }) => row).sort((x, y) => x.uid.localeCompare(y.uid));
      expect(strip(await wiped.reviews.toArray())).toEqual(strip(await database().reviews.toArray()));
      expect(await wiped.cardStates.toArray()).toEqual(await database().cardStates.toArray());
      return exportBackup(wiped, NOW + 11 * DAY);
    });
    expect(withoutTime(restored)).toEqual(withoutTime(exported));
  });

  it('carries the library: notes and images come back with the same cards, and their history replays', async () => {
    const bytes = new TextEncoder().encode(
      '# 교착 상태\n\n![그래프](graph.png)\n\n## 예상 면접 질문\n\n- **Q. 네 조건은?**\n  - **A.** 상호 배제.\n',
    );
    const image = new Uint8Array([137, 80, 78, 71]);
    const prepared = prepareImport(
      [
        { path: 'os/deadlock.md', kind: 'note', bytes },
        { path: 'os/graph.png', kind: 'image', bytes: image },
      ],
      { noteIds: new Set(), images: new Set() },
    );
    await importIntoLibrary(database(), { ...prepared, now: NOW });
    const card = prepared.notes[0]!.compiled.cards[0]!;
    await rate(database(), card.id, 3, NOW + 1000);
    const exported = await exportBackup(database(), NOW + DAY);
    expect(exported.notes.map((file) => [file.path, file.kind])).toEqual([
      ['os/deadlock.md', 'note'],
      ['os/graph.png', 'image'],
    ]);
    await withDevice(async (wiped) => {
      const preview = await importBackup(wiped, viaFile(exported));
      expect(preview).toMatchObject({ libraryAdded: 2, newCards: 1 });
      const [restored] = (await readLibrary(wiped)).notes;
      expect(restored?.cards.map((c) => c.id)).toEqual([card.id]);
      expect((await wiped.libraryNotes.get('os/deadlock'))?.bytes).toEqual(bytes);
      expect((await wiped.libraryFiles.get('os/graph.png'))?.bytes).toEqual(image);
      expect(await wiped.cardStates.get(card.id)).toEqual(await database().cardStates.get(card.id));
      // The same file again: nothing left to add.
      expect(await importBackup(wiped, viaFile(exported))).toMatchObject({ libraryAdded: 0, libraryUpdated: 0 });
    });
  });

  it('carries the archive: a removed question’s entry comes back with its history', async () => {
    const note = (questions: string[]) =>
      new TextEncoder().encode(
        `# 노트\n\n## 예상 면접 질문\n\n${questions.map((q) => `- **Q. ${q}**\n  - **A.** 답.`).join('\n')}\n`,
      );
    const known = { noteIds: new Set<string>(), images: new Set<string>() };
    const first = prepareImport([{ path: 'os/a.md', kind: 'note', bytes: note(['남는 질문?', '빠질 질문?']) }], known);
    await importIntoLibrary(database(), { ...first, now: NOW });
    const gone = first.notes[0]!.compiled.cards[1]!;
    await rate(database(), gone.id, 3, NOW + 1000);
    const second = prepareImport([{ path: 'os/a.md', kind: 'note', bytes: note(['남는 질문?']) }], known);
    await importIntoLibrary(database(), { ...second, now: NOW + 2000 });
    const exported = await exportBackup(database(), NOW + DAY);
    expect(exported.archive).toEqual([expect.objectContaining({ cardId: gone.id, question: '빠질 질문?' })]);
    await withDevice(async (wiped) => {
      await importBackup(wiped, viaFile(exported));
      expect(await wiped.archivedCards.toArray()).toEqual(await database().archivedCards.toArray());
      expect(await wiped.reviews.where('cardId').equals(gone.id).count()).toBe(1);
    });
  });

  it('records when the last backup was made, but never puts that into the file', async () => {
    await rate(database(), 'c1', 3, NOW);
    await exportBackup(database(), NOW + DAY);
    expect((await database().settings.get('lastBackupAt'))?.value).toBe(NOW + DAY);
    const second = await exportBackup(database(), NOW + 2 * DAY);
    expect(second.settings.map((setting) => setting.key)).not.toContain('lastBackupAt');
  });

  it('changes nothing when the same backup is imported twice', async () => {
    const backup = await withDevice(async (other) => {
      await studyOn(other, NOW, ['c2', 'c4']);
      return exportBackup(other, NOW + 10 * DAY);
    });
    await studyOn(database(), NOW + MINUTE, ['c1', 'c2']);
    const first = await importBackup(database(), viaFile(backup));
    expect(first.newReviews).toBeGreaterThan(0);
    expect(first.conflicts).toBe(1);
    const afterFirst = await dump(database());
    expect(await previewImport(database(), viaFile(backup))).toEqual({
      newReviews: 0,
      newCards: 0,
      changedCards: 0,
      conflicts: 0,
      sessionsAdded: 0,
      sessionsUpdated: 0,
      settingsChanged: 0,
      libraryAdded: 0,
      libraryUpdated: 0,
    });
    await importBackup(database(), viaFile(backup));
    expect(await dump(database())).toEqual(afterFirst);
  });

  it('merges two devices’ backups to the same progress in either order', async () => {
    // Both devices start from one history, then study apart (c2 on both: a conflict).
    await studyOn(database(), NOW, ['c1', 'c2']);
    const common = await exportBackup(database(), NOW + 5 * DAY);
    const deviceBackup = (cards: string[], start: number) =>
      withDevice(async (device) => {
        await importBackup(device, viaFile(common));
        for (const [index, cardId] of cards.entries()) await rate(device, cardId, 3, start + index * MINUTE);
        return exportBackup(device, start + DAY);
      });
    const a = await deviceBackup(['c2', 'c3'], NOW + 6 * DAY);
    const b = await deviceBackup(['c4', 'c2'], NOW + 6 * DAY + 30_000);

    const mergedAs = (first: Backup, second: Backup) =>
      withDevice(async (device) => {
        await importBackup(device, viaFile(first));
        const preview = await previewImport(device, viaFile(second));
        await importBackup(device, viaFile(second));
        return { preview, backup: await exportBackup(device, NOW + 30 * DAY) };
      });
    const ab = await mergedAs(a, b);
    const ba = await mergedAs(b, a);
    expect(ab.backup.cardStates).toEqual(ba.backup.cardStates);
    expect(ab.backup.reviews.map((review) => review.uid)).toEqual(ba.backup.reviews.map((review) => review.uid));
    expect(withoutTime(ab.backup)).toEqual(withoutTime(ba.backup));
    // The database merge is the pure merge of the files.
    expect(withoutTime(ab.backup)).toEqual(withoutTime(mergeBackups(a, b)));
    expect(ab.preview).toMatchObject({ newReviews: 2, newCards: 1, conflicts: 1, changedCards: 1 });
  });

  it('rewrites only the cards the backup brings new entries for', async () => {
    await studyOn(database(), NOW, ['c1', 'c2', 'c3']);
    const backup = await withDevice(async (other) => {
      await importBackup(other, viaFile(await exportBackup(database(), NOW + 4 * DAY)));
      await rate(other, 'c3', 3, NOW + 5 * DAY);
      return exportBackup(other, NOW + 6 * DAY);
    });
    const written: string[] = [];
    const cardOfState = (_changes: unknown, key: unknown): void => void written.push(`state ${String(key)}`);
    const cardOfReview = (_changes: unknown, _key: unknown, row: { cardId: string }): void =>
      void written.push(`review ${row.cardId}`);
    database().cardStates.hook('updating', cardOfState);
    database().reviews.hook('updating', cardOfReview);
    expect(await importBackup(database(), viaFile(backup))).toMatchObject({ newReviews: 1, changedCards: 1 });
    database().cardStates.hook('updating').unsubscribe(cardOfState);
    database().reviews.hook('updating').unsubscribe(cardOfReview);
    expect(written).toEqual(['state c3']);
  });

  it.each([
    ['adding a log entry', (db: MundapDatabase) => db.reviews.hook('creating')],
    ['adding a card record', (db: MundapDatabase) => db.cardStates.hook('creating')],
    ['rewriting a card record', (db: MundapDatabase) => db.cardStates.hook('updating')],
    ['adding an interview session', (db: MundapDatabase) => db.interviewSessions.hook('creating')],
  ] as const)('leaves the database exactly as it was when %s fails mid-merge', async (_what, hookOf) => {
    const backup = await withDevice(async (other) => {
      await studyOn(other, NOW, ['c2', 'c3']);
      return exportBackup(other, NOW + 10 * DAY);
    });
    await studyOn(database(), NOW + MINUTE, ['c1', 'c2']);
    const before = await dump(database());
    const failWrite = (): never => {
      throw new Error('disk full');
    };
    const hook = hookOf(database());
    hook.subscribe(failWrite);
    await expect(importBackup(database(), viaFile(backup))).rejects.toThrow('disk full');
    hook.unsubscribe(failWrite);
    expect(await dump(database())).toEqual(before);
  });
});
