import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cardIdsOfScope } from '../../../src/core';
import { allNotes } from '../../../src/data/notes';
import { db, readCardStates, reviewsOfCard } from '../../../src/db';
import { renderApp } from '../../render-app';

const NOTE = 'algorithms/binary-search';
const QUESTION = '이진 탐색의 시간 복잡도는 무엇인가요?';
const [firstId = ''] = cardIdsOfScope(allNotes(), { kind: 'note', noteId: NOTE });

async function questionItem(): Promise<HTMLElement> {
  const section = await screen.findByRole('region', { name: '4. 예상 면접 질문 (Potential Interview Questions)' });
  return within(section).getAllByRole('listitem')[0]!;
}

describe('card actions on the note page', () => {
  it('suspends a question from its menu, shows it, and unsuspends it', async () => {
    await renderApp(`/notes/${NOTE}`);
    const item = await questionItem();
    await userEvent.click(within(item).getByRole('button', { name: `카드 작업: ${QUESTION}` }));
    await userEvent.click(within(item).getByRole('button', { name: '보류' }));
    expect(await within(item).findByText('보류됨')).toBeInTheDocument();
    expect((await readCardStates(db, [firstId])).get(firstId)).toMatchObject({ suspended: true });
    expect(screen.getAllByRole('status').some((region) => region.textContent?.includes('카드를 보류했습니다'))).toBe(
      true,
    );

    await userEvent.click(within(item).getByRole('button', { name: `보류 해제: ${QUESTION}` }));
    await waitFor(() => expect(within(item).queryByText('보류됨')).not.toBeInTheDocument());
    expect((await readCardStates(db, [firstId])).get(firstId)).toMatchObject({ suspended: false });
    expect((await reviewsOfCard(db, firstId)).map((row) => row.kind)).toEqual(['suspend', 'unsuspend']);
  });

  it('flags a question and asks before resetting it to new', async () => {
    await renderApp(`/notes/${NOTE}`);
    const item = await questionItem();
    const menu = within(item).getByRole('button', { name: `카드 작업: ${QUESTION}` });
    await userEvent.click(menu);
    await userEvent.click(within(item).getByRole('button', { name: '초록' }));
    expect(await within(item).findByText('플래그: 초록')).toBeInTheDocument();

    await userEvent.click(menu);
    await userEvent.click(within(item).getByRole('button', { name: '새 카드로 초기화…' }));
    const dialog = await screen.findByRole('dialog', { name: '새 카드로 초기화할까요?' });
    await userEvent.click(within(dialog).getByRole('button', { name: '취소' }));
    expect((await reviewsOfCard(db, firstId)).map((row) => row.kind)).toEqual(['flag']);

    await userEvent.click(menu);
    await userEvent.click(within(item).getByRole('button', { name: '새 카드로 초기화…' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '초기화' }));
    await waitFor(async () =>
      expect((await reviewsOfCard(db, firstId)).map((row) => row.kind)).toEqual(['flag', 'reset']),
    );
    expect(within(item).getByText('새 카드')).toBeInTheDocument();
  });
});
