import { describe, expect, it } from 'vitest';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS, newCardState, type Grade } from '../../../src/core';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const MINUTE = 60_000;
const DAY = 86_400_000;

describe('scheduler adapter', () => {
  const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);

  it('previews a new card with the 1m/10m learning steps and a multi-day Easy', () => {
    const outcomes = scheduler.preview(null, NOW);
    expect(outcomes.map((o) => o.grade)).toEqual([1, 2, 3, 4]);
    const [again, hard, good, easy] = outcomes;
    expect(again?.intervalMs).toBe(1 * MINUTE);
    expect(hard?.intervalMs).toBe(6 * MINUTE);
    expect(good?.intervalMs).toBe(10 * MINUTE);
    expect(easy?.state.phase).toBe('review');
    expect(easy?.intervalMs).toBeGreaterThanOrEqual(1 * DAY);
  });

  it('rates exactly as previewed', () => {
    for (const { grade, state } of scheduler.preview(null, NOW)) {
      expect(scheduler.rate(null, NOW, grade)).toEqual(state);
    }
  });

  it('moves a failed review card to relearning with one lapse', () => {
    const learned = scheduler.rate(null, NOW, 4);
    const lapsed = scheduler.rate(learned, learned.due, 1);
    expect(lapsed.phase).toBe('relearning');
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due - learned.due).toBe(10 * MINUTE);
  });

  it('schedules shorter intervals when the learner asks for higher retention', () => {
    const interval = (desiredRetention: number): number => {
      const custom = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, desiredRetention, fuzz: false });
      const learned = custom.rate(null, NOW, 3);
      const graduated = custom.rate(learned, learned.due, 3);
      return custom.rate(graduated, graduated.due, 3).scheduledDays;
    };
    expect(interval(0.97)).toBeLessThan(interval(0.8));
  });

  it('replays a review history to the same state as live rating, fuzz included', () => {
    const grades: Grade[] = [3, 3, 4, 1, 3, 2, 4];
    let state = null as ReturnType<typeof scheduler.rate> | null;
    let at = NOW;
    const events = grades.map((grade) => {
      const event = { grade, reviewedAt: at };
      state = scheduler.rate(state, at, grade);
      at = state.due + 5 * MINUTE;
      return event;
    });
    expect(scheduler.replay(events)).toEqual(state);
    expect(scheduler.replay([])).toBeNull();
  });

  it('reports lower retrievability as time passes after a review', () => {
    const state = scheduler.rate(null, NOW, 4);
    const early = scheduler.retrievability(state, NOW + DAY);
    const late = scheduler.retrievability(state, NOW + 60 * DAY);
    expect(early).toBeGreaterThan(late);
    expect(scheduler.retrievability(newCardState(NOW), NOW)).toBe(0);
  });
});
