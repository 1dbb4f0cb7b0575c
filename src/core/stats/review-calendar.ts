/** How much studying a run of days holds, as Anki's review graphs sum it up. */
export interface StudySummary {
  reviews: number;
  /** Days with at least one review. */
  daysStudied: number;
  /** Days counted: the whole range, or from the first review on when that came later. */
  periodDays: number;
  /** Null when nothing was studied: no average rather than a made-up zero. */
  averagePerStudiedDay: number | null;
  averageOverPeriod: number | null;
}

/**
 * Sums per-day counts (oldest first, the last being today). `firstReview`
 * (epoch ms, null = never) keeps the days before anything was studied out of
 * the period, so a learner who started last week is not averaged over a year.
 */
export function summarizeDays(
  days: readonly { start: number; count: number }[],
  firstReview: number | null,
): StudySummary {
  let reviews = 0;
  let daysStudied = 0;
  let periodDays = 0;
  for (let index = days.length - 1; index >= 0; index -= 1) {
    const day = days[index]!;
    const end = index + 1 < days.length ? days[index + 1]!.start : Infinity;
    if (firstReview === null || end <= firstReview) break;
    periodDays += 1;
    reviews += day.count;
    if (day.count > 0) daysStudied += 1;
  }
  return {
    reviews,
    daysStudied,
    periodDays,
    averagePerStudiedDay: daysStudied > 0 ? reviews / daysStudied : null,
    averageOverPeriod: reviews > 0 ? reviews / periodDays : null,
  };
}

export interface Streaks {
  /** Consecutive studied days up to today, or up to yesterday while today is not studied yet. */
  current: number;
  longest: number;
}

/** Streaks over per-day counts, oldest first, the last entry being today. */
export function streaksOf(counts: ArrayLike<number>): Streaks {
  let longest = 0;
  let run = 0;
  for (let index = 0; index < counts.length; index += 1) {
    run = counts[index]! > 0 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  // The morning before studying does not break yesterday's streak.
  let current = 0;
  let index = counts.length - 1;
  if (index >= 0 && counts[index] === 0) index -= 1;
  while (index >= 0 && counts[index]! > 0) {
    current += 1;
    index -= 1;
  }
  return { current, longest };
}

/** Heat levels 0 (nothing) to 4, in quarters of the busiest day. */
export function heatLevel(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((4 * count) / max))) as 1 | 2 | 3 | 4;
}
