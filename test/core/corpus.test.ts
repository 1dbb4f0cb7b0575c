import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCards, decodeNoteFile, noteIdFromPath, parseNote } from '../../src/core/index';

/**
 * The shared corpus of real notes is read at run time only (its licence is
 * unknown, so no text of it lives in this repository).
 */
const corpus = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const present = existsSync(join(corpus, 'EXPECTED.json'));
if (!present) console.warn(`corpus test skipped: no corpus at ${corpus}`);

interface Counts {
  questions: number;
  answered: number;
}

describe.skipIf(!present)('shared corpus', () => {
  it('finds exactly the hand-checked questions and answers of every note', () => {
    const expected = JSON.parse(readFileSync(join(corpus, 'EXPECTED.json'), 'utf8')) as Record<string, Counts>;
    const actual: Record<string, Counts> = {};
    for (const path of Object.keys(expected)) {
      const decoded = decodeNoteFile(new Uint8Array(readFileSync(join(corpus, path))));
      const cards = 'text' in decoded ? buildCards(noteIdFromPath(path), parseNote(decoded.text)) : [];
      actual[path] = { questions: cards.length, answered: cards.filter((card) => card.answer !== '').length };
    }
    expect(actual).toEqual(expected);
    const total = Object.values(actual).reduce(
      (sum, c) => ({ questions: sum.questions + c.questions, answered: sum.answered + c.answered }),
      {
        questions: 0,
        answered: 0,
      },
    );
    expect(total).toEqual({ questions: 459, answered: 446 });
  });
});
