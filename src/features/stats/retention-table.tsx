import { useTranslation } from 'react-i18next';
import { retentionRate, type PassFail, type RetentionRow } from '../../core';
import { NoData } from './no-data';
import { useStatsFormat } from './use-stats-format';

const GROUPS = ['young', 'mature', 'total'] as const;

/**
 * Anki's true-retention table: a row per period, and for young, mature and
 * all cards the share passed with its counts (a dash where nothing was
 * reviewed). Three columns of figures so it fits a phone.
 */
export function RetentionTable({ rows }: { rows: RetentionRow[] }) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const cell = (counts: PassFail) => {
    const rate = retentionRate(counts);
    if (rate === null) return <NoData />;
    return (
      <>
        <strong>{format.percent(rate)}</strong>
        <span className="retention-counts">
          <span>{t('stats.retention.passed', { n: format.integer(counts.passed) })}</span>{' '}
          <span>{t('stats.retention.failed', { n: format.integer(counts.failed) })}</span>
        </span>
      </>
    );
  };
  return (
    <section className="panel" aria-labelledby="stats-retention">
      <h2 id="stats-retention">{t('stats.retention.title')}</h2>
      <table className="deck-table stats-table retention-table">
        <caption className="visually-hidden">{t('stats.retention.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.retention.period')}</th>
            {GROUPS.map((group) => (
              <th key={group} scope="col" className="number">
                {t(`stats.retention.${group}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.period}>
              <th scope="row">{t(`stats.retention.${row.period}`)}</th>
              {GROUPS.map((group) => (
                <td key={group} className="number">
                  {cell(row[group])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted stats-note">{t('stats.retention.note')}</p>
    </section>
  );
}
