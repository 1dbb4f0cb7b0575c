import { useLiveQuery } from 'dexie-react-hooks';
import { useAppStore } from '../state/store';

/**
 * useLiveQuery that degrades instead of hanging: when IndexedDB is missing
 * or refused (the shell reports it), or a read fails, screens get `fallback`
 * and keep showing notes. Undefined only while the first read is under way.
 */
export function useStoredQuery<T>(query: () => Promise<T>, deps: unknown[], fallback: T): T | undefined {
  const storageError = useAppStore((state) => state.storageError);
  const live = useLiveQuery(() => (storageError ? fallback : query().catch(() => fallback)), [storageError, ...deps]);
  // A liveQuery started before the failure was known may never settle.
  return storageError ? fallback : live;
}
