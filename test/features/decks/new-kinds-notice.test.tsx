import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { QUESTIONS_ONLY } from '../../../src/core';
import { db, readCardKinds } from '../../../src/db';
import { renderApp } from '../../render-app';

describe('the kinds a learner kept from before', () => {
  it('tells an upgraded learner the other kinds exist, and keeps questions only when dismissed', async () => {
    await renderApp('/');
    const row = await screen.findByRole('row', { name: /algorithms/ });
    expect(screen.queryByRole('region', { name: /코드 예시도 카드가 됩니다/ })).not.toBeInTheDocument();
    // What the version-5 upgrade writes for a learner with reviews.
    await db.settings.put({ key: 'cardKinds', value: QUESTIONS_ONLY, updatedAt: 0 });
    const notice = await screen.findByRole('region', { name: /코드 예시도 카드가 됩니다/ });
    expect(within(notice).getByRole('link', { name: '카드 종류 고르기' })).toHaveAttribute(
      'href',
      '/settings#card-kinds',
    );
    // Questions only: binary search's concept card is not counted.
    await waitFor(() => expect(within(row).getByText('3')).toHaveClass('count', 'new'));

    await userEvent.click(within(notice).getByRole('button', { name: '면접 질문만 계속하기' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: /코드 예시도 카드가 됩니다/ })).not.toBeInTheDocument(),
    );
    expect((await readCardKinds(db)).kinds).toEqual(QUESTIONS_ONLY);
  });
});
