import { startOfStudyDay } from '../scheduler/study-day';

const DAY = 86_400_000;

/**
 * Study days numbered from today (0 = the study day containing `now`, -1 =
 * yesterday, 1 = tomorrow), each starting at `dayStartHour` local time.
 *
 * A day is not always 24 hours (daylight-saving changes), so day starts come
 * from the local calendar, once per day, and are cached: mapping a time to
 * its day is then a division and at most a step or two along the cache, with
 * no Date object per review.
 */
export interface StudyCalendar {
  /** Epoch ms at which study day `day` begins. */
  startOf(day: number): number;
  /** The study day containing epoch ms `at`. */
  dayOf(at: number): number;
}

export function createStudyCalendar(now: number, dayStartHour: number): StudyCalendar {
  const todayStart = startOfStudyDay(now, dayStartHour);
  const anchor = new Date(todayStart);
  const [year, month, date] = [anchor.getFullYear(), anchor.getMonth(), anchor.getDate()];
  // past[k] = start of day -k, future[k] = start of day k; NaN = not computed yet.
  let past = new Float64Array(512).fill(NaN);
  let future = new Float64Array(64).fill(NaN);

  const compute = (day: number) => new Date(year, month, date + day, dayStartHour).getTime();
  const grown = (cache: Float64Array, index: number) => {
    const next = new Float64Array(Math.max(cache.length * 2, index + 1)).fill(NaN);
    next.set(cache);
    return next;
  };

  const startOf = (day: number): number => {
    if (day <= 0) {
      if (-day >= past.length) past = grown(past, -day);
      const cached = past[-day]!;
      if (!Number.isNaN(cached)) return cached;
      return (past[-day] = compute(day));
    }
    if (day >= future.length) future = grown(future, day);
    const cached = future[day]!;
    if (!Number.isNaN(cached)) return cached;
    return (future[day] = compute(day));
  };

  return {
    startOf,
    dayOf(at) {
      // Off by at most one where the clocks changed (days of 23 or 25 hours).
      let day = Math.floor((at - todayStart) / DAY);
      while (startOf(day) > at) day -= 1;
      while (startOf(day + 1) <= at) day += 1;
      return day;
    },
  };
}
