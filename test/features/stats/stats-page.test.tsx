import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { notes } from 'virtual:mundap-content';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS, startOfStudyDay, type Grade } from '../../../src/core';
import { db, rateCard } from '../../../src/db';
import { renderApp } from '../../render-app';

const DAY = 86_400_000;
const MINUTE = 60_000;
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
const cards = notes.flatMap((note) => note.cards);
const [searchFirst, searchSecond] = notes.find((note) => note.id === 'algorithms/binary-search')!.cards;
const csharp = notes.find((note) => note.title.startsWith('C#'))!.cards[0]!;

async function rate(card: { id: string; noteId: string }, grade: Grade, at: number) {
  await rateCard(db, scheduler, {
    cardId: card.id,
    noteId: card.noteId,
    grade,
    now: at,
    elapsedMs: 0,
    source: 'study',
  });
}

/** `minutes` ago, but never before today's study day began (the test may run just after it). */
function earlierToday(minutes: number): number {
  const now = Date.now();
  return Math.max(now - minutes * MINUTE, startOfStudyDay(now) + 10 - minutes);
}

/** Three ratings today: a review passed, a review failed, a new card failed; two of them weeks ago first. */
async function writeHistory() {
  await rate(searchFirst!, 4, Date.now() - 35 * DAY);
  await rate(csharp, 4, Date.now() - 45 * DAY);
  await rate(searchFirst!, 3, earlierToday(3));
  await rate(csharp, 1, earlierToday(2));
  await rate(searchSecond!, 1, earlierToday(1));
}

const rowOf = (table: HTMLElement, header: string) =>
  within(table)
    .getAllByRole('row')
    .find((row) => within(row).queryByRole('rowheader', { name: header }))!;
const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('statistics page', () => {
  it('says there are no reviews yet, counts every card as new and offers to study', async () => {
    await renderApp('/stats');
    expect(await screen.findByRole('heading', { name: '아직 복습 기록이 없습니다' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '공부 시작하기' })).toHaveAttribute('href', '/study');
    const counts = screen.getByRole('table', { name: '카드 상태' });
    expect(cellsOf(rowOf(counts, '새 카드'))).toEqual([String(cards.length), '100%']);
    expect(screen.queryByRole('heading', { name: '실제 기억 유지율' })).not.toBeInTheDocument();
  });

  it('shows the reviews a learner made: card counts, calendar, reviews by kind, forecast and true retention', async () => {
    await renderApp('/stats');
    await screen.findByRole('heading', { name: '아직 복습 기록이 없습니다' });
    await writeHistory();
    // The page follows the log: the new ratings replace the empty state.
    const retention = await screen.findByRole('table', { name: '실제 기억 유지율' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`카드 ${cards.length}장 · 복습 5회`));

    const today = rowOf(retention, '오늘');
    expect(cellsOf(today)).toEqual(['50%통과 1 실패 1', '—기록 없음', '50%통과 1 실패 1']);
    expect(cellsOf(rowOf(retention, '어제'))).toEqual(['—기록 없음', '—기록 없음', '—기록 없음']);

    const counts = screen.getByRole('table', { name: '카드 상태' });
    expect(cellsOf(rowOf(counts, '새 카드'))[0]).toBe(String(cards.length - 3));
    expect(cellsOf(rowOf(counts, '학습 중'))[0]).toBe('2');

    const byDay = screen.getByRole('table', { name: '일별 복습' });
    const todayRow = within(byDay).getAllByRole('row')[1]!;
    // 학습, 복습, 재학습, 모의 면접, 합계
    expect(cellsOf(todayRow)).toEqual(['1', '2', '0', '0', '3']);
    expect(
      screen.getByText('30일 중 1일 공부, 복습 3회. 하루 평균: 공부한 날 3회, 기간 전체 0.1회.'),
    ).toBeInTheDocument();

    const calendar = screen.getByRole('table', { name: '복습 달력' });
    expect(within(calendar).getAllByRole('row')).toHaveLength(4);
    expect(cellsOf(within(calendar).getAllByRole('row')[1]!)).toEqual(['3']);

    const forecast = screen.getByRole('table', { name: '복습 예측' });
    expect(cellsOf(rowOf(forecast, '오늘'))).toEqual(['2']);

    const decks = screen.getByRole('table', { name: '덱별' });
    // Four cards (three questions and the concept of binary search), three of them reviewed.
    expect(cellsOf(rowOf(decks, 'algorithms')).slice(0, 2)).toEqual(['4', '3']);
  });

  it('narrows everything to a tag chosen in the scope menu', async () => {
    await renderApp('/stats');
    await screen.findByRole('heading', { name: '아직 복습 기록이 없습니다' });
    await writeHistory();
    await screen.findByRole('table', { name: '실제 기억 유지율' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '범위' }), 'C#');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('카드 1장 · 복습 2회'));
    const retention = screen.getByRole('table', { name: '실제 기억 유지율' });
    expect(cellsOf(rowOf(retention, '오늘'))[0]).toBe('0%통과 0 실패 1');
  });

  it('speaks English when the learner chose it', async () => {
    await renderApp('/stats', { language: 'en' });
    expect(await screen.findByRole('heading', { name: 'No reviews yet' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Card counts' })).toBeInTheDocument();
  });
});
