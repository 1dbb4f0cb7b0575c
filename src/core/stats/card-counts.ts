import type { CardRecord } from '../scheduler/card-record';

/** Anki's boundary: a review card whose interval is 21 days or more is mature. */
export const MATURE_INTERVAL_DAYS = 21;

export type CardBucket = 'new' | 'learning' | 'young' | 'mature' | 'suspended' | 'buried';
export const CARD_BUCKETS: readonly CardBucket[] = ['new', 'learning', 'young', 'mature', 'suspended', 'buried'];

export type CardCounts = Record<CardBucket, number> & { total: number };

/**
 * Where a card stands at `now`. Suspended and buried cards are counted apart
 * (suspension first), as Anki's card-count chart does; a card without a
 * record has never been touched and is new.
 */
export function cardBucketOf(record: CardRecord | undefined, now: number): CardBucket {
  if (!record) return 'new';
  if (record.suspended) return 'suspended';
  if (record.buriedUntil !== null && record.buriedUntil > now) return 'buried';
  switch (record.phase) {
    case 'new':
      return 'new';
    case 'learning':
    case 'relearning':
      return 'learning';
    case 'review':
      return record.scheduledDays >= MATURE_INTERVAL_DAYS ? 'mature' : 'young';
  }
}

export function emptyCardCounts(): CardCounts {
  return { new: 0, learning: 0, young: 0, mature: 0, suspended: 0, buried: 0, total: 0 };
}
