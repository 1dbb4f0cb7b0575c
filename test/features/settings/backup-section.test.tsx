import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  createScheduler,
  DEFAULT_SCHEDULER_SETTINGS,
  emptyBackup,
  mergeBackups,
  schedulerProfileId,
  type Backup,
} from '../../../src/core';
import { db, rateCard, type MundapDatabase } from '../../../src/db';
import { renderApp } from '../../render-app';

// jsdom's Blob has no text(), which every browser the app supports has; read it the older way.
Blob.prototype.text ??= function (this: Blob) {
  return new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(this);
  });
};

const NOW = Date.parse('2026-03-02T09:00:00Z');
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);

/** Another device's backup: two ratings of one card this device has never studied. */
function otherDeviceBackup(): Backup {
  const profile = schedulerProfileId(DEFAULT_SCHEDULER_SETTINGS);
  const rating = (uid: string, reviewedAt: number) => ({
    kind: 'rating' as const,
    grade: 3 as const,
    profile,
    uid,
    cardId: 'other/card',
    noteId: 'other/note',
    reviewedAt,
    elapsedMs: 5000,
    source: 'study' as const,
  });
  const exportedAt = new Date(NOW + 86_400_000).toISOString();
  return mergeBackups(emptyBackup(exportedAt), {
    ...emptyBackup(exportedAt),
    profiles: [{ id: profile, settings: DEFAULT_SCHEDULER_SETTINGS }],
    reviews: [rating('remote-1', NOW), rating('remote-2', NOW + 600_000)],
  });
}

async function dump(database: MundapDatabase) {
  return Object.fromEntries(
    await Promise.all(database.tables.map(async (table) => [table.name, await table.toArray()])),
  );
}

/** The settings page over a device that has studied one card. */
async function openSettings() {
  await renderApp('/settings');
  await rateCard(db, scheduler, {
    cardId: 'local/card',
    noteId: 'local/note',
    grade: 4,
    now: NOW,
    elapsedMs: 2000,
    source: 'study',
  });
  return screen.findByLabelText('백업 가져오기');
}

const jsonFile = (text: string, name = 'mundap-backup-2026-03-03.json') =>
  new File([text], name, { type: 'application/json' });

describe('importing a backup', () => {
  it.each([
    ['a truncated file', (text: string) => text.slice(0, Math.floor(text.length * 0.6)), '파일이 중간에 잘려 있습니다'],
    ['another app’s JSON', () => '{"notes": [], "version": 3}', '문답 백업 파일이 아닙니다'],
    [
      'a backup from a newer Mundap',
      (text: string) => text.replace('"version":2', '"version":3'),
      '더 새로운 버전의 문답에서 만든 백업입니다 (형식 버전 3)',
    ],
    [
      'a file with a bad grade',
      (text: string) => text.replace('"grade":3', '"grade":7'),
      '백업 파일의 내용이 올바르지 않습니다',
    ],
  ])('refuses %s with its own message and changes nothing', async (_what, make, message) => {
    const input = await openSettings();
    const before = await dump(db);
    await userEvent.upload(input, jsonFile(make(JSON.stringify(otherDeviceBackup()))));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('아무것도 바뀌지 않았습니다');
    expect(screen.queryByRole('button', { name: '합치기' })).not.toBeInTheDocument();
    expect(await dump(db)).toEqual(before);
  });

  it('points at the field of a malformed entry', async () => {
    const input = await openSettings();
    await userEvent.upload(input, jsonFile(JSON.stringify(otherDeviceBackup()).replace('"grade":3', '"grade":7')));
    expect(await screen.findByRole('alert')).toHaveTextContent('문제 위치: reviews[0].grade');
  });

  it('shows what a valid file will change, and merges it only once confirmed', async () => {
    const input = await openSettings();
    await userEvent.upload(input, jsonFile(JSON.stringify(otherDeviceBackup())));
    const preview = await screen.findByRole('region', { name: /mundap-backup-2026-03-03\.json을\(를\) 가져오면/ });
    expect(within(preview).getByText('새 복습 기록 2개')).toBeInTheDocument();
    expect(within(preview).getByText('처음 기록이 생기는 카드 1장')).toBeInTheDocument();
    // Nothing is written while the learner reads the preview.
    expect(await db.reviews.count()).toBe(1);

    await userEvent.click(within(preview).getByRole('button', { name: '합치기' }));
    expect(await screen.findByText('백업을 합쳤습니다.')).toBeInTheDocument();
    expect(await db.reviews.count()).toBe(3);
    const merged = await db.cardStates.get('other/card');
    expect(merged).toMatchObject({ noteId: 'other/note', reps: 2 });
    expect(await db.cardStates.get('local/card')).toMatchObject({ reps: 1 });
  });

  it('leaves everything as it was when the learner cancels the preview', async () => {
    const input = await openSettings();
    const before = await dump(db);
    await userEvent.upload(input, jsonFile(JSON.stringify(otherDeviceBackup())));
    await userEvent.click(await screen.findByRole('button', { name: '취소' }));
    expect(await screen.findByText('가져오기를 취소했습니다. 아무것도 바뀌지 않았습니다.')).toBeInTheDocument();
    expect(await dump(db)).toEqual(before);
  });
});

describe('the last backup', () => {
  it('says when none was made yet, and when the last one was', async () => {
    await openSettings();
    expect(await screen.findByText('아직 백업하지 않았습니다.')).toBeInTheDocument();
    await db.settings.put({ key: 'lastBackupAt', value: NOW, updatedAt: NOW });
    expect(await screen.findByText(/^마지막 백업: 2026/)).toBeInTheDocument();
  });
});
