import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_KINDS, summarizeDays, type CardStats, type ReviewKind, type ReviewKindDay } from '../../core';
import { ChartTable } from './chart-table';
import { BarChartGrid } from './bar-chart-grid';
import { useStatsFormat } from './use-stats-format';

const RANGES = [30, 90, 365] as const;
type Range = (typeof RANGES)[number];

const WIDTH = 400;
const HEIGHT = 160;
const LEFT = 28;
const TOP = 8;
const BOTTOM = 18;

const totalOf = (day: ReviewKindDay) => REVIEW_KINDS.reduce((sum, kind) => sum + day[kind], 0);

/** Ratings per day as stacked bars by kind (learn, review, relearn, interview), over 30, 90 or 365 days. */
export function ReviewsChart({ stats }: { stats: CardStats }) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const name = useId();
  const [range, setRange] = useState<Range>(30);
  const days = stats.reviewsByDay.slice(-range);
  const totals = days.map(totalOf);
  const max = Math.max(1, ...totals);
  const summary = summarizeDays(
    days.map((day, index) => ({ start: day.start, count: totals[index]! })),
    stats.firstReview,
  );
  const byKind = Object.fromEntries(
    REVIEW_KINDS.map((kind) => [kind, days.reduce((sum, day) => sum + day[kind], 0)]),
  ) as Record<ReviewKind, number>;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const barWidth = (WIDTH - LEFT) / range;
  const studied = days.filter((_, index) => totals[index]! > 0).reverse();

  return (
    <section className="panel" aria-labelledby="stats-by-day">
      <h2 id="stats-by-day">{t('stats.byDay.title')}</h2>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('stats.byDay.range')}</legend>
        {RANGES.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={range === option}
              onChange={() => setRange(option)}
            />
            <span>{t(`stats.byDay.days${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <p aria-live="polite">
        {summary.reviews === 0
          ? t('stats.byDay.summaryNone')
          : t('stats.byDay.summary', {
              days: format.integer(summary.periodDays),
              studied: format.integer(summary.daysStudied),
              reviews: format.integer(summary.reviews),
              perStudied: format.average(summary.averagePerStudiedDay ?? 0),
              perDay: format.average(summary.averageOverPeriod ?? 0),
            })}
      </p>
      <svg className="bar-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
        <BarChartGrid box={{ width: WIDTH, left: LEFT, top: TOP, plotHeight }} max={max} />
        {days.map((day, index) => {
          let base = TOP + plotHeight;
          return (
            <g key={day.start}>
              {REVIEW_KINDS.map((kind) => {
                const height = (plotHeight * day[kind]) / max;
                base -= height;
                return height > 0 ? (
                  <rect
                    key={kind}
                    x={LEFT + index * barWidth + barWidth * 0.1}
                    y={base}
                    width={barWidth * 0.8}
                    height={height}
                    className={`kind-${kind}`}
                  />
                ) : null;
              })}
            </g>
          );
        })}
        <text x={LEFT} y={HEIGHT - 4} className="chart-label">
          {format.shortDay(days[0]!.start)}
        </text>
        <text x={WIDTH} y={HEIGHT - 4} className="chart-label" textAnchor="end">
          {format.shortDay(days.at(-1)!.start)}
        </text>
      </svg>
      <ul className="chart-legend">
        {REVIEW_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`swatch kind-${kind}`} aria-hidden="true" /> {t(`stats.byDay.${kind}`)}{' '}
            {format.integer(byKind[kind])}
          </li>
        ))}
      </ul>
      <p className="muted stats-note">{t('stats.byDay.kindsNote')}</p>
      <ChartTable caption={t('stats.byDay.title')} note={t('stats.studiedDaysOnly')}>
        <thead>
          <tr>
            <th scope="col">{t('stats.date')}</th>
            {REVIEW_KINDS.map((kind) => (
              <th key={kind} scope="col" className="number">
                {t(`stats.byDay.${kind}`)}
              </th>
            ))}
            <th scope="col" className="number">
              {t('stats.byDay.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {studied.map((day) => (
            <tr key={day.start}>
              <th scope="row">{format.shortDay(day.start)}</th>
              {REVIEW_KINDS.map((kind) => (
                <td key={kind} className="number">
                  {format.integer(day[kind])}
                </td>
              ))}
              <td className="number">{format.integer(totalOf(day))}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </section>
  );
}
