import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCards, decodeNoteFile, parseNote } from '../../../src/core/index';

const bytesOf = (file: string) =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/files/${file}`, import.meta.url))));

/** Decode then parse, as the app and the CLI do. */
function load(file: string) {
  const decoded = decodeNoteFile(bytesOf(file));
  if ('warning' in decoded) return { warnings: [decoded.warning.code], cards: [] };
  const note = parseNote(decoded.text);
  return { warnings: note.warnings.map((w) => w.code), cards: buildCards('files/x', note), note };
}

describe('text hygiene', () => {
  it.each(['bom.md', 'crlf.md', 'cr.md', 'nfd.md', 'nbsp.md'])('%s reads like the plain LF, NFC file', (file) => {
    const { warnings, cards } = load(file);
    expect(warnings).toEqual([]);
    expect(cards.map(({ id, question, answer, keywords }) => ({ id, question, answer, keywords }))).toEqual(
      load('crlf.md').cards.map(({ id, question, answer, keywords }) => ({ id, question, answer, keywords })),
    );
    expect(cards[0]).toMatchObject({
      question: '줄 끝이 달라도 읽히나요?',
      answer: '네, **같은 결과**입니다.',
      keywords: ['같은 결과'],
    });
  });

  it('strips the BOM before reading front matter', () => {
    expect(load('bom.md').note?.title).toBe('BOM 노트');
  });

  it('keeps the body free of CR, NBSP and decomposed Hangul', () => {
    for (const file of ['crlf.md', 'cr.md', 'nfd.md', 'nbsp.md']) {
      const body = load(file).note?.body ?? '';
      expect(body).not.toMatch(/[\r\u00a0]/);
      expect(body).toBe(body.normalize('NFC'));
    }
  });

  it.each([
    ['empty.md', 'empty-file'],
    ['whitespace.md', 'empty-file'],
    ['binary.md', 'binary-file'],
    ['euc-kr.md', 'not-utf8'],
  ])('%s gives a %s warning, never a crash', (file, code) => {
    expect(load(file)).toEqual({ warnings: [code], cards: [] });
  });

  it('warns on empty text given straight to parseNote', () => {
    expect(parseNote('').warnings.map((w) => w.code)).toEqual(['empty-file']);
  });
});
