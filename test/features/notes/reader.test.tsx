import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../render-app';

// jsdom cannot lay out SVG, so mermaid itself is exercised in the e2e suite;
// here it draws "graph" sources and fails on anything else.
const mermaid = vi.hoisted(() => ({
  initialize: vi.fn(),
  render: vi.fn(async (id: string, source: string) => {
    if (!source.startsWith('graph')) throw new Error('Parse error');
    return { svg: `<svg id="${id}" data-testid="diagram"></svg>` };
  }),
}));
vi.mock('mermaid', () => ({ default: mermaid }));

const RICH = '/notes/reader/rich-note';

async function openRichNote() {
  const rendered = await renderApp(RICH);
  await screen.findByRole('region', { name: /예상 면접 질문/ });
  return rendered;
}

afterEach(() => {
  vi.clearAllMocks();
});

describe('reading a note', () => {
  it('renders tables inside the scrolling text box', async () => {
    await openRichNote();
    const header = screen.getByRole('columnheader', { name: '다섯째 열' });
    expect(header.closest('table')?.closest('.markdown')).not.toBeNull();
  });

  it('highlights code', async () => {
    const { container } = await openRichNote();
    expect(container.querySelector('code.language-python .hljs-keyword')).toHaveTextContent('def');
    expect(container.querySelector('code.language-sql .hljs-keyword')).toHaveTextContent('SELECT');
  });

  it('renders inline and block math', async () => {
    const { container } = await openRichNote();
    expect(container.querySelectorAll('.katex').length).toBeGreaterThanOrEqual(3);
    expect(container.querySelector('.katex-display')).not.toBeNull();
    expect(container.querySelector('.katex-error')).toBeNull();
  });

  it('draws mermaid diagrams in strict mode and keeps the source of one that fails', async () => {
    const { container } = await openRichNote();
    await screen.findByTestId('diagram');
    expect(mermaid.initialize).toHaveBeenCalledWith(expect.objectContaining({ securityLevel: 'strict' }));
    const [drawn, failed] = container.querySelectorAll<HTMLElement>('pre.mermaid-source');
    expect(drawn?.hidden).toBe(true);
    expect(failed?.hidden).toBe(false);
    expect(failed).toHaveTextContent('this is not a diagram at all');
    expect(screen.getByText('다이어그램을 그리지 못해 원본을 표시합니다.')).toBeInTheDocument();
  });

  it('shows every diagram source when mermaid cannot be loaded', async () => {
    mermaid.initialize.mockImplementationOnce(() => {
      throw new Error('chunk failed to load');
    });
    const { container } = await openRichNote();
    await waitFor(() => expect(screen.getAllByText('다이어그램을 그리지 못해 원본을 표시합니다.')).toHaveLength(2));
    expect(container.querySelector('.mermaid-diagram')).toBeNull();
    for (const source of container.querySelectorAll<HTMLElement>('pre.mermaid-source'))
      expect(source.hidden).toBe(false);
  });

  it('opens a linked note inside the app, by relative, /docs-rooted and encoded paths', async () => {
    const { router } = await openRichNote();
    expect(screen.getByRole('link', { name: '이진 탐색 다시' })).toHaveAttribute(
      'href',
      '/notes/algorithms/binary-search#h-section',
    );
    expect(screen.getByRole('link', { name: 'C# 노트' })).toHaveAttribute('href', '/notes/algorithms/c%23-and-100%25');
    await userEvent.click(screen.getByRole('link', { name: '이진 탐색' }));
    expect(await screen.findByRole('heading', { level: 1, name: '이진 탐색 (Binary Search)' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/notes/algorithms/binary-search');
  });

  it('shows dead internal links as such, and opens external links in a new tab', async () => {
    await openRichNote();
    const dead = screen.getByText('사라진 노트');
    expect(dead.tagName).toBe('SPAN');
    // The title is set in an effect once the HTML is in.
    await waitFor(() => expect(dead).toHaveAttribute('title', '이 콘텐츠에 없는 문서입니다: reader/missing-note.md'));
    expect(screen.queryByRole('link', { name: '참고 PDF' })).not.toBeInTheDocument();
    const external = screen.getByRole('link', { name: '예시 사이트' });
    expect(external).toHaveAttribute('target', '_blank');
    expect(external).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows images beside the note and the alt text of missing ones', async () => {
    await openRichNote();
    expect(screen.getByRole('img', { name: '구조 그림' }).getAttribute('src')).toMatch(/diagram.*\.svg/);
    expect(screen.getByText('없는 그림')).toHaveClass('missing-image');
  });

  it('renders footnotes and rules', async () => {
    const { container } = await openRichNote();
    expect(container.querySelector('.footnotes')).toHaveTextContent('각주 내용입니다.');
    expect(container.querySelector('.note-body hr')).not.toBeNull();
  });

  it('lists the headings as a table of contents that links to them', async () => {
    const { container } = await openRichNote();
    const toc = screen.getByRole('navigation', { name: '목차' });
    const link = within(toc).getByRole('link', { name: '2.1 비교 표' });
    const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
    expect(container.querySelector(`[id="${id}"]`)).toHaveTextContent('2.1 비교 표');
    expect(within(toc).queryByText('렌더링 점검 노트')).not.toBeInTheDocument();
  });

  it('folds each interview answer until the question is opened, with the card state beside it', async () => {
    await openRichNote();
    const interview = screen.getByRole('region', { name: /예상 면접 질문/ });
    expect(within(interview).getAllByText('새 카드')).toHaveLength(2);
    const answer = within(interview).getByText(/펼치면 보입니다/);
    expect(answer).not.toBeVisible();
    await userEvent.click(within(interview).getByText('렌더링 점검 노트의 첫 질문은 무엇인가요?'));
    expect(answer).toBeVisible();
    expect(
      within(interview).getByText('노트에 답이 없는 자기 점검 질문입니다. 스스로 답해 보세요.'),
    ).toBeInTheDocument();
  });
});

describe('reading an unsafe note', () => {
  it('shows raw HTML, unsafe links and markup in titles, tags, headings and questions as text only', async () => {
    const { container } = await renderApp('/notes/reader/unsafe-note');
    expect(
      await screen.findByRole('heading', { level: 1, name: '<script>alert("title")</script>위험한 노트' }),
    ).toBeInTheDocument();
    await screen.findByRole('region', { name: /예상 면접 질문/ });
    expect(screen.getByText('<img src=x onerror=alert(1)>', { selector: '.chip' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: '1. 핵심 개념 <img src=x onerror=alert(1)>' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/<img src=x onerror=alert\(1\)> 질문은 안전한가요\?/)).toBeInTheDocument();
    expect(container.querySelector('script, iframe, img, [onerror]')).toBeNull();
    expect(container.querySelector('[href^="javascript" i], [href^="data" i], [src^="javascript" i]')).toBeNull();
  });
});
