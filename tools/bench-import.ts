/**
 * Importing 1,000 notes (about 10 MB) into the library, as the page does:
 * planned, compiled (the worker's part: parse, cards, HTML, search text)
 * and stored in one transaction (fake-indexeddb here). Prints the time of
 * each step and the memory the import holds at its peak (the files, their
 * compiled notes and the stored rows, as heap and buffers above a collected
 * baseline; the process's own peak is dominated by the benchmarks before).
 */
import 'fake-indexeddb/auto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { planImport, prepareImport } from '../src/core/index';
import { importIntoLibrary, MundapDatabase } from '../src/db/index';
import { syntheticNote } from './lib/synthetic-note';

const NOTES = 1000;

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const held = (): number => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

export async function benchImport(): Promise<void> {
  // Sixteen questions with long answers: about 10 kB, a long real note.
  const text = syntheticNote(16);
  const files = Array.from({ length: NOTES }, (_, index) => ({
    path: `import/deck-${index % 20}/note-${index}.md`,
    kind: 'note' as const,
    bytes: new TextEncoder().encode(text.replace('합성 벤치마크 노트', `합성 노트 ${index}`)),
  }));
  const total = files.reduce((sum, file) => sum + file.bytes.length, 0);
  const db = new MundapDatabase('bench-import');
  await db.open();

  collect();
  const baseline = held();
  let start = performance.now();
  const plan = planImport(files.map((file) => ({ path: file.path, size: file.bytes.length })));
  const planMs = performance.now() - start;
  start = performance.now();
  const prepared = prepareImport(files, { noteIds: new Set(), images: new Set() });
  const compileMs = performance.now() - start;
  start = performance.now();
  const summary = await importIntoLibrary(db, { ...prepared, now: Date.now() });
  const storeMs = performance.now() - start;
  const peak = held() - baseline;
  start = performance.now();
  const again = await importIntoLibrary(db, { ...prepared, now: Date.now() });
  const againMs = performance.now() - start;
  await db.delete();

  console.log(
    `import: ${plan.files.length} notes, ${(total / 1024 / 1024).toFixed(1)} MB, ${summary.cardsAdded} cards`,
  );
  console.log(`  plan:                 ${planMs.toFixed(0)} ms`);
  console.log(`  compile (in worker):  ${compileMs.toFixed(0)} ms`);
  console.log(`  store (1 transaction): ${storeMs.toFixed(0)} ms`);
  console.log(`  same import again:    ${againMs.toFixed(0)} ms (${again.notesUnchanged.length} unchanged)`);
  console.log(`  memory at its peak:   ${(peak / 1024 / 1024).toFixed(0)} MB (heap and buffers held by the import)`);
}
