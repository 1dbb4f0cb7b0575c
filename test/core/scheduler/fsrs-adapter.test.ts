import { describe, expect, it } from 'vitest';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS, newCardState, type Grade } from '../../../src/core';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const MINUTE = 60_000;
const DAY = 86_400_000;

describe('scheduler adapter', () => {
  const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);

  it('previews a new card with the 1m/10m learning steps and a multi-day Easy', () => {
    const outcomes = scheduler.preview('card-1', null, NOW);
    expect(outcomes.map((o) => o.grade)).toEqual([1, 2, 3, 4]);
    const [again, hard, good, easy] = outcomes;
    expect(again?.intervalMs).toBe(1 * MINUTE);
    expect(hard?.intervalMs).toBe(6 * MINUTE);
    expect(good?.intervalMs).toBe(10 * MINUTE);
    expect(easy?.state.phase).toBe('review');
    expect(easy?.intervalMs).toBeGreaterThanOrEqual(1 * DAY);
  });

  it('rates exactly as previewed', () => {
    for (const { grade, state } of scheduler.preview('card-1', null, NOW)) {
      expect(scheduler.rate('card-1', null, NOW, grade)).toEqual(state);
    }
  });

  it('moves a failed review card to relearning with one lapse', () => {
    const learned = scheduler.rate('card-1', null, NOW, 4);
    const lapsed = scheduler.rate('card-1', learned, learned.due, 1);
    expect(lapsed.phase).toBe('relearning');
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due - learned.due).toBe(10 * MINUTE);
  });

  it('schedules shorter intervals when the learner asks for higher retention', () => {
    const interval = (desiredRetention: number): number => {
      const custom = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, desiredRetention, fuzz: false });
      const learned = custom.rate('card-1', null, NOW, 3);
      const graduated = custom.rate('card-1', learned, learned.due, 3);
      return custom.rate('card-1', graduated, graduated.due, 3).scheduledDays;
    };
    expect(interval(0.97)).toBeLessThan(interval(0.8));
  });

  it('replays a review history to the same state as live rating, fuzz included', () => {
    const grades: Grade[] = [3, 3, 4, 1, 3, 2, 4];
    let state = null as ReturnType<typeof scheduler.rate> | null;
    let at = NOW;
    const events = grades.map((grade) => {
      const event = { grade, reviewedAt: at };
      state = scheduler.rate('card-1', state, at, grade);
      at = state.due + 5 * MINUTE;
      return event;
    });
    expect(scheduler.replay('card-1', events)).toEqual(state);
    expect(scheduler.replay('card-1', [])).toBeNull();
  });

  it('reports lower retrievability as time passes after a review', () => {
    const state = scheduler.rate('card-1', null, NOW, 4);
    const early = scheduler.retrievability(state, NOW + DAY);
    const late = scheduler.retrievability(state, NOW + 60 * DAY);
    expect(early).toBeGreaterThan(late);
    expect(scheduler.retrievability(newCardState(NOW), NOW)).toBe(0);
  });
});

describe('fuzz', () => {
  const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);

  it('gives exactly the previewed interval when the rating comes seconds after the preview', () => {
    for (let i = 0; i < 40; i += 1) {
      const cardId = `card-${i}`;
      const learned = scheduler.rate(cardId, null, NOW, 3);
      const graduated = scheduler.rate(cardId, learned, learned.due, 3);
      const shownAt = graduated.due + 3 * DAY;
      const easy = scheduler.preview(cardId, graduated, shownAt)[3]!;
      const rated = scheduler.rate(cardId, graduated, shownAt + 7_000, 4);
      expect(rated.scheduledDays).toBe(easy.state.scheduledDays);
    }
  });

  it('still spreads intervals across cards reviewed the same way', () => {
    const intervals = new Set(
      Array.from({ length: 40 }, (_, i) => {
        const learned = scheduler.rate(`spread-${i}`, null, NOW, 4);
        return scheduler.rate(`spread-${i}`, learned, learned.due, 4).scheduledDays;
      }),
    );
    expect(intervals.size).toBeGreaterThan(1);
  });
});
