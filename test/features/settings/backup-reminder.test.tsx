import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS } from '../../../src/core';
import { db, rateCard } from '../../../src/db';
import { renderApp } from '../../render-app';

const DAY = 24 * 60 * 60 * 1000;
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);

/** The home page over a device whose first review was `daysAgo` days ago. */
async function openHome(daysAgo: number | null, settings: { key: string; daysAgo: number }[] = []) {
  const result = await renderApp('/');
  const now = Date.now();
  if (daysAgo !== null) {
    await rateCard(db, scheduler, {
      cardId: 'c1',
      noteId: 'n1',
      grade: 3,
      now: now - daysAgo * DAY,
      elapsedMs: 1000,
      source: 'study',
    });
  }
  for (const { key, daysAgo: ago } of settings) await db.settings.put({ key, value: now - ago * DAY, updatedAt: now });
  await screen.findByRole('heading', { level: 1 });
  return result;
}

const reminder = () => screen.queryByRole('complementary', { name: '백업 알림' });

describe('the backup reminder', () => {
  const shown = () => screen.findByRole('complementary', { name: '백업 알림' });
  const oldRating = (daysAgo: number) =>
    rateCard(db, scheduler, {
      cardId: 'c2',
      noteId: 'n2',
      grade: 3,
      now: Date.now() - daysAgo * DAY,
      elapsedMs: 1000,
      source: 'study',
    });

  it('is not shown to a learner with no reviews', async () => {
    await openHome(null);
    expect(reminder()).not.toBeInTheDocument();
    // The same page with an old review shows it, and hides it again once the log is empty.
    const review = await oldRating(20);
    await shown();
    await db.reviews.delete(review.id!);
    await waitFor(() => expect(reminder()).not.toBeInTheDocument());
  });

  it('is not shown while the first review or the last backup is less than two weeks old', async () => {
    await openHome(10);
    expect(reminder()).not.toBeInTheDocument();
    await oldRating(20);
    await shown();
    await db.settings.put({ key: 'lastBackupAt', value: Date.now() - 3 * DAY, updatedAt: Date.now() });
    await waitFor(() => expect(reminder()).not.toBeInTheDocument());
  });

  it('suggests a first backup two weeks after the first review, and links to the backup section', async () => {
    const { router } = await openHome(15);
    expect(await screen.findByRole('complementary', { name: '백업 알림' })).toHaveTextContent(
      '학습 기록을 아직 백업하지 않았습니다',
    );
    await userEvent.click(screen.getByRole('link', { name: '지금 백업하기' }));
    await waitFor(() => expect(router.state.location).toMatchObject({ pathname: '/settings', hash: '#backup' }));
    expect(await screen.findByRole('heading', { name: '백업' })).toHaveFocus();
  });

  it('says how old the last backup is, and stays away for two weeks once put off', async () => {
    await openHome(60, [{ key: 'lastBackupAt', daysAgo: 20 }]);
    // The reminder may first show the rating alone, before the last backup's date is read.
    await waitFor(() => expect(reminder()).toHaveTextContent('마지막 백업이 20일 전입니다'));
    await userEvent.click(screen.getByRole('button', { name: '2주 뒤에 다시 알림' }));
    await waitFor(() => expect(reminder()).not.toBeInTheDocument());
    expect((await db.settings.get('backupReminderDismissedAt'))?.value).toEqual(expect.any(Number));
  });

  it('comes back when the reminder was put off more than two weeks ago', async () => {
    await openHome(60, [{ key: 'backupReminderDismissedAt', daysAgo: 15 }]);
    expect(await screen.findByRole('complementary', { name: '백업 알림' })).toBeInTheDocument();
  });
});
