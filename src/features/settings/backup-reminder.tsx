import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isBackupDue } from '../../core';
import { db, dismissBackupReminder, readBackupStatus } from '../../db';
import { useNow } from '../../hooks/use-now';
import { useStoredQuery } from '../../hooks/use-stored-query';
import { formatRelative } from '../../i18n/format';
import { BACKUP_SECTION_ID } from './backup-section-id';

const HOUR = 60 * 60_000;

/**
 * A quiet banner when the learner's progress has gone two weeks without a
 * backup (IndexedDB goes with the browser's site data). Put off, it stays
 * away for two more weeks; a fresh profile with no reviews never sees it.
 */
export function BackupReminder() {
  const { t, i18n } = useTranslation();
  const [now] = useNow(HOUR);
  const status = useStoredQuery(() => readBackupStatus(db), [], null);
  if (!status || !isBackupDue(status, now)) return null;
  return (
    <aside className="banner backup-reminder" aria-label={t('backup.reminderLabel')}>
      <p>
        {status.lastBackupAt === null
          ? t('backup.reminderNever')
          : t('backup.reminder', { ago: formatRelative(status.lastBackupAt, now, i18n.language) })}
      </p>
      <div className="actions">
        <Link className="button small" to={`/settings#${BACKUP_SECTION_ID}`}>
          {t('backup.reminderAction')}
        </Link>
        <button
          type="button"
          className="button small secondary"
          onClick={() => void dismissBackupReminder(db, Date.now())}
        >
          {t('backup.reminderLater')}
        </button>
      </div>
    </aside>
  );
}
