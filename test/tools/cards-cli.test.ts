import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCardsCli } from '../../tools/cards-cli';

const notes = fileURLToPath(new URL('./fixtures/notes', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));

function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCardsCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('cards command', () => {
  it('prints a table per note with totals and exits 0 despite warnings', () => {
    const { code, stdout } = run([notes]);
    expect(code).toBe(0);
    const rows = stdout.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^path\s+questions\s+answered\s+other\s+warnings$/);
    expect(rows.find((r) => r.startsWith('os/교착-상태.md'))).toMatch(/\s1\s+1\s+0$/);
    expect(rows.find((r) => r.startsWith('top.md'))).toMatch(/\s2\s+1\s+2\s+question-without-answer \(line 18\)$/);
    expect(rows.find((r) => r.startsWith('image.md'))).toMatch(/binary-file$/);
    expect(rows.at(-1)).toMatch(/^TOTAL \(3 notes\)\s+3\s+2\s+2\s+2$/);
  });

  it('--json gives notes with NFC relative paths and their cards', () => {
    const { code, stdout } = run([notes, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { notes: { path: string; cards: { id: string }[] }[] };
    expect(json.notes.map((n) => n.path)).toEqual(['image.md', 'os/교착-상태.md', 'top.md']);
    const top = json.notes[2] as unknown as { cards: { kind: string; question: string; answer: string }[] };
    expect(top.cards.filter((card) => card.kind === 'table')).toEqual([
      expect.objectContaining({ question: '배열 — 임의 접근?', answer: 'O(1) 인덱스 접근' }),
      expect.objectContaining({ question: '연결 리스트 — 임의 접근?', answer: '처음부터 순회' }),
    ]);
    expect(json.notes[1]).toEqual({
      path: 'os/교착-상태.md',
      title: '교착 상태',
      tags: [],
      difficulty: null,
      cards: [
        {
          id: expect.stringMatching(/^c[0-9a-f]{16}$/),
          kind: 'qa',
          question: '교착 상태의 네 가지 조건은?',
          answer: '**상호 배제**, **점유 대기**, **비선점**, **순환 대기**입니다.',
          keywords: ['상호 배제', '점유 대기', '비선점', '순환 대기'],
        },
      ],
      warnings: [],
    });
    expect(json.notes[0]).toMatchObject({ path: 'image.md', cards: [], warnings: [{ code: 'binary-file' }] });
  });

  it('--anki writes an import file with one row of five fields per card', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mundap-anki-')), 'cards.txt');
    const { code, stdout } = run([notes, '--anki', file]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '#separator:tab',
      '#html:true',
      '#columns:Front\tBack\tDeck\tTags\tGUID',
      '#deck column:3',
      '#tags column:4',
      '#guid column:5',
    ]);
    const rows = lines.slice(6).map((line) => line.split('\t').map((field) => field.slice(1, -1).replace(/""/g, '"')));
    // Three questions and two table cells.
    expect(rows).toHaveLength(5);
    rows.forEach((row) => expect(row).toHaveLength(5));
    const json = JSON.parse(run([notes, '--json']).stdout) as { notes: { cards: { id: string }[] }[] };
    expect(rows.map((row) => row[4])).toEqual(json.notes.flatMap((n) => n.cards.map((c) => c.id)));
    expect(rows[0]?.slice(0, 4)).toEqual([
      '<p>교착 상태의 네 가지 조건은?</p>',
      '<p><strong>상호 배제</strong>, <strong>점유 대기</strong>, <strong>비선점</strong>, <strong>순환 대기</strong>입니다.</p>',
      'Mundap::os',
      '',
    ]);
    expect(rows[1]?.[1]).toContain('all:&#10;&#9;echo &quot;done&quot;');
    expect(rows[1]?.slice(2, 4)).toEqual(['Mundap', 'data_structures 자료구조']);
    expect(rows[2]?.[1]).toBe('');
  });

  it('fails with a one-line reason when the folder is missing', () => {
    const { code, stderr } = run([join(notes, 'missing')]);
    expect(code).not.toBe(0);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain('no such folder');
  });

  it('fails on a file given as the folder, and on bad arguments', () => {
    expect(run([join(notes, 'top.md')]).code).not.toBe(0);
    expect(run([]).code).not.toBe(0);
    expect(run([notes, '--bogus']).code).not.toBe(0);
  });

  it('prints only JSON under npm run --silent', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'cards', '--', notes, '--json'], {
      cwd: repo,
    });
    expect(() => JSON.parse(stdout)).not.toThrow();
  }, 30_000);
});
