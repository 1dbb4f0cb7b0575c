import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatRelative } from '../../i18n/format';

interface StudyCompleteProps {
  reviewed: number;
  nextDue: number | null | undefined;
  now: number;
  newLimit: number | null;
  /** New cards of a table begun today, waiting for tomorrow. */
  siblingsHeld: number;
}

/** The end of a session: what was done, and what is due next and when. */
export function StudyComplete({ reviewed, nextDue, now, newLimit, siblingsHeld }: StudyCompleteProps) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel study-complete" role="status" aria-live="polite">
      <h1>{t('study.doneTitle')}</h1>
      {reviewed > 0 && <p>{t('study.doneReviewed', { count: reviewed })}</p>}
      {nextDue === undefined ? null : nextDue === null ? (
        <p>{t('study.nothingScheduled')}</p>
      ) : (
        <p className="next-due">
          {t('study.nextDue', {
            relative: formatRelative(nextDue, now, i18n.language),
            date: formatDateTime(nextDue, i18n.language),
          })}
        </p>
      )}
      {newLimit !== null && <p>{t('study.newLimitReached', { limit: newLimit })}</p>}
      {siblingsHeld > 0 && <p>{t('study.siblingsHeld', { count: siblingsHeld })}</p>}
      <Link className="button" to="/">
        {t('study.backHome')}
      </Link>
    </section>
  );
}
