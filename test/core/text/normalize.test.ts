import { describe, expect, it } from 'vitest';
import { collapseWhitespace, normalizePath, normalizeText } from '../../../src/core/index';

describe('normalize', () => {
  it.each([
    ['\uFEFF# 제목\r\n본문\r끝', '# 제목\n본문\n끝'],
    ['가\u00a0나\u202f다', '가 나 다'],
    ['\u1112\u1161\u11ab', '한'],
  ])('normalizeText(%j)', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('collapses whitespace', () => {
    expect(collapseWhitespace('  a \t\n b\u00a0 c ')).toBe('a b c');
  });

  it('makes paths NFC with / separators', () => {
    expect(normalizePath('1-cs\\\u1112\u1161\u11ab.md')).toBe('1-cs/한.md');
  });
});
