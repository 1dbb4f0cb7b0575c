import { useTranslation } from 'react-i18next';
import { formatClock } from './use-countdown';

/** The moments worth interrupting a screen reader for; every second would drown the question. */
function announcement(leftMs: number): 'announce30' | 'announce10' | null {
  if (leftMs <= 0) return null;
  if (leftMs <= 10_000) return 'announce10';
  if (leftMs <= 30_000) return 'announce30';
  return null;
}

/** A visible mm:ss clock; the live region changes (and so speaks) only at 30 s and 10 s left. */
export function Countdown({ leftMs }: { leftMs: number | null }) {
  const { t } = useTranslation();
  if (leftMs === null) return <p className="countdown muted">{t('interview.session.noLimit')}</p>;
  const message = announcement(leftMs);
  return (
    <div className={`countdown${leftMs <= 30_000 ? ' countdown-low' : ''}`}>
      <span className="countdown-label">{t('interview.session.timeLeft')}</span>{' '}
      <span role="timer" aria-live="off" className="countdown-clock">
        {formatClock(leftMs)}
      </span>
      <p className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {message ? t(`interview.session.${message}`) : ''}
      </p>
    </div>
  );
}
