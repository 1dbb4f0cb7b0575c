import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db, setCardKinds } from '../../../src/db';
import { renderApp } from '../../render-app';

const BINARY_SEARCH = '이진 탐색 (Binary Search)';

/** The "n cards" line of a note in the notes list. */
async function cardCountOf(title: string): Promise<string> {
  const item = (await screen.findByRole('link', { name: title })).closest('li')!;
  return within(item).getByText(/^카드 \d+장$/).textContent ?? '';
}

describe('choosing kinds of card', () => {
  it('counts a note’s cards by kind, each a link to study that kind', async () => {
    await renderApp('/notes/reader/rich-note');
    const counts = await screen.findByRole('list', { name: '종류별 카드 수' });
    expect(within(counts).getByRole('link', { name: '비교 표 5' })).toHaveAttribute(
      'href',
      '/study?note=reader%2Frich-note&kind=table',
    );
    expect(within(counts).getByRole('link', { name: '면접 질문 2' })).toBeInTheDocument();
  });

  it('lets a deck study fewer kinds than the others, and follow the global choice again', async () => {
    await renderApp('/notes?deck=algorithms');
    const kinds = await screen.findByRole('group', { name: 'algorithms 덱의 카드' });
    expect(screen.getByText('전체 설정을 따릅니다.', { exact: false })).toBeInTheDocument();
    expect(await cardCountOf(BINARY_SEARCH)).toBe('카드 3장');

    await userEvent.click(within(kinds).getByRole('checkbox', { name: /핵심 개념/ }));
    expect(await screen.findByText('이 덱만 따로 정한 설정입니다.', { exact: false })).toBeInTheDocument();
    await screen.findByText('카드 2장');
    expect(await cardCountOf(BINARY_SEARCH)).toBe('카드 2장');

    await userEvent.click(screen.getByRole('button', { name: '따로 정한 설정 지우기' }));
    await screen.findByText('카드 3장');
    expect(await cardCountOf(BINARY_SEARCH)).toBe('카드 3장');

    // The global choice is one link away, and the reader lands on it.
    await userEvent.click(screen.getByRole('link', { name: '전체 설정 바꾸기' }));
    const global = await screen.findByRole('group', { name: '공부할 카드 종류' });
    await waitFor(() => expect(within(global).getByRole('checkbox', { name: /면접 질문/ })).toHaveFocus());
  });

  it('turns a kind off everywhere from the settings, and the note page says it is off', async () => {
    const { router } = await renderApp('/settings');
    const kinds = await screen.findByRole('group', { name: '공부할 카드 종류' });
    await userEvent.click(within(kinds).getByRole('checkbox', { name: /비교 표/ }));
    await screen.findByText('저장되었습니다.');
    await router.navigate('/notes/reader/rich-note');
    const counts = await screen.findByRole('list', { name: '종류별 카드 수' });
    expect(within(counts).queryByRole('link', { name: '비교 표 5' })).not.toBeInTheDocument();
    expect(within(counts).getByText(/비교 표 5/)).toBeInTheDocument();
    expect(within(counts).getByRole('link', { name: '꺼짐' })).toHaveAttribute('href', '/notes?deck=reader');
  });
});

describe('every kind turned off', () => {
  it('says so on the home page and in a study session, with the way back', async () => {
    const { router } = await renderApp('/');
    await screen.findByRole('row', { name: /algorithms/ });
    await setCardKinds(db, { choice: { qa: false, table: false, concept: false, code: false }, now: Date.now() });
    expect(
      await screen.findByText('모든 종류가 꺼져 있어 공부할 카드가 없습니다.', { exact: false }),
    ).toBeInTheDocument();
    await router.navigate('/study?note=algorithms/binary-search');
    expect(await screen.findByText(/이 범위의 카드 3장은 공부하지 않도록 꺼 둔 종류입니다/)).toBeInTheDocument();
    // Chosen on the note's deck page, which says whether the deck follows the global choice.
    expect(screen.getByRole('link', { name: '카드 종류 바꾸기' })).toHaveAttribute('href', '/notes?deck=algorithms');
    await router.navigate('/study?deck=algorithms');
    expect(await screen.findByText(/이 범위의 카드 4장은 공부하지 않도록 꺼 둔 종류입니다/)).toBeInTheDocument();
  });
});
