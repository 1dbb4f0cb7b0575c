import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/core/index';

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

  it('renders tables, code and bold', () => {
    expect(renderMarkdown('| a | b |\n| - | - |\n| 1 | 2 |')).toContain('<table>');
    expect(renderMarkdown('```py\nx = 1\n```')).toContain('<pre><code class="language-py">x = 1\n</code></pre>');
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
