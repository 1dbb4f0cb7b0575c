/**
 * Compares the parser's question and answered counts on the shared corpus
 * with the hand-checked EXPECTED.json: `npm run corpus-check`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNote } from './lib/note-files';

export interface ExpectedCounts {
  questions: number;
  answered: number;
}

export interface CorpusMismatch {
  path: string;
  expected: ExpectedCounts;
  actual: ExpectedCounts;
}

export const DEFAULT_CORPUS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../shared/corpus');

/** Counts per note for every path EXPECTED.json lists; notes it does not list (index pages) are not compared. */
export function checkCorpus(corpus: string): {
  mismatches: CorpusMismatch[];
  notes: number;
  expected: ExpectedCounts;
  actual: ExpectedCounts;
} {
  const expectedByPath = JSON.parse(readFileSync(join(corpus, 'EXPECTED.json'), 'utf8')) as Record<
    string,
    ExpectedCounts
  >;
  const mismatches: CorpusMismatch[] = [];
  const expected = { questions: 0, answered: 0 };
  const actual = { questions: 0, answered: 0 };
  for (const [path, counts] of Object.entries(expectedByPath)) {
    const file = join(corpus, path);
    // EXPECTED.json counts interview questions: the qa cards.
    const cards = existsSync(file) ? loadNote(corpus, file).cards.filter((card) => card.kind === 'qa') : [];
    const found = { questions: cards.length, answered: cards.filter((card) => card.answer.trim() !== '').length };
    expected.questions += counts.questions;
    expected.answered += counts.answered;
    actual.questions += found.questions;
    actual.answered += found.answered;
    if (found.questions !== counts.questions || found.answered !== counts.answered) {
      mismatches.push({ path, expected: counts, actual: found });
    }
  }
  return { mismatches, notes: Object.keys(expectedByPath).length, expected, actual };
}

function main(): number {
  const corpus = resolve(process.argv[2] ?? DEFAULT_CORPUS);
  if (!existsSync(join(corpus, 'EXPECTED.json'))) {
    console.log(`corpus-check skipped: no corpus at ${corpus}`);
    return 0;
  }
  const result = checkCorpus(corpus);
  for (const m of result.mismatches) {
    console.log(
      `MISMATCH ${m.path}: questions ${m.actual.questions}/${m.expected.questions}, answered ${m.actual.answered}/${m.expected.answered} (found/expected)`,
    );
  }
  console.log(
    `${result.notes - result.mismatches.length}/${result.notes} notes match; ` +
      `questions ${result.actual.questions}/${result.expected.questions}, answered ${result.actual.answered}/${result.expected.answered}`,
  );
  return result.mismatches.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
