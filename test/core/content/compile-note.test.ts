import { describe, expect, it } from 'vitest';
import { compileNote, type NoteSegment } from '../../../src/core/index';

const encode = (text: string) => new TextEncoder().encode(text);

const NOTE = `---
title: 분할 점검
---

# 분할 점검

## 1. 핵심 개념

본문입니다.

## 2. 예상 면접 질문

- **Q. 첫 질문?**
  - **A.** 첫 답.
- **Q. 둘째 질문?**
  - **A.** 둘째 답.

## 3. 더 읽어보기

- 참고
`;

describe('compileNote body', () => {
  const note = compileNote('deck/split.md', encode(NOTE));
  const kinds = note.body.segments.map((segment) => segment.kind);

  it('cuts the interview section out of the HTML and lists its cards', () => {
    expect(kinds).toEqual(['html', 'interview', 'html']);
    const interview = note.body.segments[1] as Extract<NoteSegment, { kind: 'interview' }>;
    // The concept card comes from 핵심 개념, not from the interview section.
    expect(interview.cardIds).toEqual(note.cards.filter((card) => card.kind === 'qa').map((card) => card.id));
    expect(interview.cardIds).toHaveLength(2);
    expect(interview.headingHtml).toBe('<h2 id="h-2-예상-면접-질문">2. 예상 면접 질문</h2>\n');
    const html = note.body.segments.map((segment) => (segment.kind === 'html' ? segment.html : '')).join('');
    expect(html).not.toContain('첫 질문');
    expect(html).toContain('본문입니다.');
  });

  it('drops the leading title, which the page already shows', () => {
    expect(JSON.stringify(note.body)).not.toContain('<h1');
  });

  it('lists h2 to h4 headings as the table of contents', () => {
    expect(note.body.toc).toEqual([
      { level: 2, text: '1. 핵심 개념', id: 'h-1-핵심-개념' },
      { level: 2, text: '2. 예상 면접 질문', id: 'h-2-예상-면접-질문' },
      { level: 2, text: '3. 더 읽어보기', id: 'h-3-더-읽어보기' },
    ]);
  });

  it('keeps every part of a note without an interview section', () => {
    const plain = compileNote('plain.md', encode('# 제목\n\n## 하나\n\n본문'));
    expect(plain.body.segments).toEqual([{ kind: 'html', html: '<h2 id="h-하나">하나</h2>\n<p>본문</p>\n' }]);
  });

  it('escapes markup in titles, headings, questions and answers', () => {
    const unsafe = compileNote(
      'unsafe.md',
      encode('# <script>x</script>\n\n## <img src=x onerror=alert(1)>\n\n## 면접 질문\n\n- **Q. <b>질문</b>?**\n  - **A.** [a](javascript:alert(1)) <script>'),
    );
    // Titles, tags and TOC text stay plain text for React to escape; only these fields are injected as HTML.
    const html = [
      ...unsafe.body.segments.map((segment) => (segment.kind === 'html' ? segment.html : segment.headingHtml)),
      ...unsafe.cards.flatMap((card) => [card.questionHtml, card.answerHtml]),
    ].join('');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<(script|img|b)[\s>]/);
    expect(html).not.toContain('href="javascript');
  });
});
