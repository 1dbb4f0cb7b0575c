import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../render-app';

describe('note page', () => {
  it('shows the note, its metadata and its questions with their card state', async () => {
    await renderApp('/notes/algorithms/binary-search');
    expect(await screen.findByRole('heading', { level: 1, name: '이진 탐색 (Binary Search)' })).toBeInTheDocument();
    expect(screen.getByText('Algorithms')).toBeInTheDocument();
    const interview = await screen.findByRole('region', { name: '4. 예상 면접 질문 (Potential Interview Questions)' });
    expect(within(interview).getAllByRole('listitem')).toHaveLength(2);
    expect(within(interview).getAllByText('새 카드')).toHaveLength(2);
    expect(screen.getByRole('link', { name: '이 노트 공부하기' })).toHaveAttribute(
      'href',
      '/study?note=algorithms%2Fbinary-search',
    );
    expect(await screen.findByText(/탐색 범위를 절반씩 줄여/)).toBeInTheDocument();
  });

  it('shows the warnings of a malformed note on its page', async () => {
    await renderApp('/notes/broken');
    const warnings = await screen.findByRole('region', { name: '이 노트의 경고' });
    expect(within(warnings).getByText('면접 질문 섹션이 없습니다')).toBeInTheDocument();
  });

  it('says when a note does not exist', async () => {
    await renderApp('/notes/no/such/note');
    expect(await screen.findByRole('heading', { name: '노트를 찾을 수 없습니다: no/such/note' })).toBeInTheDocument();
  });
});

describe('note addresses', () => {
  it.each(['__proto__', 'constructor', 'toString'])('treat /notes/%s as a missing note, not a crash', async (name) => {
    await renderApp(`/notes/${name}`);
    expect(await screen.findByRole('heading', { name: `노트를 찾을 수 없습니다: ${name}` })).toBeInTheDocument();
  });

  it('open a note whose file name holds # and %', async () => {
    const { router } = await renderApp('/');
    const link = await screen.findByRole('link', { name: 'C# 기초와 100% 커버리지' });
    expect(link).toHaveAttribute('href', '/notes/algorithms/c%23-and-100%25');
    await router.navigate(link.getAttribute('href')!);
    expect(await screen.findByRole('heading', { level: 1, name: 'C# 기초와 100% 커버리지' })).toBeInTheDocument();
  });
});

describe('arriving at a note', () => {
  it('scrolls to the section named in the address once the body has loaded', async () => {
    const scrolled: string[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.id);
    };
    try {
      await renderApp('/notes/reader/rich-note#h-2-2-코드');
      await waitFor(() => expect(scrolled).toContain('h-2-2-코드'));
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  it('names the browser tab after the note', async () => {
    await renderApp('/notes/reader/rich-note');
    await waitFor(() => expect(document.title).toBe('렌더링 점검 노트 · 문답'));
  });
});
