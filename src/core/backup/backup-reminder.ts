/** How long progress may go without a backup before the app suggests one, and how long "later" lasts. */
export const BACKUP_REMINDER_INTERVAL_MS = 14 * 24 * 60 * 60 * 1000;

export interface BackupStatus {
  /** The earliest entry of the card log; null when the learner has none. */
  firstReviewAt: number | null;
  lastBackupAt: number | null;
  /** When the learner last put the reminder off. */
  reminderDismissedAt: number | null;
}

/**
 * Whether to suggest a backup at `now`: the learner has progress to lose,
 * the last backup (or, with none, the first review) is at least two weeks
 * old, and the reminder was not put off in the last two weeks.
 */
export function isBackupDue(status: BackupStatus, now: number): boolean {
  if (status.firstReviewAt === null) return false;
  if (status.reminderDismissedAt !== null && now - status.reminderDismissedAt < BACKUP_REMINDER_INTERVAL_MS) {
    return false;
  }
  const since = status.lastBackupAt ?? status.firstReviewAt;
  return now - since >= BACKUP_REMINDER_INTERVAL_MS;
}

/** `mundap-backup-2026-03-02.json`, dated in the learner's own time zone. */
export function backupFileName(now: number): string {
  const date = new Date(now);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `mundap-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}
