import { describe, expect, it } from 'vitest';
import { computeStats, type CardRecord, type StatsLogEntry, type StatsScope } from '../../../src/core';
import { at, fakeScheduler, NOW, rating, record, reviewCard } from './stats-fixtures';

const DAY = 86_400_000;

function scopeOf(...ids: string[]): StatsScope {
  return {
    cards: ids.map((id) => ({ id, noteId: 'note' })),
    notes: [{ id: 'note', deck: 'deck', tags: [] }],
  };
}

function stats(reviews: StatsLogEntry[], records: Record<string, CardRecord> = {}, scope = scopeOf('a', 'b', 'c')) {
  return computeStats({
    reviews,
    records: new Map(Object.entries(records)),
    scope,
    scheduler: fakeScheduler,
    now: NOW,
    dayStartHour: 4,
  });
}

describe('review calendar', () => {
  it('counts a 2 a.m. review on the previous study day, and streaks follow study days', () => {
    const result = stats([
      rating('a', at(0, 8), 3, null),
      // 2:30 on March 4th belongs to March 3rd's study day, as does 23:00 on the 3rd.
      rating('a', at(0, 2, 30), 3, null),
      rating('b', at(1, 23), 3, null),
      rating('a', at(2, 10), 3, null),
      // A gap on the 4th day back, then a run of three.
      rating('a', at(4, 10), 3, null),
      rating('a', at(5, 10), 3, null),
      rating('a', at(6, 10), 3, null),
    ]);
    const last = result.heatmap.slice(-3).map((day) => day.count);
    expect(last).toEqual([1, 2, 1]);
    expect(result.heatmap.at(-1)!.start).toBe(at(0, 4));
    expect(result.streaks).toEqual({ current: 3, longest: 3 });
    expect(result.totalReviews).toBe(7);
  });

  it('lays the heatmap out from a Sunday 52 weeks back through today', () => {
    const result = stats([]);
    // NOW is a Wednesday: 52 weeks plus Sunday to Wednesday.
    expect(result.heatmap).toHaveLength(52 * 7 + 4);
    expect(new Date(result.heatmap[0]!.start).getDay()).toBe(0);
  });

  it('keeps yesterday’s streak alive until today is studied, and ends it after a missed day', () => {
    const upToYesterday = stats([rating('a', at(1, 10), 3, null), rating('a', at(2, 10), 3, null)]);
    expect(upToYesterday.streaks.current).toBe(2);
    const missedYesterday = stats([rating('a', at(2, 10), 3, null)]);
    expect(missedYesterday.streaks).toEqual({ current: 0, longest: 1 });
  });

  it('averages over the days studied and over the days since the first review', () => {
    const result = stats([
      rating('a', at(0, 10), 3, null),
      rating('b', at(0, 11), 3, null),
      rating('a', at(3, 10), 3, null),
      rating('a', at(9, 10), 3, null),
    ]);
    expect(result.year).toEqual({
      reviews: 4,
      daysStudied: 3,
      periodDays: 10,
      averagePerStudiedDay: 4 / 3,
      averageOverPeriod: 0.4,
    });
  });

  it('gives no averages and no streak before the first review', () => {
    const result = stats([]);
    expect(result.firstReview).toBeNull();
    expect(result.year.averagePerStudiedDay).toBeNull();
    expect(result.year.averageOverPeriod).toBeNull();
    expect(result.streaks).toEqual({ current: 0, longest: 0 });
  });

  it('finds the longest streak beyond the heatmap year', () => {
    const old = Array.from({ length: 5 }, (_, day) => rating('a', at(500 + day, 12), 3, null));
    expect(stats(old).streaks).toEqual({ current: 0, longest: 5 });
  });
});

describe('reviews by kind', () => {
  it('splits ratings into learn, review, relearn and interview, and skips other actions and other cards', () => {
    const result = stats([
      rating('a', at(0, 9), 3, null),
      rating('a', at(0, 9, 1), 3, { phase: 'learning', scheduledDays: 0 }),
      rating('b', at(0, 9, 2), 3, { phase: 'new', scheduledDays: 0 }),
      rating('b', at(0, 9, 3), 1, reviewCard(12)),
      rating('b', at(0, 9, 4), 3, { phase: 'relearning', scheduledDays: 0 }),
      rating('c', at(0, 9, 5), 3, reviewCard(12), 'interview'),
      rating('c', at(0, 9, 6), 3, null, 'interview'),
      rating('c', at(0, 9, 7), 3, reviewCard(12), 'quiz'),
      { cardId: 'a', kind: 'suspend', reviewedAt: at(0, 9, 8), source: 'study', before: reviewCard(12) },
      rating('gone', at(0, 9, 9), 3, null),
    ]);
    expect(result.reviewsByDay.at(-1)).toEqual({ start: at(0, 4), learn: 3, review: 2, relearn: 1, interview: 2 });
    expect(result.reviewsByDay).toHaveLength(365);
    expect(result.totalReviews).toBe(8);
  });

  it('leaves ratings older than a year out of the daily chart but not out of the total', () => {
    const result = stats([rating('a', at(400, 9), 3, null)]);
    expect(result.reviewsByDay.every((day) => day.learn === 0)).toBe(true);
    expect(result.totalReviews).toBe(1);
  });
});

describe('due forecast', () => {
  it('counts scheduled cards per study day, overdue ones today, and leaves new and suspended cards out', () => {
    const result = stats(
      [],
      {
        overdue: record({ due: NOW - 5 * DAY }),
        laterToday: record({ phase: 'learning', due: at(-1, 3) }),
        tomorrow: record({ due: at(-1, 5) }),
        inTenDays: record({ due: at(-10, 12) }),
        tooFar: record({ due: at(-40, 12) }),
        suspended: record({ due: NOW - DAY, suspended: true }),
        reset: record({ phase: 'new', due: NOW }),
        buried: record({ due: NOW - DAY, buriedUntil: at(-1, 4) }),
      },
      scopeOf('overdue', 'laterToday', 'tomorrow', 'inTenDays', 'tooFar', 'suspended', 'reset', 'buried', 'untouched'),
    );
    expect(result.forecast).toHaveLength(30);
    expect(result.forecast[0]).toEqual({ start: at(0, 4), count: 2 });
    expect(result.forecast[1]!.count).toBe(2);
    expect(result.forecast[10]!.count).toBe(1);
    expect(result.forecast.reduce((sum, day) => sum + day.count, 0)).toBe(5);
  });
});

describe('card counts', () => {
  it('sorts cards into new, learning, young, mature (from 21 days), suspended first and buried', () => {
    const result = stats(
      [],
      {
        reset: record({ phase: 'new' }),
        learning: record({ phase: 'learning', scheduledDays: 0 }),
        relearning: record({ phase: 'relearning', scheduledDays: 0 }),
        young: record({ scheduledDays: 20 }),
        mature: record({ scheduledDays: 21 }),
        suspendedMature: record({ scheduledDays: 90, suspended: true }),
        buried: record({ buriedUntil: NOW + DAY }),
        buriedBefore: record({ buriedUntil: NOW - DAY, scheduledDays: 3 }),
      },
      scopeOf(
        'untouched',
        'reset',
        'learning',
        'relearning',
        'young',
        'mature',
        'suspendedMature',
        'buried',
        'buriedBefore',
      ),
    );
    expect(result.counts).toEqual({ new: 2, learning: 2, young: 2, mature: 1, suspended: 1, buried: 1, total: 9 });
  });
});

describe('true retention', () => {
  it('counts only the first rating of a card each study day, young or mature by the interval before it', () => {
    const result = stats([
      // Today: a's first rating fails; the later pass the same day does not count.
      rating('a', at(0, 9), 1, reviewCard(5)),
      rating('a', at(0, 10), 3, reviewCard(5)),
      // Given out of order: b's 8:00 pass is its first of the day, not the 11:00 fail.
      rating('b', at(0, 11), 1, reviewCard(30)),
      rating('b', at(0, 8), 4, reviewCard(30)),
      // 03:00 today is yesterday's study day: it is c's first rating of yesterday.
      rating('c', at(0, 3), 2, reviewCard(21)),
      rating('c', at(1, 20), 1, reviewCard(21)),
      // Learning and relearning cards are not in the table.
      rating('a', at(1, 9), 1, { phase: 'learning', scheduledDays: 0 }),
      rating('b', at(2, 9), 3, { phase: 'relearning', scheduledDays: 0 }),
      rating('c', at(10, 9), 3, reviewCard(3)),
      rating('c', at(200, 9), 1, reviewCard(3)),
    ]);
    const row = (period: string) => result.retention.find((entry) => entry.period === period)!;
    expect(row('today')).toEqual({
      period: 'today',
      young: { passed: 0, failed: 1 },
      mature: { passed: 1, failed: 0 },
      total: { passed: 1, failed: 1 },
    });
    expect(row('yesterday').mature).toEqual({ passed: 0, failed: 1 });
    expect(row('week').total).toEqual({ passed: 1, failed: 2 });
    expect(row('month').young).toEqual({ passed: 1, failed: 1 });
    expect(row('year').young).toEqual({ passed: 1, failed: 2 });
  });

  it('says nothing about a period without reviews', () => {
    expect(stats([]).retention.every((row) => row.total.passed + row.total.failed === 0)).toBe(true);
  });
});
