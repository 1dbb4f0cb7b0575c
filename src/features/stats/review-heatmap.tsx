import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { heatLevel, type CardStats } from '../../core';
import { ChartTable } from './chart-table';
import { NoData } from './no-data';
import { useStatsFormat } from './use-stats-format';

const STEP = 13;
const CELL = 11;
const LEFT = 22;
const TOP = 18;

/**
 * A year of study days, a column per week (Sunday on top), coloured by the
 * number of reviews; with streaks and daily averages as Anki words them, and
 * the studied days as a table for screen readers.
 */
export function ReviewHeatmap({ stats }: { stats: CardStats }) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = scroller.current;
    if (element) element.scrollLeft = element.scrollWidth;
  }, []);
  const days = stats.heatmap;
  const weeks = Math.ceil(days.length / 7);
  const max = days.reduce((most, day) => Math.max(most, day.count), 0);
  const { year, streaks } = stats;
  const cellLabel = (start: number, count: number) =>
    t('stats.calendar.cell', { date: format.longDay(start), n: format.integer(count), count });
  const dayCount = (n: number) => t('stats.calendar.days', { n: format.integer(n), count: n });
  const monthLabels = Array.from({ length: weeks }, (_, week) => days[week * 7]!).flatMap((day, week) => {
    const previous = week > 0 ? days[(week - 1) * 7] : undefined;
    const starts = !previous || new Date(previous.start).getMonth() !== new Date(day.start).getMonth();
    // The first column's month is left out when the next label would run into it.
    return starts && week < weeks - 2 && !(week === 0 && new Date(days[7]!.start).getDate() <= 14)
      ? [{ week, label: format.month(day.start) }]
      : [];
  });
  const studied = days.filter((day) => day.count > 0).reverse();

  return (
    <section className="panel" aria-labelledby="stats-calendar">
      <h2 id="stats-calendar">{t('stats.calendar.title')}</h2>
      {/* On a phone the year keeps readable cells and scrolls, starting at the latest weeks. */}
      <div
        ref={scroller}
        className="heatmap-scroll"
        tabIndex={0}
        role="group"
        aria-label={t('stats.calendar.scrollLabel')}
      >
        <svg
          className="heatmap"
          viewBox={`0 0 ${LEFT + weeks * STEP} ${TOP + 7 * STEP}`}
          aria-hidden="true"
          focusable="false"
        >
          {monthLabels.map(({ week, label }) => (
            <text key={week} x={LEFT + week * STEP} y={TOP - 4} className="chart-label">
              {label}
            </text>
          ))}
          {[1, 3, 5].map((row) => (
            <text key={row} x={0} y={TOP + row * STEP + CELL - 2} className="chart-label">
              {format.weekday(days[row]!.start)}
            </text>
          ))}
          {days.map((day, index) => (
            <rect
              key={day.start}
              x={LEFT + Math.floor(index / 7) * STEP}
              y={TOP + (index % 7) * STEP}
              width={CELL}
              height={CELL}
              rx={2}
              className={`heat-${heatLevel(day.count, max)}`}
            >
              <title>{cellLabel(day.start, day.count)}</title>
            </rect>
          ))}
        </svg>
      </div>
      <p className="heat-legend" aria-hidden="true">
        {t('stats.calendar.less')}
        {[0, 1, 2, 3, 4].map((level) => (
          <span key={level} className={`swatch heat-${level}`} />
        ))}
        {t('stats.calendar.more')}
      </p>
      <dl className="stat-list">
        <div>
          <dt>{t('stats.calendar.yearTotal')}</dt>
          <dd>{format.integer(year.reviews)}</dd>
        </div>
        <div>
          <dt>{t('stats.calendar.daysStudied')}</dt>
          <dd>
            {year.periodDays > 0 ? (
              t('stats.calendar.daysStudiedValue', {
                studied: format.integer(year.daysStudied),
                period: format.integer(year.periodDays),
                percent: format.percent(year.daysStudied / year.periodDays),
              })
            ) : (
              <NoData />
            )}
          </dd>
        </div>
        <div>
          <dt>{t('stats.calendar.averageStudied')}</dt>
          <dd>{year.averagePerStudiedDay === null ? <NoData /> : format.average(year.averagePerStudiedDay)}</dd>
        </div>
        <div>
          <dt>{t('stats.calendar.averagePeriod')}</dt>
          <dd>{year.averageOverPeriod === null ? <NoData /> : format.average(year.averageOverPeriod)}</dd>
        </div>
        <div>
          <dt>{t('stats.calendar.currentStreak')}</dt>
          <dd>{dayCount(streaks.current)}</dd>
        </div>
        <div>
          <dt>{t('stats.calendar.longestStreak')}</dt>
          <dd>{dayCount(streaks.longest)}</dd>
        </div>
      </dl>
      <p className="muted stats-note">{t('stats.calendar.periodNote')}</p>
      <ChartTable caption={t('stats.calendar.title')} note={t('stats.studiedDaysOnly')}>
        <thead>
          <tr>
            <th scope="col">{t('stats.date')}</th>
            <th scope="col" className="number">
              {t('stats.reviews')}
            </th>
          </tr>
        </thead>
        <tbody>
          {studied.map((day) => (
            <tr key={day.start}>
              <th scope="row">{format.longDay(day.start)}</th>
              <td className="number">{format.integer(day.count)}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </section>
  );
}
