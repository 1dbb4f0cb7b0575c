import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db, getStudySettings } from '../../../src/db';
import { renderApp } from '../../render-app';

describe('settings', () => {
  it('saves a valid number of new cards per day', async () => {
    await renderApp('/settings');
    const input = await screen.findByLabelText('하루 새 카드 수');
    await userEvent.clear(input);
    await userEvent.type(input, '7');
    await userEvent.tab();
    expect(await screen.findByText('저장되었습니다.')).toBeInTheDocument();
    expect((await getStudySettings(db)).newCardsPerDay).toBe(7);
  });

  it.each(['', '-5', '2.5', '99999', '1e2'])('refuses %j with a message and keeps the stored value', async (raw) => {
    await renderApp('/settings');
    const input = await screen.findByLabelText('하루 새 카드 수');
    await userEvent.clear(input);
    if (raw) await userEvent.type(input, raw);
    await userEvent.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent('0부터 9999 사이의 정수를 입력하세요');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await waitFor(async () => expect((await getStudySettings(db)).newCardsPerDay).toBe(20));
  });

  it('switches the interface to English and remembers it', async () => {
    await renderApp('/settings');
    await userEvent.selectOptions(await screen.findByLabelText('언어'), 'en');
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('mundap-ui')).toContain('"language":"en"');
  });
});
