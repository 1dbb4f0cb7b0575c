import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/index';

const read = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/notes/${file}`, import.meta.url)), 'utf8');

describe('front matter', () => {
  it('reads bare values and block lists, and maps difficulty words', () => {
    const note = parseNote(read('front-matter-bare.md'));
    expect(note.frontMatter).toEqual({
      title: '따옴표 없는 제목',
      date: '2025-03-01',
      tags: ['운영체제', 'Linux Kernel'],
      difficulty: 'medium',
    });
    expect(note.title).toBe('따옴표 없는 제목');
    expect(note.warnings).toEqual([]);
  });

  it('reads quoted values and flow lists', () => {
    const note = parseNote(read('english-labelled.md'));
    expect(note.frontMatter).toEqual({
      title: 'B-Trees',
      date: '2025-02-03',
      tags: ['databases', 'index structures'],
      difficulty: 'easy',
    });
  });

  it('warns on invalid YAML and takes the title from the first # heading', () => {
    const note = parseNote(read('front-matter-invalid.md'));
    expect(note.warnings.map((w) => w.code)).toEqual(['front-matter-invalid']);
    expect(note.warnings[0]?.message).toMatch(/^front matter invalid: /);
    expect(note.frontMatter).toEqual({ tags: [] });
    expect(note.title).toBe('제목은 헤딩에서');
    expect(note.questions).toHaveLength(1);
  });

  it('keeps bare values holding ": " but still warns, since the YAML is invalid', () => {
    const note = parseNote('---\ntitle: Kafka: 개요\ntags:\n  - 메시징\n  - "event streaming"\n---\n\n# 다른 제목\n');
    expect(note.frontMatter).toEqual({ title: 'Kafka: 개요', tags: ['메시징', 'event streaming'] });
    expect(note.title).toBe('Kafka: 개요');
    expect(note.warnings.map((w) => w.code)).toEqual(['front-matter-invalid', 'no-interview-section']);
  });

  it('warns on a block that is never closed', () => {
    const note = parseNote(read('front-matter-unclosed.md'));
    expect(note.warnings.map((w) => w.code)).toEqual(['front-matter-invalid']);
    expect(note.title).toBe('헤딩 제목');
    expect(note.questions).toHaveLength(1);
  });

  it('falls back to the file name when there is neither front matter title nor # heading', () => {
    const note = parseNote(read('no-title.md'), { fileName: 'no-title' });
    expect(note.title).toBe('no-title');
    expect(note.frontMatter).toEqual({ tags: [] });
  });

  it.each([
    ['tags as one string', 'tags: a, b c', { tags: ['a', 'b c'] }],
    ['an unknown difficulty', 'difficulty: extreme', { tags: [] }],
    ['missing fields', 'title: 제목만', { title: '제목만', tags: [] }],
    ['an empty block', '', { tags: [] }],
  ])('tolerates %s', (_name, yaml, expected) => {
    const note = parseNote(`---\n${yaml}\n---\n\n# H\n`);
    expect(note.frontMatter).toEqual(expected);
  });

  it('warns when difficulty is not one it knows', () => {
    const note = parseNote('---\ndifficulty: extreme\n---\n\n## 면접 질문\n\n- Q. 질문?\n  - A. 답.\n');
    expect(note.warnings.map((w) => w.code)).toEqual(['front-matter-invalid']);
    expect(note.warnings[0]?.detail).toContain('extreme');
  });
});

describe('front matter dates', () => {
  it.each([
    ['2025-3-7', '2025-03-07'],
    ['2025.03.07', '2025-03-07'],
    ["'2025/03/07'", '2025-03-07'],
    ['2025-03-07T09:30:00Z', '2025-03-07'],
  ])('reads %s as %s', (written, expected) => {
    const note = parseNote(`---\ndate: ${written}\n---\n\n# 제목\n`);
    expect(note.frontMatter.date).toBe(expected);
    expect(note.warnings.filter((w) => w.code === 'front-matter-invalid')).toEqual([]);
  });

  it('drops a date that is not one, with a warning saying how to write it', () => {
    const note = parseNote('---\ndate: 어제\n---\n\n# 제목\n');
    expect(note.frontMatter.date).toBeUndefined();
    const warning = note.warnings.find((w) => w.code === 'front-matter-invalid');
    expect(warning?.detail).toBe('date "어제" is not a date; write it as YYYY-MM-DD');
  });
});
