import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { assessAnswer, DEFAULT_INTERVIEW_SETTINGS, type GradedAnswer } from '../../../src/core';
import { db } from '../../../src/db';
import { renderApp } from '../../render-app';
import { cardWith, importNote, MANAGED_BY_COMPARISON, noteCard, PIPELINES, PIPELINES_PATH } from './interview-helpers';

const premise = cardWith('전제 조건');
const complexity = cardWith('시간 복잡도');
const DAY = 86_400_000;

const graded = (
  card: typeof premise,
  answer: string,
  grade: 1 | 2 | 3 | 4,
  keyPoints: readonly string[] = card.keywords,
): GradedAnswer => ({
  cardId: card.id,
  answer,
  timeUsedMs: 75_000,
  assessment: assessAnswer(answer, keyPoints),
  timedOut: false,
  submittedAt: 0,
  grade,
  reviewId: 1,
});

async function saveDone(results: GradedAnswer[], finishedAt: number): Promise<number> {
  return (await db.interviewSessions.add({
    uid: `report-${finishedAt}`,
    settings: { ...DEFAULT_INTERVIEW_SETTINGS, source: { kind: 'deck', deck: 'algorithms' } },
    cardIds: results.map((r) => r.cardId),
    results,
    pending: null,
    status: 'done',
    startedAt: finishedAt - 300_000,
    questionStartedAt: finishedAt,
    finishedAt,
  })) as number;
}

describe('interview report and history', () => {
  it('reports coverage, time and missed key points per question, the weakest tags and decks, and what to retry', async () => {
    const { router } = await renderApp('/');
    const id = await saveDone(
      [graded(premise, '정렬되어 있어야 합니다', 2), graded(complexity, 'O(log n)', 4)],
      Date.now(),
    );
    await act(() => router.navigate(`/interview/report/${id}`));
    expect(await screen.findByRole('heading', { name: '면접 결과' }, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByText('전체 커버리지').nextElementSibling).toHaveTextContent('75%');
    const rows = within(screen.getByRole('region', { name: '질문별 결과' })).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('1:15');
    expect(rows[0]).toHaveTextContent('50%');
    expect(rows[0]).toHaveTextContent('놓친 핵심 포인트임의 접근');
    expect(screen.getByText('Algorithms — 75% (질문 2개)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '놓친 질문을 플래시카드로 공부' })).toHaveAttribute(
      'href',
      `/study?cards=${premise.id}`,
    );
    await userEvent.click(screen.getByRole('button', { name: '놓친 질문 다시 풀기' }));
    expect(await screen.findByText('질문 1 / 1', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByText('이진 탐색을 쓰기 위한 전제 조건은 무엇인가요?')).toBeInTheDocument();
  });

  it('shows a table cell’s result as the session asked it: the comparison, not the card’s front', async () => {
    const { router } = await renderApp('/');
    const note = await importNote(PIPELINES_PATH, PIPELINES);
    const kubeflow = noteCard(note, 'Kubeflow Pipelines — 관리 주체?');
    const id = await saveDone(
      [graded(kubeflow, '사용자가 직접 운영합니다', 2, ['사용자 직접 운영', 'Amazon Web Services'])],
      Date.now(),
    );
    await act(() => router.navigate(`/interview/report/${id}`));
    const [row] = within(await screen.findByRole('region', { name: '질문별 결과' })).getAllByRole('listitem');
    expect(row?.querySelector('.report-question-text')).toHaveTextContent(MANAGED_BY_COMPARISON);
    expect(row).not.toHaveTextContent('Kubeflow Pipelines — 관리 주체?');
    expect(row).toHaveTextContent('놓친 핵심 포인트Amazon Web Services');
  });

  it('studies the missed questions as flashcards, only those', async () => {
    await renderApp(`/study?cards=${premise.id}`);
    expect(await screen.findByText('이진 탐색을 쓰기 위한 전제 조건은 무엇인가요?')).toBeInTheDocument();
    await userEvent.keyboard(' ');
    // Easy, so the card leaves today's queue and the scope is seen to hold it alone.
    await userEvent.keyboard('4');
    expect(await screen.findByRole('heading', { name: '지금 공부할 카드를 모두 마쳤습니다' })).toBeInTheDocument();
  });

  it('lists past sessions with a coverage trend and a table of it, each opening its report', async () => {
    const { router } = await renderApp('/');
    await saveDone([graded(premise, '모름', 1)], Date.now() - 2 * DAY);
    const latest = await saveDone([graded(premise, '정렬되어 있어야 하고 임의 접근', 4)], Date.now());
    await act(() => router.navigate('/interview/history'));
    expect(
      await screen.findByText('끝낸 면접 2회의 커버리지: 처음 0%, 마지막 100%', {}, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(document.querySelector('svg.trend-chart polyline')).toBeInTheDocument();
    const table = screen.getByRole('table', { hidden: true });
    expect(within(table).getAllByRole('row', { hidden: true })).toHaveLength(3);
    const links = screen.getAllByRole('link', { name: /\d{4}/ });
    expect(links[0]).toHaveAttribute('href', `/interview/report/${latest}`);
  });
});
