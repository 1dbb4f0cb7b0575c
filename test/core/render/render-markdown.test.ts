import { describe, expect, it } from 'vitest';
import { buildNoteCards, parseNote, renderMarkdown } from '../../../src/core/index';
import { markdownLine } from '../../../src/core/search/markdown-text';

describe('renderMarkdown', () => {
  it('shows raw HTML as text', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'vbscript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD4='])(
    'never makes an href of %s',
    (url) => {
      expect(renderMarkdown(`[x](${url})`)).not.toContain('href');
      expect(renderMarkdown(`![x](${url})`)).not.toContain('src=');
    },
  );

  it('opens external links in a new tab without an opener', () => {
    expect(renderMarkdown('[docs](https://example.com/a)')).toContain(
      '<a href="https://example.com/a" target="_blank" rel="noopener noreferrer">docs</a>',
    );
    expect(renderMarkdown('see https://example.com')).toContain('target="_blank"');
    expect(renderMarkdown('[local](#section)')).toBe('<p><a href="#section">local</a></p>\n');
  });

  it('renders tables and code that a keyboard can reach and scroll, and bold', () => {
    expect(renderMarkdown('| a | b |\n| - | - |\n| 1 | 2 |')).toContain('<table tabindex="0">');
    expect(renderMarkdown('```text\nx = 1\n```')).toContain(
      '<pre tabindex="0"><code class="language-text">x = 1\n</code></pre>',
    );
    expect(renderMarkdown('**굵게**')).toBe('<p><strong>굵게</strong></p>\n');
  });
});

describe('renderMarkdown with Korean', () => {
  it('makes bold text before a Korean particle bold, even after punctuation', () => {
    expect(renderMarkdown('**서버리스(Serverless)**를 쓰면')).toBe(
      '<p><strong>서버리스(Serverless)</strong>를 쓰면</p>\n',
    );
  });
});

describe('renderMarkdown for the reader', () => {
  it('highlights the languages notes use', () => {
    for (const language of ['python', 'py', 'typescript', 'ts', 'bash', 'sh', 'yaml', 'json', 'sql', 'go', 'java']) {
      expect(renderMarkdown('```' + language + '\nif x: return "a"\n```')).toContain('class="hljs-');
    }
    expect(renderMarkdown('```python\n<script>\n```')).toContain('&lt;script&gt;');
  });

  it('renders inline and block math with KaTeX, undoing escapes added by formatters', () => {
    expect(renderMarkdown('복잡도 $O(N^2)$임')).toContain('class="katex"');
    expect(renderMarkdown('$$\nx^2\n$$')).toContain('katex-display');
    // mdformat writes `\\sqrt`; KaTeX would draw a line break and the word "sqrt".
    expect(renderMarkdown('$\\\\sqrt{d}$')).toContain('class="mord sqrt"');
    expect(renderMarkdown('$d\\_{model}$')).toContain('msupsub');
  });

  it('keeps KaTeX from making links or running anything', () => {
    const html = renderMarkdown('$\\href{javascript:alert(1)}{x}$ $\\url{https://evil.example}$');
    expect(html).not.toContain('<a');
    expect(html).not.toContain('javascript:');
    expect(renderMarkdown('$\\frac{1}{$')).not.toContain('<script');
  });

  it('leaves mermaid as escaped source for the browser to draw', () => {
    expect(renderMarkdown('```mermaid\ngraph TD\n  A[<img src=x onerror=alert(1)>] --> B\n```')).toBe(
      '<pre class="mermaid-source">graph TD\n  A[&lt;img src=x onerror=alert(1)&gt;] --&gt; B\n</pre>\n',
    );
  });

  it('renders footnotes, rules of any length and GFM tables', () => {
    expect(renderMarkdown('본문[^1]\n\n[^1]: 각주')).toContain('class="footnotes"');
    for (const rule of ['***', '---', '___', '_'.repeat(70)])
      expect(renderMarkdown(`a\n\n${rule}\n\nb`)).toContain('<hr>');
  });

  it('gives headings stable, unique ids when asked', () => {
    const html = renderMarkdown('## 1. 핵심 개념 (Core)\n\n## 1. 핵심 개념 (Core)\n\n## main', { headingIds: true });
    expect(html).toContain('<h2 id="h-1-핵심-개념-core">');
    expect(html).toContain('<h2 id="h-1-핵심-개념-core-2">');
    expect(html).toContain('<h2 id="h-main">');
    expect(renderMarkdown('## 제목')).toBe('<h2>제목</h2>\n');
  });
});

describe('renderMarkdown with a content folder', () => {
  const links = {
    noteId: 'ai/agents/react',
    hasNote: (id: string) => ['ai/agents/tools', 'ai/rag/basic-rag', 'references/guide', '교착-상태'].includes(id),
    assetUrl: (path: string) => (path === 'ai/agents/graph.png' ? '/assets/graph-123.png' : null),
  };
  const render = (source: string) => renderMarkdown(source, { links });

  it.each([
    ['./tools.md', 'ai/agents/tools'],
    ['tools.md#usage', 'ai/agents/tools'],
    ['../rag/basic-rag.md', 'ai/rag/basic-rag'],
    ['/docs/references/guide.md', 'references/guide'],
    ['../../%EA%B5%90%EC%B0%A9-%EC%83%81%ED%83%9C.md', '교착-상태'],
  ])('links %s to the note %s inside the app', (href, id) => {
    const html = render(`[x](${href})`);
    expect(html).toContain(`data-note-link="${id}"`);
    expect(html).toContain(`href="/notes/${id.split('/').map(encodeURIComponent).join('/')}`);
  });

  it.each(['./missing.md', '../../../../outside.md', '/docs/references/guide.pdf'])(
    'shows %s as a dead link, not a link',
    (href) => {
      const html = render(`[없는 문서](${href})`);
      expect(html).toMatch(/<span class="dead-link" data-dead-link="[^"]*">없는 문서<\/span>/);
      expect(html).not.toContain('<a');
    },
  );

  it('points section links written GitHub-style at the ids our headings get', () => {
    expect(render('[개념](#1-핵심-개념)')).toContain('href="#h-1-핵심-개념"');
    expect(render('[사용법](tools.md#usage)')).toContain('href="/notes/ai/agents/tools#h-usage"');
    expect(renderMarkdown('## 1. 핵심 개념', { headingIds: true })).toContain('id="h-1-핵심-개념"');
  });

  it('opens external links in a new tab and refuses unsafe schemes', () => {
    expect(render('[a](https://example.com)')).toContain('target="_blank" rel="noopener noreferrer"');
    expect(render('[a](javascript:alert(1))')).not.toContain('href');
  });

  it('points images at their asset and shows the alt text of missing ones', () => {
    expect(render('![그래프](./graph.png)')).toContain('<img src="/assets/graph-123.png" alt="그래프">');
    expect(render('![없는 그림](./none.png)')).toContain('<span class="missing-image">없는 그림</span>');
  });
});

describe('renderMarkdown for Anki', () => {
  it('leaves math as TeX for MathJax', () => {
    expect(renderMarkdown('$a<b$ 와\n\n$$\nx^2\n$$', { mathAsTex: true })).toBe('<p>\\(a&lt;b\\) 와</p>\n\\[x^2\\]\n');
  });
});

describe('line breaks in table cells', () => {
  it('turns a written <br> into a line break and leaves every other tag as text', () => {
    const html = renderMarkdown(
      '| 구분 | A |\n| --- | --- |\n| 특징 | 첫 줄<br>둘째 줄<BR/>셋째 <b>굵게</b> `<br>` |\n',
    );
    expect(html).toContain('첫 줄<br>\n둘째 줄<br>\n셋째 &lt;b&gt;굵게&lt;/b&gt; <code>&lt;br&gt;</code>');
  });

  it('reads a <br> as a space in a card’s front and a quiz choice', () => {
    const cards = buildNoteCards(
      'n/x',
      parseNote(
        '# 노트\n\n## 상세 설명\n\n| 구분 | A<br>B | C |\n| --- | --- | --- |\n| 특징 | 빠름<br>단순 | 느림 |\n',
      ),
    );
    expect(cards.map((card) => card.question)).toEqual(['A B — 특징?', 'C — 특징?']);
    expect(markdownLine(cards[0]!.answer)).toBe('빠름 단순');
  });
});
