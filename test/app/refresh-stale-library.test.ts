import { describe, expect, it } from 'vitest';
import { refreshStaleLibrary, type Recompile } from '../../src/app/refresh-stale-library';
import {
  COMPILER_VERSION,
  compileNote,
  createScheduler,
  DEFAULT_SCHEDULER_SETTINGS,
  prepareImport,
  searchDocumentOfFile,
} from '../../src/core';
import { db, rateCard, readLibrary, replayCardState } from '../../src/db';

const NOW = Date.parse('2026-12-04T09:00:00Z');
const PATH = 'cloud/pipelines.md';
const BYTES = new TextEncoder().encode(`# 파이프라인 비교

## 상세 설명

| 구분 | Kubeflow | SageMaker |
| --- | --- | --- |
| 관리 주체 | 사용자 | AWS |

## 예상 면접 질문

- **Q. 관리형 서비스의 장점은?**
  - **A.** **인프라 관리 부담**이 줄어듭니다.
`);

/** The recompile worker's work, done in the test's own thread. */
const recompileHere: Recompile = async ({ stale, known }) =>
  prepareImport(
    stale.map((file) => ({ ...file, kind: 'note' as const })),
    { noteIds: new Set(known.noteIds), images: new Set(known.images) },
  ).notes;

/** A library row as version 4 of the app stored it: its questions only, no compiler version. */
async function storeAsOlderVersion(): Promise<string> {
  const current = compileNote(PATH, BYTES);
  const older = { ...current, cards: current.cards.filter((card) => card.kind === 'qa'), tables: undefined };
  await db.libraryNotes.put({
    id: current.id,
    path: PATH,
    bytes: BYTES,
    compiled: older as unknown as typeof current,
    search: searchDocumentOfFile(PATH, BYTES),
    importedAt: NOW,
    updatedAt: NOW,
  });
  return current.cards.find((card) => card.kind === 'qa')!.id;
}

describe('notes imported under an older version', () => {
  it('are compiled again from their text: they gain table cards and keep every question’s history', async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    const question = await storeAsOlderVersion();
    const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
    await rateCard(db, scheduler, {
      cardId: question,
      noteId: 'cloud/pipelines',
      grade: 3,
      now: NOW,
      elapsedMs: 0,
      source: 'study',
    });
    const before = await readLibrary(db);
    expect(before.notes[0]?.cards.map((card) => card.kind)).toEqual(['qa']);
    expect(before.notes[0]?.tables).toEqual([]);

    expect(await refreshStaleLibrary(db, recompileHere)).toBe(1);
    const after = await readLibrary(db);
    expect(after.signature).not.toBe(before.signature);
    expect(after.notes[0]?.cards.map((card) => card.kind).sort()).toEqual(['qa', 'table', 'table']);
    expect(after.notes[0]?.tables).toHaveLength(1);
    expect((await db.libraryNotes.get('cloud/pipelines'))?.compiler).toBe(COMPILER_VERSION);
    expect((await replayCardState(db, question, scheduler))?.reps).toBe(1);

    // Done once: the next start finds nothing to do.
    expect(await refreshStaleLibrary(db, recompileHere)).toBe(0);
  });

  it('leave a note alone whose text changed while it was being compiled (an import in another tab)', async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    await storeAsOlderVersion();
    const edited = new TextEncoder().encode('# 바뀐 노트\n');
    const racing: Recompile = async (request) => {
      const notes = await recompileHere(request);
      await db.libraryNotes.update('cloud/pipelines', { bytes: edited });
      return notes;
    };
    expect(await refreshStaleLibrary(db, racing)).toBe(0);
    expect((await db.libraryNotes.get('cloud/pipelines'))?.compiler).toBeUndefined();
  });
});
