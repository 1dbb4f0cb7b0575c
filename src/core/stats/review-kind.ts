import type { ReviewKind, StatsLogEntry } from './stats-types';

/**
 * What a rating was, as Anki's review graph splits them: a mock-interview
 * answer counts as an interview whatever the card's phase; otherwise the
 * card's phase before the rating decides.
 */
export function reviewKindOf(entry: Pick<StatsLogEntry, 'source' | 'before'>): ReviewKind {
  if (entry.source === 'interview') return 'interview';
  switch (entry.before?.phase) {
    case 'review':
      return 'review';
    case 'relearning':
      return 'relearn';
    default:
      return 'learn';
  }
}
