import { describe, expect, it } from 'vitest';
import { startOfStudyDay } from '../../../src/core';

describe('study day', () => {
  it('counts reviews after midnight but before the day-start hour as the previous day', () => {
    const lateNight = new Date(2026, 2, 3, 2, 30).getTime();
    expect(startOfStudyDay(lateNight, 4)).toBe(new Date(2026, 2, 2, 4, 0).getTime());
  });

  it('starts today at the day-start hour once it has passed', () => {
    const morning = new Date(2026, 2, 3, 9, 0).getTime();
    expect(startOfStudyDay(morning, 4)).toBe(new Date(2026, 2, 3, 4, 0).getTime());
  });
});
