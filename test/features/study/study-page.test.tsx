import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cardIdsOfScope, createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../../src/core';
import { allNotes, findCard } from '../../../src/data/notes';
import { db, rateCard } from '../../../src/db';
import { renderApp } from '../../render-app';

const NOTE = '/study?note=algorithms/binary-search';

describe('study page', () => {
  it('shows a question, reveals the answer with Space and offers four grades with their intervals', async () => {
    await renderApp(NOTE);
    expect(await screen.findByText('이진 탐색의 시간 복잡도는 무엇인가요?')).toBeInTheDocument();
    expect(screen.queryByText(/O\(log n\)/)).not.toBeInTheDocument();
    await userEvent.keyboard(' ');
    expect(await screen.findByText(/O\(log n\)/)).toBeInTheDocument();
    const grades = screen.getByRole('group', { name: '얼마나 잘 기억했나요?' });
    // Each button is named by its visible label and interval, in reading order.
    const [again, hard, good, easy] = within(grades).getAllByRole('button');
    expect(again).toHaveAccessibleName('다시, 다음 복습까지 1분');
    expect(hard).toHaveAccessibleName('어려움, 다음 복습까지 6분');
    expect(good).toHaveAccessibleName('좋음, 다음 복습까지 10분');
    expect(easy).toHaveAccessibleName(/^쉬움, 다음 복습까지 \d+일$/);
  });

  it('rates with number keys, logs the review, and moves on to the next card', async () => {
    await renderApp(NOTE);
    await screen.findByText('이진 탐색의 시간 복잡도는 무엇인가요?');
    await userEvent.keyboard(' ');
    await userEvent.keyboard('4');
    expect(await screen.findByText('이진 탐색을 쓰기 위한 전제 조건은 무엇인가요?')).toBeInTheDocument();
    await waitFor(async () => expect(await db.reviews.count()).toBe(1));
    expect((await db.reviews.toArray())[0]).toMatchObject({ grade: 4, before: null, source: 'study' });
  });

  it('ignores Enter while a Korean IME is composing', async () => {
    await renderApp(NOTE);
    await screen.findByText('이진 탐색의 시간 복잡도는 무엇인가요?');
    fireEvent.keyDown(window, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(window, { key: 'Process' });
    expect(screen.queryByText(/O\(log n\)/)).not.toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'Enter' });
    expect(await screen.findByText(/O\(log n\)/)).toBeInTheDocument();
  });

  it('reveals on a held Space without also rating the card', async () => {
    await renderApp(NOTE);
    await screen.findByText('이진 탐색의 시간 복잡도는 무엇인가요?');
    fireEvent.keyDown(window, { key: ' ' });
    fireEvent.keyDown(window, { key: ' ', repeat: true });
    fireEvent.keyDown(window, { key: ' ', repeat: true });
    expect(await screen.findByText(/O\(log n\)/)).toBeInTheDocument();
    expect(screen.getByText('이진 탐색의 시간 복잡도는 무엇인가요?')).toBeInTheDocument();
    expect(await db.reviews.count()).toBe(0);
  });

  it('hides the answer again when another tab rates the card on screen', async () => {
    await renderApp(NOTE);
    await screen.findByText('이진 탐색의 시간 복잡도는 무엇인가요?');
    await userEvent.keyboard(' ');
    await screen.findByText(/O\(log n\)/);
    // The other tab's rating, straight into the database this page reads live.
    const card = findCard(cardIdsOfScope(allNotes(), { kind: 'note', noteId: 'algorithms/binary-search' })[0] ?? '');
    await rateCard(db, createScheduler(DEFAULT_SCHEDULER_SETTINGS), {
      cardId: card!.id,
      noteId: card!.noteId,
      grade: 4,
      now: Date.now(),
      elapsedMs: 1000,
      source: 'study',
    });
    expect(await screen.findByText('이진 탐색을 쓰기 위한 전제 조건은 무엇인가요?')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: '얼마나 잘 기억했나요?' })).not.toBeInTheDocument();
    await userEvent.keyboard('3');
    expect(await db.reviews.count()).toBe(1);
  });

  it('does not rate before the answer is shown', async () => {
    await renderApp(NOTE);
    await screen.findByText('이진 탐색의 시간 복잡도는 무엇인가요?');
    await userEvent.keyboard('3');
    expect(await db.reviews.count()).toBe(0);
  });

  it('finishes with a completion screen that says when the next review is', async () => {
    // The note's questions only: its concept card stays for another session.
    await renderApp(`${NOTE}&kind=qa`);
    for (const question of ['이진 탐색의 시간 복잡도는 무엇인가요?', '이진 탐색을 쓰기 위한 전제 조건은 무엇인가요?']) {
      await screen.findByText(question);
      await userEvent.click(screen.getByRole('button', { name: /정답 보기/ }));
      await userEvent.click(screen.getByRole('button', { name: /^쉬움/ }));
    }
    expect(await screen.findByRole('heading', { name: '지금 공부할 카드를 모두 마쳤습니다' })).toBeInTheDocument();
    expect(screen.getByText('이번 세션에서 카드 2장을 공부했습니다.')).toBeInTheDocument();
    expect(await screen.findByText(/다음 복습은 \d+일 후/)).toBeInTheDocument();
  });

  it('says so when the note in the address does not exist', async () => {
    await renderApp('/study?note=nope/missing');
    expect(await screen.findByText('노트를 찾을 수 없습니다: nope/missing')).toBeInTheDocument();
  });

  it('explains that progress cannot be saved when IndexedDB is unavailable, instead of a blank screen', async () => {
    await renderApp(NOTE, { storageError: 'InvalidStateError: private mode' });
    expect(await screen.findByText(/학습 기록을 저장할 수 없습니다/)).toBeInTheDocument();
    expect(screen.getByText(/진행 상황을 저장할 수 없어 공부를 시작할 수 없습니다/)).toBeInTheDocument();
  });

  it('speaks English when the learner chose it', async () => {
    await renderApp(NOTE, { language: 'en' });
    expect(await screen.findByRole('button', { name: /Show answer/ })).toBeInTheDocument();
    await userEvent.keyboard(' ');
    expect(await screen.findByRole('button', { name: 'Again, next review in 1m' })).toBeInTheDocument();
  });
});
