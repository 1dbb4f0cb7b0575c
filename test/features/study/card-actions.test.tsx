import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createScheduler, DEFAULT_STUDY_SETTINGS, type Grade } from '../../../src/core';
import { cardIdsOfScope } from '../../../src/core';
import { allNotes } from '../../../src/data/notes';
import { db, rateCard, readCardStates, replayCardState } from '../../../src/db';
import { renderApp } from '../../render-app';

const NOTE = 'algorithms/binary-search';
const FIRST = '이진 탐색의 시간 복잡도는 무엇인가요?';
const SECOND = '이진 탐색을 쓰기 위한 전제 조건은 무엇인가요?';
const [firstId = ''] = cardIdsOfScope(allNotes(), { kind: 'note', noteId: NOTE });
const scheduler = createScheduler(DEFAULT_STUDY_SETTINGS.scheduler);

async function rate(grade: Grade, now: number) {
  return rateCard(db, scheduler, { cardId: firstId, noteId: NOTE, grade, now, elapsedMs: 0, source: 'study' });
}

describe('card actions in study', () => {
  it('`-` buries the card until tomorrow and shows the next; Ctrl+Z brings it back', async () => {
    await renderApp(`/study?note=${NOTE}`);
    await screen.findByText(FIRST);
    await userEvent.keyboard('-');
    expect(await screen.findByText(SECOND)).toBeInTheDocument();
    expect(screen.queryByText(FIRST)).not.toBeInTheDocument();
    const buried = (await readCardStates(db, [firstId])).get(firstId);
    expect(buried?.buriedUntil).toBeGreaterThan(Date.now());
    expect(buried!.buriedUntil! - Date.now()).toBeLessThanOrEqual(25 * 3600 * 1000);
    expect(screen.getByRole('status')).toHaveTextContent('카드를 내일로 미뤘습니다.');

    await userEvent.keyboard('{Control>}z{/Control}');
    expect(await screen.findByText(FIRST)).toBeInTheDocument();
    expect(await db.reviews.count()).toBe(0);
    expect(await readCardStates(db, [firstId])).toEqual(new Map());
  });

  it('`@` suspends the card, and the next one shows', async () => {
    await renderApp(`/study?note=${NOTE}`);
    await screen.findByText(FIRST);
    fireEvent.keyDown(window, { key: '@', shiftKey: true });
    expect(await screen.findByText(SECOND)).toBeInTheDocument();
    expect((await readCardStates(db, [firstId])).get(firstId)).toMatchObject({ suspended: true });
  });

  it('does not bury or suspend while a Korean IME is composing', async () => {
    await renderApp(`/study?note=${NOTE}`);
    await screen.findByText(FIRST);
    fireEvent.keyDown(window, { key: '-', isComposing: true });
    fireEvent.keyDown(window, { key: 'Process' });
    expect(await db.reviews.count()).toBe(0);
    expect(screen.getByText(FIRST)).toBeInTheDocument();
  });

  it('Ctrl+1 flags the card red and keeps it on screen; Ctrl+1 again clears the flag', async () => {
    await renderApp(`/study?note=${NOTE}`);
    await screen.findByText(FIRST);
    await userEvent.keyboard('{Control>}1{/Control}');
    expect(await screen.findByText('플래그: 빨강')).toBeInTheDocument();
    expect(screen.getByText(FIRST)).toBeInTheDocument();
    expect((await readCardStates(db, [firstId])).get(firstId)).toMatchObject({ flag: 1 });
    await userEvent.keyboard('{Control>}1{/Control}');
    await waitFor(() => expect(screen.queryByText('플래그: 빨강')).not.toBeInTheDocument());
    expect((await readCardStates(db, [firstId])).get(firstId)).toMatchObject({ flag: 0 });
  });

  it('the actions button offers the same actions to a mouse or a thumb', async () => {
    await renderApp(`/study?note=${NOTE}`);
    await screen.findByText(FIRST);
    const toggle = screen.getByRole('button', { name: '카드 작업' });
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(screen.getByRole('button', { name: '보류' }));
    expect(await screen.findByText(SECOND)).toBeInTheDocument();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect((await readCardStates(db, [firstId])).get(firstId)).toMatchObject({ suspended: true });
  });

  it('`i` opens the card info with every log entry', async () => {
    await renderApp(`/study?note=${NOTE}`);
    await screen.findByText(FIRST);
    // Rated Good 20 minutes ago: a learning card due again now, shown first.
    await rate(3, Date.now() - 20 * 60_000);
    await userEvent.keyboard('{Control>}2{/Control}');
    await screen.findByText('플래그: 주황');
    await userEvent.keyboard('i');
    const dialog = await screen.findByRole('dialog', { name: '카드 정보' });
    expect(await within(dialog).findByText(firstId)).toBeInTheDocument();
    expect(within(dialog).getByText('이진 탐색 (Binary Search)')).toBeInTheDocument();
    const rows = within(within(dialog).getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('플래그: 주황');
    expect(rows[2]).toHaveTextContent('평가: 좋음');
    expect(rows[2]).toHaveTextContent('공부');
    expect(within(dialog).getByText('학습 중')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: /닫기/ }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('announces a leech when the 8th lapse suspends the card', async () => {
    await renderApp(`/study?note=${NOTE}`);
    await screen.findByText(FIRST);
    // Learned, then forgotten and relearned seven times, each review on its due date.
    let at = Date.now() - 300 * 24 * 3600 * 1000;
    const history: Grade[] = [3, 3, ...Array.from({ length: 7 }, (): Grade[] => [1, 3]).flat()];
    for (const grade of history) at = (await rate(grade, at)).after.due;
    const seeded = (await readCardStates(db, [firstId])).get(firstId)!;
    expect(seeded).toMatchObject({ phase: 'review', lapses: 7, leech: false });
    expect(seeded.due).toBeLessThan(Date.now());
    expect(await replayCardState(db, firstId, scheduler)).toEqual(seeded);

    await userEvent.keyboard(' ');
    await screen.findByRole('group', { name: '얼마나 잘 기억했나요?' });
    await userEvent.keyboard('1');
    const notice = '이 카드는 8번 잊어버려 리치(leech)로 표시되고 보류되었습니다.';
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(notice));
    expect(await screen.findByText(SECOND)).toBeInTheDocument();
    expect((await readCardStates(db, [firstId])).get(firstId)).toMatchObject({
      leech: true,
      suspended: true,
      lapses: 8,
    });
  });
});
