import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createScheduler, DEFAULT_STUDY_SETTINGS, type Grade } from '../../../src/core';
import { db, getStudySettings, rateCard, readCardStates } from '../../../src/db';
import { renderApp } from '../../render-app';

const DAY = 24 * 3600 * 1000;

/** A card studied a while ago, now in review: what a reschedule moves. */
async function seedReviewCard(): Promise<number> {
  const scheduler = createScheduler(DEFAULT_STUDY_SETTINGS.scheduler);
  const start = Date.now() - 10 * DAY;
  const steps: [Grade, number][] = [
    [3, start],
    [3, start + 600_000],
    [3, start + 4 * DAY],
  ];
  for (const [grade, now] of steps) {
    await rateCard(db, scheduler, { cardId: 'c1', noteId: 'n', grade, now, elapsedMs: 0, source: 'study' });
  }
  return (await readCardStates(db, ['c1'])).get('c1')!.due;
}

async function typeInto(label: string, text: string): Promise<HTMLElement> {
  const input = await screen.findByLabelText(label);
  await userEvent.clear(input);
  if (text) await userEvent.type(input, text);
  return input;
}

describe('settings validation', () => {
  it.each([
    ['희망 기억률', '0.99', '0.7부터 0.97 사이의 수를'],
    ['희망 기억률', '0.905', '소수 둘째 자리까지'],
    ['최대 간격 (일)', '0', '1부터 36500 사이의 정수(일)'],
    ['하루 최대 복습 수', '10000', '0부터 9999 사이의 정수'],
    ['하루 시작 시각 (시)', '24', '0부터 23 사이의 정수(시)'],
    ['학습 단계', '1m 10x', '‘10x’은(는) 단계가 아닙니다'],
    ['재학습 단계', '30s', '초는 60의 배수만'],
  ])('%s refuses %j with a message and saves nothing', async (label, text, message) => {
    await renderApp('/settings');
    const input = await typeInto(label, text);
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await getStudySettings(db)).toEqual(DEFAULT_STUDY_SETTINGS);
  });

  it('saves the daily limits and the day start on blur, politely', async () => {
    await renderApp('/settings');
    await typeInto('하루 최대 복습 수', '150');
    await typeInto('하루 시작 시각 (시)', '0');
    await userEvent.tab();
    expect(await screen.findByRole('status', { name: '' })).toHaveTextContent('저장되었습니다.');
    await waitFor(async () =>
      expect(await getStudySettings(db)).toMatchObject({ maxReviewsPerDay: 150, dayStartHour: 0 }),
    );
  });

  it('warns above 0.95 that the workload grows steeply', async () => {
    await renderApp('/settings');
    const input = await typeInto('희망 기억률', '0.96');
    expect(screen.getByText(/복습량이 가파르게 늘어납니다/)).toBeInTheDocument();
    expect(input).toHaveAccessibleDescription(expect.stringContaining('가파르게'));
  });
});

describe('changing a scheduling setting', () => {
  it('reschedules existing cards when asked, and says how many', async () => {
    await renderApp('/settings');
    const dueBefore = await seedReviewCard();
    await typeInto('희망 기억률', '0.8');
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: '일정 설정 바꾸기' });
    expect(dialog).toHaveTextContent('희망 기억률: 0.9 → 0.8');
    await userEvent.click(within(dialog).getByRole('button', { name: '기존 카드도 다시 계산' }));
    expect(await within(dialog).findByText('저장하고 카드 1장의 일정을 다시 계산했습니다.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: '닫기' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await getStudySettings(db)).scheduler.desiredRetention).toBe(0.8);
    expect((await readCardStates(db, ['c1'])).get('c1')!.due).toBeGreaterThan(dueBefore);
    expect(await screen.findByLabelText('희망 기억률')).toHaveValue(0.8);
  });

  it('applies to future reviews only when asked, leaving the cards as they were', async () => {
    await renderApp('/settings');
    await seedReviewCard();
    const before = await db.cardStates.toArray();
    await userEvent.click(await screen.findByLabelText('간격 흩뜨리기 (fuzz)'));
    const dialog = await screen.findByRole('dialog', { name: '일정 설정 바꾸기' });
    expect(dialog).toHaveTextContent('간격 흩뜨리기 (fuzz): 켬 → 끔');
    await userEvent.click(within(dialog).getByRole('button', { name: '앞으로의 복습에만 적용' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await getStudySettings(db)).scheduler.fuzz).toBe(false);
    expect(await db.cardStates.toArray()).toEqual(before);
    expect(screen.getByLabelText('간격 흩뜨리기 (fuzz)')).not.toBeChecked();
  });

  it('changes nothing when cancelled, and the field shows the stored value again', async () => {
    await renderApp('/settings');
    await typeInto('학습 단계', '1m 10m 1d');
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: '일정 설정 바꾸기' });
    expect(dialog).toHaveTextContent('학습 단계: 1m 10m → 1m 10m 1d');
    await userEvent.click(within(dialog).getByRole('button', { name: '취소 (바꾸지 않음)' }));
    await waitFor(() => expect(screen.getByLabelText('학습 단계')).toHaveValue('1m 10m'));
    expect(await getStudySettings(db)).toEqual(DEFAULT_STUDY_SETTINGS);
  });
});
