import type { Scheduler } from '../scheduler/fsrs-adapter';
import { cardBucketOf, emptyCardCounts, type CardCounts } from './card-counts';
import { dueForecast } from './due-forecast';
import { groupStrengths, type GroupStrength } from './group-strength';
import { streaksOf, summarizeDays, type Streaks, type StudySummary } from './review-calendar';
import { reviewKindOf } from './review-kind';
import { createStudyCalendar, type StudyCalendar } from './study-calendar';
import { RETENTION_DAYS, TrueRetention, type RetentionRow } from './true-retention';
import {
  REVIEW_KINDS,
  type CardRecords,
  type DayCount,
  type ReviewKind,
  type ReviewKindDay,
  type StatsLogEntry,
  type StatsScope,
} from './stats-types';

/** Days of the reviews-by-kind chart (its longest range). */
export const REVIEW_HISTORY_DAYS = 365;
/** Columns of the calendar heatmap: a week each, Sunday on top. */
export const HEATMAP_WEEKS = 53;

/** Everything the statistics page shows, plain data so a worker can post it. */
export interface CardStats {
  now: number;
  /** Epoch ms at which today's study day began. */
  today: number;
  /** Ratings of the cards in scope, ever. */
  totalReviews: number;
  /** When the first of them was made; null = never. */
  firstReview: number | null;
  counts: CardCounts;
  /** The heatmap's days, oldest first: from the Sunday 52 weeks before this week's through today. */
  heatmap: DayCount[];
  /** Over the whole log, not only the heatmap's year. */
  streaks: Streaks;
  /** The last 365 days. */
  year: StudySummary;
  /** The last REVIEW_HISTORY_DAYS days, oldest first. */
  reviewsByDay: ReviewKindDay[];
  forecast: DayCount[];
  retention: RetentionRow[];
  decks: GroupStrength[];
  tags: GroupStrength[];
}

export interface StatsAccumulator {
  /** Feeds a batch of the log (any order, any card; entries outside the scope and non-ratings are skipped). */
  add(entries: Iterable<StatsLogEntry>): void;
  /** The statistics, from the log fed so far and the cards' current records. */
  finish(records: CardRecords, scheduler: Pick<Scheduler, 'retrievability'>): CardStats;
}

/**
 * Statistics in one pass over the log, fed in batches so a caller can page
 * through a large table without holding it. Per-day counts live in typed
 * arrays indexed by days back from today.
 */
export function createStatsAccumulator(scope: StatsScope, now: number, dayStartHour: number): StatsAccumulator {
  const calendar = createStudyCalendar(now, dayStartHour);
  const cardIndex = new Map<string, number>();
  scope.cards.forEach((card, index) => cardIndex.set(card.id, index));
  const byKind = Object.fromEntries(REVIEW_KINDS.map((kind) => [kind, new Int32Array(REVIEW_HISTORY_DAYS)])) as Record<
    ReviewKind,
    Int32Array
  >;
  // Every day back to the first review, for the longest streak; grows as older reviews come in.
  let perDay = new Int32Array(HEATMAP_WEEKS * 7);
  let oldestDay = 0;
  let totalReviews = 0;
  let firstReview = Infinity;
  const retention = new TrueRetention();

  const countDay = (daysBack: number) => {
    if (daysBack >= perDay.length) {
      const grown = new Int32Array(Math.max(perDay.length * 2, daysBack + 1));
      grown.set(perDay);
      perDay = grown;
    }
    perDay[daysBack] = perDay[daysBack]! + 1;
    if (daysBack > oldestDay) oldestDay = daysBack;
  };

  return {
    add(entries) {
      for (const entry of entries) {
        if (entry.kind !== 'rating') continue;
        const card = cardIndex.get(entry.cardId);
        if (card === undefined) continue;
        const at = entry.reviewedAt;
        totalReviews += 1;
        if (at < firstReview) firstReview = at;
        const daysBack = -calendar.dayOf(at);
        // A rating stamped after now (a clock set back since) counts in the total only.
        if (daysBack < 0) continue;
        countDay(daysBack);
        if (daysBack < REVIEW_HISTORY_DAYS) {
          const kind = byKind[reviewKindOf(entry)];
          kind[daysBack] = kind[daysBack]! + 1;
        }
        if (daysBack < RETENTION_DAYS && entry.grade !== undefined) {
          retention.add(card, daysBack, at - calendar.startOf(-daysBack), entry.grade, entry.before);
        }
      }
    },
    finish(records, scheduler) {
      const counts = emptyCardCounts();
      for (const card of scope.cards) counts[cardBucketOf(records.get(card.id), now)] += 1;
      counts.total = scope.cards.length;
      const history = Array.from(perDay.subarray(0, oldestDay + 1)).reverse();
      const lastYear = pastDays(calendar, REVIEW_HISTORY_DAYS, (daysBack) => perDay[daysBack] ?? 0);
      const first = totalReviews > 0 ? firstReview : null;
      return {
        now,
        today: calendar.startOf(0),
        totalReviews,
        firstReview: first,
        counts,
        heatmap: pastDays(calendar, heatmapDays(calendar), (daysBack) => perDay[daysBack] ?? 0),
        streaks: streaksOf(totalReviews > 0 ? history : []),
        year: summarizeDays(lastYear, first),
        reviewsByDay: Array.from({ length: REVIEW_HISTORY_DAYS }, (_, index) => {
          const daysBack = REVIEW_HISTORY_DAYS - 1 - index;
          const day = { start: calendar.startOf(-daysBack) } as ReviewKindDay;
          for (const kind of REVIEW_KINDS) day[kind] = byKind[kind][daysBack]!;
          return day;
        }),
        forecast: dueForecast(scope.cards, records, calendar),
        retention: retention.rows(),
        ...groupStrengths(scope, records, scheduler, now),
      };
    },
  };
}

/** The last `count` study days, oldest first, today last. */
function pastDays(calendar: StudyCalendar, count: number, countOf: (daysBack: number) => number): DayCount[] {
  return Array.from({ length: count }, (_, index) => {
    const daysBack = count - 1 - index;
    return { start: calendar.startOf(-daysBack), count: countOf(daysBack) };
  });
}

/** 52 full weeks before this one, plus this week from Sunday through today. */
function heatmapDays(calendar: StudyCalendar): number {
  const weekday = new Date(calendar.startOf(0)).getDay();
  return (HEATMAP_WEEKS - 1) * 7 + weekday + 1;
}

/** All statistics at once, for a log already in memory. */
export function computeStats(input: {
  reviews: Iterable<StatsLogEntry>;
  records: CardRecords;
  scope: StatsScope;
  scheduler: Pick<Scheduler, 'retrievability'>;
  now: number;
  dayStartHour: number;
}): CardStats {
  const accumulator = createStatsAccumulator(input.scope, input.now, input.dayStartHour);
  accumulator.add(input.reviews);
  return accumulator.finish(input.records, input.scheduler);
}
