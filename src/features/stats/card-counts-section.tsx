import { useTranslation } from 'react-i18next';
import { CARD_BUCKETS, type CardCounts } from '../../core';
import { NoData } from './no-data';
import { useStatsFormat } from './use-stats-format';

/**
 * Anki's card counts: a bar of the shares (decoration) and the table that
 * says the same in numbers.
 */
export function CardCountsSection({ counts }: { counts: CardCounts }) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const shown = CARD_BUCKETS.filter((bucket) => bucket !== 'buried' || counts.buried > 0);
  let offset = 0;
  return (
    <section className="panel" aria-labelledby="stats-counts">
      <h2 id="stats-counts">{t('stats.counts.title')}</h2>
      {counts.total > 0 && (
        <svg className="count-bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {shown.map((bucket) => {
            const width = (100 * counts[bucket]) / counts.total;
            const x = offset;
            offset += width;
            return <rect key={bucket} x={x} y={0} width={width} height={4} className={`bucket-${bucket}`} />;
          })}
        </svg>
      )}
      <table className="deck-table stats-table">
        <caption className="visually-hidden">{t('stats.counts.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.counts.state')}</th>
            <th scope="col" className="number">
              {t('stats.counts.cards')}
            </th>
            <th scope="col" className="number">
              {t('stats.counts.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((bucket) => (
            <tr key={bucket}>
              <th scope="row">
                <span className={`swatch bucket-${bucket}`} aria-hidden="true" /> {t(`stats.counts.${bucket}`)}
              </th>
              <td className="number">{format.integer(counts[bucket])}</td>
              <td className="number">
                {counts.total > 0 ? format.percent(counts[bucket] / counts.total) : <NoData />}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('stats.counts.total')}</th>
            <td className="number">{format.integer(counts.total)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <p className="muted stats-note">{t('stats.counts.note')}</p>
    </section>
  );
}
