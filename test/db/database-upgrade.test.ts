import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  createScheduler,
  DEFAULT_CARD_STATUS,
  DEFAULT_INTERVIEW_SETTINGS,
  DEFAULT_SCHEDULER_SETTINGS,
  schedulerProfileId,
} from '../../src/core';
import { MundapDatabase, rateCard, readCardStates, replayCardState, reviewsOfCard } from '../../src/db';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
let opened = 0;

/** A database at `version` exactly as that version shipped, holding one rated card. */
async function shippedDatabase(version: 1 | 2): Promise<string> {
  opened += 1;
  const name = `upgrade-${version}-${opened}`;
  const old = new Dexie(name);
  old.version(1).stores({ cardStates: 'cardId, due, noteId', reviews: '++id, cardId, reviewedAt', settings: 'key' });
  if (version === 2) old.version(2).stores({ interviewSessions: '++id, startedAt, status' });
  await old.open();
  const first = scheduler.rate('c1', null, NOW, 3);
  const second = scheduler.rate('c1', first, NOW + 600_000, 4);
  await old.table('cardStates').put({ ...second, cardId: 'c1', noteId: 'mlops/seed' });
  const base = { cardId: 'c1', noteId: 'mlops/seed', elapsedMs: 1000, source: 'study' };
  await old.table('reviews').add({ ...base, grade: 3, reviewedAt: NOW, before: null, after: first });
  await old.table('reviews').add({ ...base, grade: 4, reviewedAt: NOW + 600_000, before: first, after: second });
  await old.table('settings').put({ key: 'study', value: { newCardsPerDay: 7 } });
  if (version === 2) {
    await old.table('interviewSessions').add({
      settings: DEFAULT_INTERVIEW_SETTINGS,
      cardIds: ['c1'],
      results: [],
      pending: null,
      status: 'in-progress',
      startedAt: NOW,
      questionStartedAt: NOW,
      finishedAt: null,
    });
  }
  old.close();
  return name;
}

describe.each([1, 2] as const)('upgrading a version-%i database', (version) => {
  it('keeps every review and card, logs them as ratings under the default profile, and replays to the same state', async () => {
    const upgraded = new MundapDatabase(await shippedDatabase(version));
    await upgraded.open();
    expect(upgraded.verno).toBe(5);
    const log = await reviewsOfCard(upgraded, 'c1');
    expect(log.map((row) => [row.kind, row.kind === 'rating' && row.grade, row.reviewedAt])).toEqual([
      ['rating', 3, NOW],
      ['rating', 4, NOW + 600_000],
    ]);
    expect(new Set(log.map((row) => row.uid)).size).toBe(2);
    expect(
      log.every((row) => row.kind === 'rating' && row.profile === schedulerProfileId(DEFAULT_SCHEDULER_SETTINGS)),
    ).toBe(true);
    const stored = (await readCardStates(upgraded, ['c1'])).get('c1');
    expect(stored).toMatchObject({ ...DEFAULT_CARD_STATUS, phase: 'review' });
    expect(await replayCardState(upgraded, 'c1', scheduler)).toEqual(stored);
    expect(await upgraded.settings.get('study')).toEqual({ key: 'study', value: { newCardsPerDay: 7 }, updatedAt: 0 });
    // The upgraded card goes on being rated like any other.
    await rateCard(upgraded, scheduler, {
      cardId: 'c1',
      noteId: 'mlops/seed',
      grade: 3,
      now: stored!.due,
      elapsedMs: 0,
      source: 'study',
    });
    expect(await reviewsOfCard(upgraded, 'c1')).toHaveLength(3);
    if (version === 2) {
      const [session] = await upgraded.interviewSessions.toArray();
      expect(session?.uid).toMatch(/^[0-9a-f]{32}$/);
    }
    await upgraded.delete();
  });
});
