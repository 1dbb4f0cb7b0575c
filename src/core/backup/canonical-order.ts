import { compareEvents } from '../scheduler/card-event';
import type { Backup, BackupInterviewSession } from './backup-format';

/**
 * JSON with object keys sorted, so two equal values always give the same
 * string whatever order their keys were written in: the deterministic
 * tie-break of a merge compares these.
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const record = inner as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, record[key]]),
    );
  });
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Of two values that claim the same id, the one every device picks, whichever side it came from. */
export function pickDeterministic<T>(a: T, b: T): T {
  return stableStringify(a) >= stableStringify(b) ? a : b;
}

function compareSessions(a: BackupInterviewSession, b: BackupInterviewSession): number {
  return a.startedAt - b.startedAt || compareStrings(a.uid, b.uid);
}

/**
 * Every list in one fixed order (the log in replay order, the rest by key),
 * so equal backups are equal objects and files diff cleanly.
 */
export function inCanonicalOrder(backup: Backup): Backup {
  return {
    ...backup,
    profiles: [...backup.profiles].sort((a, b) => compareStrings(a.id, b.id)),
    reviews: [...backup.reviews].sort(compareEvents),
    cardStates: [...backup.cardStates].sort((a, b) => compareStrings(a.cardId, b.cardId)),
    interviewSessions: [...backup.interviewSessions].sort(compareSessions),
    settings: [...backup.settings].sort((a, b) => compareStrings(a.key, b.key)),
    notes: [...backup.notes].sort((a, b) => compareStrings(a.path, b.path)),
    archive: [...backup.archive].sort((a, b) => compareStrings(a.cardId, b.cardId)),
  };
}
