import { describe, expect, it } from 'vitest';
import { LIBRARY_IMAGE_ATTRIBUTE, prepareImport } from '../../../src/core';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);
const none = { noteIds: new Set<string>(), images: new Set<string>() };

const DEADLOCK = `---
title: 교착 상태
tags: [OS]
---

# 교착 상태

![자원 할당 그래프](./graph.png) 그리고 [스케줄링](../os/scheduling.md), [없는 노트](./missing.md).

## 예상 면접 질문

- **Q. 교착 상태의 네 조건은?**
  - **A.** **상호 배제**, 점유 대기, 비선점, 순환 대기.
`;

describe('preparing an import', () => {
  it('compiles notes with cards and search text, linking to notes of the same import', () => {
    const prepared = prepareImport(
      [
        { path: 'os/deadlock.md', kind: 'note', bytes: text(DEADLOCK) },
        { path: 'os/scheduling.md', kind: 'note', bytes: text('# 스케줄링\n\n본문\n') },
        { path: 'os/graph.png', kind: 'image', bytes: new Uint8Array([137, 80]) },
      ],
      none,
    );
    const [deadlock] = prepared.notes;
    expect(deadlock?.compiled).toMatchObject({ id: 'os/deadlock', title: '교착 상태', tags: ['OS'], deck: 'os' });
    expect(deadlock?.compiled.cards.map((card) => card.keywords)).toEqual([['상호 배제']]);
    expect(deadlock?.search.questions).toEqual(['교착 상태의 네 조건은?']);
    const html = deadlock?.compiled.body.segments
      .map((segment) => (segment.kind === 'html' ? segment.html : ''))
      .join('');
    expect(html).toContain('href="/notes/os/scheduling"');
    expect(html).toContain('data-dead-link');
    // The image is the library's, drawn by the reader: no URL a browser would try to load.
    expect(html).toContain(`${LIBRARY_IMAGE_ATTRIBUTE}="os/graph.png"`);
    expect(html).not.toContain('mundap-library:');
    expect(prepared.files).toEqual([{ path: 'os/graph.png', bytes: new Uint8Array([137, 80]), type: 'image/png' }]);
    expect(prepared.skipped).toEqual([]);
  });

  it('skips files that are not text, so they never replace a note in the library', () => {
    const prepared = prepareImport(
      [
        { path: 'bin.md', kind: 'note', bytes: new Uint8Array([0x89, 0x50, 0x00, 0x01]) },
        { path: 'latin.md', kind: 'note', bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9]) },
        { path: 'empty.md', kind: 'note', bytes: new Uint8Array() },
        { path: 'ok.md', kind: 'note', bytes: text('# 좋은 노트\n') },
      ],
      none,
    );
    expect(prepared.notes.map((note) => note.path)).toEqual(['ok.md']);
    expect(prepared.skipped).toEqual([
      { path: 'bin.md', reason: { code: 'binary-file' } },
      { path: 'latin.md', reason: { code: 'not-utf8' } },
      { path: 'empty.md', reason: { code: 'empty-file' } },
    ]);
  });

  it('shows a script payload as text: nothing in the HTML can run', () => {
    const payload = '# <script>alert(1)</script>\n\n<img src=x onerror=alert(1)> [x](javascript:alert(1))\n';
    const [note] = prepareImport([{ path: 'evil.md', kind: 'note', bytes: text(payload) }], none).notes;
    const segments = note?.compiled.body.segments ?? [];
    const html = segments.map((segment) => (segment.kind === 'html' ? segment.html : segment.headingHtml)).join('');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script|<img src=|href="javascript:/i);
    // The title is text for React to escape, never HTML.
    expect(note?.compiled.title).toBe('<script>alert(1)</script>');
  });
});
