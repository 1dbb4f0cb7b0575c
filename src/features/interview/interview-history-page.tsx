import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { coverageTrend, sessionPercent } from '../../core';
import { formatDateTime } from '../../i18n/format';
import { CoverageTrend } from './coverage-trend';
import { SourceLabel } from './source-label';
import { useInterviewSessions } from './use-interview-session';
import { usePageTitle } from '../../hooks/use-document-title';

export function InterviewHistoryPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('interview.history.title'));
  const sessions = useInterviewSessions();
  const rows = useMemo(
    () => (sessions ?? []).map((session) => ({ session, percent: sessionPercent(session.results) })),
    [sessions],
  );
  const trend = useMemo(
    () => coverageTrend(rows.map(({ session, percent }) => ({ finishedAt: session.finishedAt, percent }))),
    [rows],
  );

  return (
    <section className="panel interview-history">
      <h1>{t('interview.history.title')}</h1>
      <p className="actions">
        <Link className="button small" to="/interview">
          {t('interview.report.newInterview')}
        </Link>
      </p>
      {sessions === undefined ? (
        <p className="muted">{t('interview.session.loading')}</p>
      ) : sessions.length === 0 ? (
        <p>{t('interview.history.empty')}</p>
      ) : (
        <>
          <CoverageTrend points={trend} />
          <h2>{t('interview.history.sessions')}</h2>
          <ul className="history-list">
            {rows.map(({ session, percent }) => {
              const done = session.status === 'done';
              return (
                <li key={session.id}>
                  <Link to={done ? `/interview/report/${session.id}` : `/interview/session/${session.id}`}>
                    {formatDateTime(session.startedAt, i18n.language)}
                  </Link>
                  <span className="history-source">
                    <SourceLabel source={session.settings.source} />
                  </span>
                  <span className="history-facts">
                    {t('interview.history.answered')} {session.results.length}/{session.cardIds.length} ·{' '}
                    {t('interview.history.coverage')} {percent === null ? '—' : `${Math.round(percent)}%`} ·{' '}
                    <span className={done ? '' : 'chip state-learning'}>
                      {done ? t('interview.history.done') : t('interview.history.inProgress')}
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
