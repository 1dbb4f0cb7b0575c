import { useTranslation } from 'react-i18next';
import type { TrendPoint } from '../../core';
import { formatDateTime } from '../../i18n/format';

const WIDTH = 320;
const HEIGHT = 120;
const PAD = 16;

/**
 * Coverage of finished sessions as a line, sessions evenly spaced in time
 * order (real gaps of days would squeeze a week of practice into a dot).
 * The drawing is hidden from screen readers; a summary sentence and a table
 * say the same in words.
 */
export function CoverageTrend({ points }: { points: TrendPoint[] }) {
  const { t, i18n } = useTranslation();
  if (points.length === 0) return null;
  const step = points.length > 1 ? (WIDTH - 2 * PAD) / (points.length - 1) : 0;
  const xy = points.map((point, index) => ({
    x: points.length > 1 ? PAD + index * step : WIDTH / 2,
    y: PAD + ((100 - point.percent) / 100) * (HEIGHT - 2 * PAD),
  }));
  const first = points[0]?.percent ?? 0;
  const last = points.at(-1)?.percent ?? 0;
  return (
    <section className="trend" aria-labelledby="trend-title">
      <h2 id="trend-title">{t('interview.history.trend')}</h2>
      <p>
        {t('interview.history.trendSummary', {
          count: points.length,
          first: Math.round(first),
          last: Math.round(last),
        })}
      </p>
      <svg className="trend-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
        {[0, 50, 100].map((level) => {
          const y = PAD + ((100 - level) / 100) * (HEIGHT - 2 * PAD);
          return (
            <g key={level}>
              <line x1={PAD} x2={WIDTH - PAD} y1={y} y2={y} className="trend-grid" />
              <text x={2} y={y + 3} className="trend-axis">
                {level}
              </text>
            </g>
          );
        })}
        <polyline points={xy.map(({ x, y }) => `${x},${y}`).join(' ')} className="trend-line" />
        {xy.map(({ x, y }, index) => (
          <circle key={index} cx={x} cy={y} r={3} className="trend-dot" />
        ))}
      </svg>
      <details>
        <summary>{t('interview.history.trendTable')}</summary>
        <table className="deck-table">
          <caption className="visually-hidden">{t('interview.history.trend')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('interview.history.date')}</th>
              <th scope="col">{t('interview.history.coverage')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point, index) => (
              <tr key={index}>
                <td>{formatDateTime(point.at, i18n.language)}</td>
                <td>{Math.round(point.percent)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
