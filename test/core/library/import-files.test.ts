import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, noteIdFromPath, planImport, readZip } from '../../../src/core';

const NOTE = strToU8('# 교착 상태\n\n## 예상 면접 질문\n\n- **Q. 교착 상태의 네 조건은?**\n  - **A.** 상호 배제 등.\n');

describe('planning an import', () => {
  it('takes notes and images, drops the picked folder’s own name, and says why the rest is skipped', () => {
    const plan = planImport([
      { path: 'my-notes/os/deadlock.md', size: 100 },
      { path: 'my-notes/os/diagram.PNG', size: 2_000 },
      { path: 'my-notes/README.txt', size: 10 },
      { path: 'my-notes/.DS_Store', size: 10 },
      { path: 'my-notes/huge.md', size: IMPORT_LIMITS.fileBytes + 1 },
      { path: 'my-notes/ml/transformer.markdown', size: 100 },
    ]);
    expect(plan.files.map((file) => [file.path, file.kind])).toEqual([
      ['ml/transformer.markdown', 'note'],
      ['os/deadlock.md', 'note'],
      ['os/diagram.PNG', 'image'],
    ]);
    expect(plan.files[1]?.source).toBe('my-notes/os/deadlock.md');
    expect(plan.skipped).toEqual([
      { path: 'README.txt', reason: { code: 'not-markdown' } },
      { path: '.DS_Store', reason: { code: 'system-file' } },
      { path: 'huge.md', reason: { code: 'file-too-large', bytes: IMPORT_LIMITS.fileBytes + 1 } },
    ]);
  });

  it('keeps top folders as decks when files come from several of them', () => {
    const plan = planImport([
      { path: 'os/a.md', size: 1 },
      { path: 'ml/b.md', size: 1 },
    ]);
    expect(plan.files.map((file) => file.path)).toEqual(['ml/b.md', 'os/a.md']);
  });

  it('keeps a picked folder’s name when it is a deck the library has: re-importing one deck or an exported zip', () => {
    const library = new Set(['데이터베이스/인덱스.md', '데이터베이스/img/b-tree.png', '네트워크/tcp.md']);
    const deck = planImport(
      [
        { path: '데이터베이스/인덱스.md', size: 1 },
        { path: '데이터베이스/img/b-tree.png', size: 1 },
      ],
      library,
    );
    expect(deck.files.map((file) => file.path)).toEqual(['데이터베이스/img/b-tree.png', '데이터베이스/인덱스.md']);
    // The library's own root folder, picked again: stripped as before.
    const root = planImport(
      [
        { path: 'lib/데이터베이스/인덱스.md', size: 1 },
        { path: 'lib/네트워크/tcp.md', size: 1 },
      ],
      library,
    );
    expect(root.files.map((file) => file.path)).toEqual(['네트워크/tcp.md', '데이터베이스/인덱스.md']);
  });

  it('puts a file picked on its own where the library’s one note of that name is', () => {
    const library = new Set(['네트워크/tcp.md', 'os/readme.md', 'ml/readme.md']);
    const picked = planImport(
      [
        { path: 'tcp.md', size: 1 },
        { path: 'readme.md', size: 1 },
        { path: 'new.md', size: 1 },
      ],
      library,
    );
    // readme.md is in two decks: which one is meant cannot be told, so it stays at the top.
    expect(picked.files.map((file) => file.path)).toEqual(['new.md', 'readme.md', '네트워크/tcp.md']);
  });

  it('composes a macOS (NFD) file name, so the note id is the one typed on any system', () => {
    const nfd = '운영체제/교착-상태.md'.normalize('NFD');
    const [file] = planImport([
      { path: nfd, size: 1 },
      { path: 'other/x.md', size: 1 },
    ]).files.filter((f) => f.path.endsWith('상태.md'));
    expect(file?.path).toBe('운영체제/교착-상태.md');
    expect(file?.source).toBe(nfd);
    expect(noteIdFromPath(file!.path)).toBe('운영체제/교착-상태');
    expect(noteIdFromPath('ml/transformer.markdown')).toBe('ml/transformer');
  });
});

describe('reading a zip', () => {
  it('gives the notes and images of a zip with their bytes, without its top folder', () => {
    const zip = zipSync({ 'notes/os/deadlock.md': NOTE, 'notes/os/x.bin': new Uint8Array([1, 2, 3]) });
    const result = readZip(zip);
    if (!('contents' in result)) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
    expect(result.contents.plan.files.map((file) => file.path)).toEqual(['os/deadlock.md']);
    expect(result.contents.plan.skipped).toEqual([{ path: 'os/x.bin', reason: { code: 'not-markdown' } }]);
    expect(result.contents.bytes.get('notes/os/deadlock.md')).toEqual(NOTE);
  });

  it.each([['../evil.md'], ['notes/../../evil.md'], ['/etc/evil.md'], ['C:/evil.md'], ['..\\evil.md']])(
    'refuses the whole zip for an entry named %s',
    (name) => {
      const zip = zipSync({ 'ok.md': NOTE, [name]: NOTE });
      expect(readZip(zip)).toEqual({ refusal: { code: 'zip-unsafe-path', path: name } });
    },
  );

  it('refuses a zip bomb by the ratio its headers declare, before inflating it', () => {
    const zeros = new Uint8Array(4 * 1024 * 1024);
    const zip = zipSync({ 'bomb.md': zeros }, { level: 9 });
    const result = readZip(zip);
    expect(result).toMatchObject({ refusal: { code: 'zip-bomb', path: 'bomb.md' } });
    expect('refusal' in result && result.refusal.code === 'zip-bomb' && result.refusal.ratio).toBeGreaterThan(100);
  });

  it('refuses an entry whose header lies about its size, instead of taking it cut short', () => {
    // Text that does not compress much, so the ratio alone says nothing.
    let seed = 7;
    const text = Array.from({ length: 200_000 }, () =>
      String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26)),
    );
    const zip = zipSync({ 'big.md': strToU8(`# 노트\n\n${text.join('')}`) });
    const view = new DataView(zip.buffer);
    // The original size, as the local header (offset 22) and the directory entry (offset 24) state it.
    view.setUint32(22, 1000, true);
    const directory = zip.findIndex((_, at) => view.getUint32(at, true) === 0x02014b50);
    view.setUint32(directory + 24, 1000, true);
    expect(readZip(zip)).toEqual({ refusal: { code: 'zip-bad-entry', path: 'big.md' } });
  });

  it('reads entries with Korean names and checks each against its checksum', () => {
    const result = readZip(zipSync({ '운영체제/교착-상태.md': NOTE }));
    expect('contents' in result && [...result.contents.bytes.keys()]).toEqual(['운영체제/교착-상태.md']);
  });

  it('accepts a small file that compresses well: a blank note is no bomb', () => {
    const zip = zipSync({ 'blank.md': strToU8(' '.repeat(10_000)) }, { level: 9 });
    expect(readZip(zip)).toHaveProperty('contents');
  });

  it('refuses more entries than the limit, and bytes that are not a zip', () => {
    const many = Object.fromEntries(
      Array.from({ length: IMPORT_LIMITS.zipEntries + 1 }, (_, i) => [`n${i}.md`, new Uint8Array(0)]),
    );
    expect(readZip(zipSync(many, { level: 0 }))).toEqual({
      refusal: { code: 'zip-too-many-entries', entries: IMPORT_LIMITS.zipEntries + 1 },
    });
    expect(readZip(strToU8('not a zip at all'))).toMatchObject({ refusal: { code: 'zip-unreadable' } });
  });
});
