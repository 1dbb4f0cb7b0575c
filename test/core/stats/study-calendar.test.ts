import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudyCalendar } from '../../../src/core';

describe('study calendar', () => {
  it('puts a review after midnight but before the day-start hour on the previous study day', () => {
    const now = new Date(2026, 2, 4, 9, 0).getTime();
    const calendar = createStudyCalendar(now, 4);
    expect(calendar.dayOf(new Date(2026, 2, 4, 3, 59).getTime())).toBe(-1);
    expect(calendar.dayOf(new Date(2026, 2, 4, 4, 0).getTime())).toBe(0);
    expect(calendar.dayOf(new Date(2026, 2, 3, 23, 0).getTime())).toBe(-1);
    expect(calendar.dayOf(new Date(2026, 2, 5, 4, 0).getTime())).toBe(1);
    expect(calendar.startOf(-1)).toBe(new Date(2026, 2, 3, 4, 0).getTime());
  });

  it('is still on yesterday when now is before the day-start hour', () => {
    const calendar = createStudyCalendar(new Date(2026, 2, 4, 2, 0).getTime(), 4);
    expect(calendar.startOf(0)).toBe(new Date(2026, 2, 3, 4, 0).getTime());
    expect(calendar.dayOf(new Date(2026, 2, 3, 12, 0).getTime())).toBe(0);
  });

  it('finds days far in the past', () => {
    const calendar = createStudyCalendar(new Date(2026, 2, 4, 9, 0).getTime(), 4);
    expect(calendar.dayOf(new Date(2023, 2, 4, 5, 0).getTime())).toBe(-1096);
  });

  describe('across daylight-saving changes (New York)', () => {
    const saved = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = 'America/New_York';
    });
    afterAll(() => {
      process.env.TZ = saved;
    });

    it('keeps each study day starting at 4:00 local time through 23- and 25-hour days', () => {
      // Clocks went forward on 2026-03-08 and back on 2026-11-01.
      const spring = createStudyCalendar(Date.parse('2026-03-10T12:00:00-04:00'), 4);
      expect(spring.startOf(-2)).toBe(Date.parse('2026-03-08T04:00:00-04:00'));
      expect(spring.startOf(-3)).toBe(Date.parse('2026-03-07T04:00:00-05:00'));
      expect(spring.dayOf(Date.parse('2026-03-08T03:30:00-04:00'))).toBe(-3);
      expect(spring.dayOf(Date.parse('2026-03-08T04:00:00-04:00'))).toBe(-2);
      expect(spring.dayOf(Date.parse('2026-03-07T03:59:00-05:00'))).toBe(-4);

      const autumn = createStudyCalendar(Date.parse('2026-11-01T05:00:00-05:00'), 4);
      expect(autumn.startOf(0)).toBe(Date.parse('2026-11-01T04:00:00-05:00'));
      expect(autumn.dayOf(Date.parse('2026-11-01T03:59:00-05:00'))).toBe(-1);
      expect(autumn.dayOf(Date.parse('2026-10-31T04:00:00-04:00'))).toBe(-1);
      expect(autumn.dayOf(Date.parse('2026-10-31T03:59:00-04:00'))).toBe(-2);
    });
  });
});
