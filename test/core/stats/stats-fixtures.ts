import { DEFAULT_CARD_STATUS, type CardRecord, type StatsLogEntry } from '../../../src/core';

/** 2026-03-04 (a Wednesday) 09:00 local time. */
export const NOW = new Date(2026, 2, 4, 9, 0).getTime();

/** Local time `daysAgo` calendar days before NOW's date, at hour:minute. */
export function at(daysAgo: number, hour: number, minute = 0): number {
  return new Date(2026, 2, 4 - daysAgo, hour, minute).getTime();
}

export function record(overrides: Partial<CardRecord> = {}): CardRecord {
  return {
    phase: 'review',
    due: NOW + 86_400_000,
    stability: 10,
    difficulty: 5,
    scheduledDays: 10,
    elapsedDays: 10,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    lastReview: NOW - 86_400_000,
    ...DEFAULT_CARD_STATUS,
    ...overrides,
  };
}

export function rating(
  cardId: string,
  reviewedAt: number,
  grade: number,
  before: StatsLogEntry['before'],
  source = 'study',
): StatsLogEntry {
  return { cardId, kind: 'rating', grade, reviewedAt, source, before };
}

export const reviewCard = (scheduledDays: number) => ({ phase: 'review' as const, scheduledDays });

/** A retrievability that is easy to check by hand: the card's stability in hundredths. */
export const fakeScheduler = { retrievability: (state: { stability: number }) => state.stability / 100 };
