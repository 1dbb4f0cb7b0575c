import { describe, expect, it } from 'vitest';
import {
  buildReviewQueue,
  countDue,
  createScheduler,
  DEFAULT_CARD_STATUS,
  DEFAULT_SCHEDULER_SETTINGS,
  type CardRecord,
} from '../../../src/core';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const MINUTE = 60_000;
const scheduler = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, fuzz: false });

function stateAt(due: number, phase: CardRecord['phase'], status: Partial<CardRecord> = {}): CardRecord {
  const base =
    phase === 'review'
      ? scheduler.rate('card-1', null, NOW - 10 * 86_400_000, 4)
      : scheduler.rate('card-1', null, NOW - 30 * MINUTE, 3);
  return { ...base, ...DEFAULT_CARD_STATUS, due, phase, ...status };
}

describe('review queue', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];

  it('orders due learning, then due review, then new up to the limit, then learn-ahead', () => {
    const dueStates = new Map<string, CardRecord>([
      ['a', stateAt(NOW - 1000, 'review')],
      ['b', stateAt(NOW - 5000, 'learning')],
      ['c', stateAt(NOW + 5 * MINUTE, 'learning')],
      ['d', stateAt(NOW - 9000, 'review')],
    ]);
    const queue = buildReviewQueue({
      cardIds: ids,
      dueStates,
      knownIds: new Set(dueStates.keys()),
      newLeft: 1,
      reviewsLeft: 10,
      now: NOW,
    });
    expect(queue.map((entry) => entry.id)).toEqual(['b', 'd', 'a', 'e', 'c']);
    expect(queue.find((entry) => entry.id === 'e')?.state).toBeNull();
  });

  it('leaves out new cards once the daily limit is used up, and known cards that are not due', () => {
    const queue = buildReviewQueue({
      cardIds: ids,
      dueStates: new Map(),
      knownIds: new Set(['a', 'b']),
      newLeft: 0,
      reviewsLeft: 10,
      now: NOW,
    });
    expect(queue).toEqual([]);
  });

  it('counts like Anki: new capped by the limit, learning within the learn-ahead window, review due now', () => {
    const dueStates = new Map<string, CardRecord>([
      ['a', stateAt(NOW - 1000, 'review')],
      ['b', stateAt(NOW - 1000, 'relearning')],
      ['c', stateAt(NOW + MINUTE, 'learning')],
      ['d', stateAt(NOW + MINUTE, 'review')],
    ]);
    expect(countDue(ids, dueStates, new Set(['a', 'b', 'c', 'd']), { newLeft: 2, reviewsLeft: 10 }, NOW)).toEqual({
      new: 2,
      learning: 2,
      review: 1,
    });
  });

  it('leaves out suspended and buried cards, caps reviews by the daily limit, and treats a reset card as new', () => {
    const dueStates = new Map<string, CardRecord>([
      ['a', stateAt(NOW - 1000, 'review', { suspended: true })],
      ['b', stateAt(NOW - 2000, 'review', { buriedUntil: NOW + 3_600_000 })],
      ['c', stateAt(NOW - 3000, 'review', { buriedUntil: NOW - 1 })],
      ['d', stateAt(NOW - 4000, 'review')],
      ['e', stateAt(NOW - 5000, 'new')],
    ]);
    const queue = buildReviewQueue({
      cardIds: ids,
      dueStates,
      knownIds: new Set(dueStates.keys()),
      newLeft: 5,
      reviewsLeft: 1,
      now: NOW,
    });
    expect(queue.map((entry) => entry.id)).toEqual(['d', 'e', 'f']);
    expect(countDue(ids, dueStates, new Set(dueStates.keys()), { newLeft: 5, reviewsLeft: 1 }, NOW)).toEqual({
      new: 2,
      learning: 0,
      review: 1,
    });
  });
});
