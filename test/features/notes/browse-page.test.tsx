import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../../src/core';
import { db, rateCard } from '../../../src/db';
import { renderApp } from '../../render-app';

const titles = (): string[] =>
  within(screen.getByRole('region', { name: '노트 목록' }))
    .getAllByRole('listitem')
    .map((item) => within(item).getAllByRole('link')[0]!.textContent ?? '');

describe('browse notes', () => {
  it('filters by difficulty through the URL', async () => {
    const { router } = await renderApp('/notes?difficulty=easy');
    await screen.findByRole('heading', { name: '노트 둘러보기' });
    expect(titles()).toContain('이진 탐색 (Binary Search)');
    expect(titles()).not.toContain('C# 기초와 100% 커버리지');
    await userEvent.click(screen.getByRole('link', { name: '보통' }));
    expect(router.state.location.search).toBe('?difficulty=medium');
    expect(titles()).toEqual(['C# 기초와 100% 커버리지']);
  });

  it('filters by a tag from the tag cloud', async () => {
    await renderApp('/notes');
    await userEvent.click(await screen.findByRole('link', { name: '태그 Search: 노트 1개' }));
    expect(titles()).toEqual(['이진 탐색 (Binary Search)']);
  });

  it('matches a tag in the address whatever its case', async () => {
    await renderApp('/notes?tag=search');
    await screen.findByRole('heading', { name: '노트 둘러보기' });
    expect(titles()).toEqual(['이진 탐색 (Binary Search)']);
  });

  it('filters by a deck from the tree', async () => {
    await renderApp('/notes');
    const tree = await screen.findByRole('navigation', { name: '덱' });
    await userEvent.click(within(tree).getByRole('link', { name: 'algorithms' }));
    expect(titles()).not.toContain('깨진 노트');
    expect(titles()).toContain('이진 탐색 (Binary Search)');
  });

  it('sorts by the number of cards due and shows that number', async () => {
    const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
    await renderApp('/notes?sort=due');
    // Rate the C# note's card Again: it is then due in the learning steps right away.
    const { notes } = await import('virtual:mundap-content');
    const card = notes.find((note) => note.title.startsWith('C#'))!.cards[0]!;
    await rateCard(db, scheduler, {
      cardId: card.id,
      noteId: card.noteId,
      grade: 1,
      now: Date.now() - 5 * 60_000,
      elapsedMs: 0,
      source: 'study',
    });
    expect(await screen.findByText('복습 1장')).toBeInTheDocument();
    expect(titles()[0]).toBe('C# 기초와 100% 커버리지');
  });
});
