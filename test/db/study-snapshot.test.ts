import { describe, expect, it } from 'vitest';
import {
  createScheduler,
  DEFAULT_CARD_STATUS,
  DEFAULT_SCHEDULER_SETTINGS,
  DEFAULT_STUDY_SETTINGS,
  type SchedulingState,
} from '../../src/core';
import { rateCard, readStudySnapshot, saveStudySettings, type CardStateRow } from '../../src/db';
import { freshDatabase } from './fresh-database';

const NOW = new Date(2026, 2, 2, 9, 0).getTime();
const DAY = 86_400_000;
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
const database = freshDatabase();

function row(cardId: string, due: number): CardStateRow {
  const state: SchedulingState = scheduler.rate('card-1', null, due - 3 * DAY, 4);
  return { ...state, ...DEFAULT_CARD_STATUS, due, cardId, noteId: 'n' };
}

describe('study snapshot', () => {
  it('reads only the states that are due among many cards', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => row(`c${i}`, NOW + (i % 1000 === 0 ? -DAY : 30 * DAY)));
    await database().cardStates.bulkPut(rows);
    const snapshot = await readStudySnapshot(database(), NOW);
    expect(snapshot.dueStates.size).toBe(20);
    expect(snapshot.knownIds.size).toBe(20_000);
  }, 60_000);

  it('counts today’s new cards against the daily limit', async () => {
    await saveStudySettings(database(), { ...DEFAULT_STUDY_SETTINGS, newCardsPerDay: 3 }, NOW);
    await rateCard(database(), scheduler, {
      cardId: 'a',
      noteId: 'n',
      grade: 4,
      now: NOW - 60_000,
      elapsedMs: 0,
      source: 'study',
    });
    await rateCard(database(), scheduler, {
      cardId: 'b',
      noteId: 'n',
      grade: 4,
      now: NOW - DAY,
      elapsedMs: 0,
      source: 'study',
    });
    const snapshot = await readStudySnapshot(database(), NOW);
    expect(snapshot.newLeft).toBe(2);
    // Only today's first ratings introduce a card (b was introduced yesterday).
    expect([...snapshot.introducedToday]).toEqual(['a']);
  });

  it('fills settings saved by an older version with today’s defaults', async () => {
    await database().settings.put({ key: 'study', value: { newCardsPerDay: 7 }, updatedAt: 0 });
    const { settings } = await readStudySnapshot(database(), NOW);
    expect(settings.newCardsPerDay).toBe(7);
    expect(settings.scheduler).toEqual(DEFAULT_SCHEDULER_SETTINGS);
  });
});
