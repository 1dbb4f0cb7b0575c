/**
 * `npm run bench`: the parser's cost against markdown-it's own `parse` on the
 * shared corpus (budget: at most 1.5×), and the time for one synthetic note
 * of 2,000 questions (≈1 MB; budget: well under a second); then the due
 * queue, search, statistics and library import figures (see bench-due-queue.ts, bench-search.ts,
 * bench-stats.ts and bench-import.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { buildCards, decodeNoteFile, parseNote } from '../src/core/index';
import { benchDueQueue } from './bench-due-queue';
import { benchImport } from './bench-import';
import { benchSearch } from './bench-search';
import { benchStats } from './bench-stats';
import { DEFAULT_CORPUS } from './corpus-check';
import { listMarkdownFiles } from './lib/note-files';
import { syntheticNote } from './lib/synthetic-note';

const ROUNDS = 15;

/** Median wall time in milliseconds of `rounds` runs, after two warm-up runs for the JIT. */
function median(run: () => void, rounds = ROUNDS): number {
  run();
  run();
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const big = syntheticNote(2000);
  let bigQuestions = 0;
  const bigMs = median(() => {
    bigQuestions = buildCards('bench/synthetic', parseNote(big)).length;
  }, 5);
  console.log(
    `synthetic note: ${bigQuestions} questions, ${(Buffer.byteLength(big) / 1024 / 1024).toFixed(2)} MB, parseNote + buildCards ${bigMs.toFixed(1)} ms`,
  );

  await benchDueQueue();
  benchSearch();
  benchStats();
  await benchImport();

  if (!existsSync(DEFAULT_CORPUS)) {
    console.log(`corpus comparison skipped: no corpus at ${DEFAULT_CORPUS}`);
    return;
  }
  const texts = listMarkdownFiles(DEFAULT_CORPUS).flatMap((file) => {
    const decoded = decodeNoteFile(readFileSync(file));
    return 'text' in decoded ? [decoded.text] : [];
  });
  const markdown = new MarkdownIt({ html: false, linkify: true });
  const markdownItMs = median(() => texts.forEach((text) => markdown.parse(text, {})));
  const parseNoteMs = median(() => texts.forEach((text) => parseNote(text)));
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  console.log(`corpus: ${texts.length} notes, ${(bytes / 1024 / 1024).toFixed(2)} MB (median of ${ROUNDS} runs)`);
  console.log(`  markdown-it parse: ${markdownItMs.toFixed(1)} ms`);
  console.log(`  parseNote:         ${parseNoteMs.toFixed(1)} ms`);
  console.log(`  ratio:             ${(parseNoteMs / markdownItMs).toFixed(2)}× (budget 1.5×)`);
}

await main();
