import type { CardRecord } from '../scheduler/card-record';
import type { Phase } from '../scheduler/scheduling-types';

/**
 * The part of a card-log entry statistics read. Structural, so the core does
 * not depend on stored rows: a db ReviewRow fits as it is.
 */
export interface StatsLogEntry {
  cardId: string;
  /** 'rating' or another card action; only ratings are reviews. */
  kind: string;
  grade?: number;
  reviewedAt: number;
  source: string;
  before: { phase: Phase; scheduledDays: number } | null;
}

/** A card the statistics cover, and the note it comes from. */
export interface StatsCard {
  id: string;
  noteId: string;
}

/** Where a note sits, for the per-deck and per-tag figures. */
export interface StatsNote {
  id: string;
  /** Folder ('' at the top); a card counts for its deck and every parent deck. */
  deck: string;
  tags: readonly string[];
}

/** What the statistics cover: plain data, so it can be posted to a worker. */
export interface StatsScope {
  cards: readonly StatsCard[];
  notes: readonly StatsNote[];
}

export type CardRecords = ReadonlyMap<string, CardRecord>;

export interface DayCount {
  /** Epoch ms at which the study day begins. */
  start: number;
  count: number;
}

/** Ratings by what the card was before: Anki's learn / review / relearn, plus mock-interview answers. */
export type ReviewKind = 'learn' | 'review' | 'relearn' | 'interview';
export const REVIEW_KINDS: readonly ReviewKind[] = ['learn', 'review', 'relearn', 'interview'];

export interface ReviewKindDay extends Record<ReviewKind, number> {
  start: number;
}
