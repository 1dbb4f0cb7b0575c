import { useLiveQuery } from 'dexie-react-hooks';
import { db, readStudySnapshot, type StudySnapshot } from '../db';
import { useAppStore } from '../state/store';

/**
 * The study snapshot, kept live: any rating (in this tab or another) re-reads
 * it. Undefined while loading; null when storage is unavailable, so screens
 * can still show content.
 */
export function useStudySnapshot(now: number): StudySnapshot | null | undefined {
  const storageError = useAppStore((state) => state.storageError);
  return useLiveQuery(() => (storageError ? null : readStudySnapshot(db, now).catch(() => null)), [now, storageError]);
}
