import { MATURE_INTERVAL_DAYS } from './card-counts';

/** The periods of Anki's true-retention table, as study days back from today (0 = today). */
export const RETENTION_PERIODS = [
  { period: 'today', from: 0, to: 0 },
  { period: 'yesterday', from: 1, to: 1 },
  { period: 'week', from: 0, to: 6 },
  { period: 'month', from: 0, to: 29 },
  { period: 'year', from: 0, to: 364 },
] as const;

export type RetentionPeriod = (typeof RETENTION_PERIODS)[number]['period'];

/** The longest period, in study days: older ratings do not enter the table. */
export const RETENTION_DAYS = 365;

export interface PassFail {
  passed: number;
  failed: number;
}

export interface RetentionRow {
  period: RetentionPeriod;
  young: PassFail;
  mature: PassFail;
  total: PassFail;
}

/** Passed share of the reviews, 0–1; null when there were none (never a made-up figure). */
export function retentionRate({ passed, failed }: PassFail): number | null {
  return passed + failed > 0 ? passed / (passed + failed) : null;
}

const REVIEW_PHASE = 1;
const MATURE = 2;
const FAILED = 4;
/** Longer than any study day (25 hours when clocks go back), in ms; fits 27 bits. */
const DAY_MS_LIMIT = 2 ** 27 - 1;
// Where the high and low 32 bits of a 64-bit element sit in a Uint32Array view (platform byte order).
const HIGH = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 1 : 0;
const LOW = 1 - HIGH;

/**
 * Anki's true retention: among the ratings of review cards, the first rating
 * of a card on a study day is a pass (Hard, Good, Easy) or a fail (Again);
 * young or mature by the interval the card had before it. Ratings go in any
 * order. Each is packed into one 64-bit number — card and day above, time
 * into the day and outcome below — so one native sort of a typed array puts
 * each card-day's earliest rating first, with no object or map entry per
 * rating (a million ratings sort in tens of milliseconds).
 */
export class TrueRetention {
  private words = new Uint32Array(2048);
  private size = 0;

  /**
   * `card`: the card's index in scope; `daysBack`: 0 = today … RETENTION_DAYS - 1;
   * `msIntoDay`: time since that study day began.
   */
  add(
    card: number,
    daysBack: number,
    msIntoDay: number,
    grade: number,
    before: { phase: string; scheduledDays: number } | null,
  ): void {
    let flags = grade === 1 ? FAILED : 0;
    if (before?.phase === 'review') flags |= REVIEW_PHASE;
    if (before && before.scheduledDays >= MATURE_INTERVAL_DAYS) flags |= MATURE;
    if (2 * this.size + 2 > this.words.length) {
      const grown = new Uint32Array(this.words.length * 2);
      grown.set(this.words);
      this.words = grown;
    }
    const at = 2 * this.size;
    this.words[at + HIGH] = card * RETENTION_DAYS + daysBack;
    this.words[at + LOW] = Math.min(Math.max(0, msIntoDay), DAY_MS_LIMIT) * 8 + flags;
    this.size += 1;
  }

  rows(): RetentionRow[] {
    const rows = RETENTION_PERIODS.map(({ period }) => ({
      period,
      young: { passed: 0, failed: 0 },
      mature: { passed: 0, failed: 0 },
      total: { passed: 0, failed: 0 },
    }));
    new BigUint64Array(this.words.buffer, 0, this.size).sort();
    let previous = -1;
    for (let index = 0; index < this.size; index += 1) {
      const key = this.words[2 * index + HIGH]!;
      if (key === previous) continue;
      previous = key;
      const flags = this.words[2 * index + LOW]! & 7;
      // Only a card that was in review counts; a first rating of the day while (re)learning does not.
      if (!(flags & REVIEW_PHASE)) continue;
      const daysBack = key % RETENTION_DAYS;
      const outcome = flags & FAILED ? 'failed' : 'passed';
      const group = flags & MATURE ? 'mature' : 'young';
      RETENTION_PERIODS.forEach(({ from, to }, period) => {
        if (daysBack < from || daysBack > to) return;
        const row = rows[period]!;
        row[group][outcome] += 1;
        row.total[outcome] += 1;
      });
    }
    return rows;
  }
}
