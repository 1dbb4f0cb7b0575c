import { db, readStudySnapshot, type StudySnapshot } from '../db';
import { useStoredQuery } from './use-stored-query';

/**
 * The study snapshot, kept live: any rating (in this tab or another) re-reads
 * it. Undefined while loading; null when storage is unavailable, so screens
 * can still show content.
 */
export function useStudySnapshot(now: number): StudySnapshot | null | undefined {
  return useStoredQuery<StudySnapshot | null>(() => readStudySnapshot(db, now), [now], null);
}
