import { useTranslation } from 'react-i18next';
import type { DayCount } from '../../core';
import { ChartTable } from './chart-table';
import { BarChartGrid } from './bar-chart-grid';
import { useStatsFormat } from './use-stats-format';

const WIDTH = 400;
const HEIGHT = 140;
const LEFT = 28;
const TOP = 8;
const BOTTOM = 18;

/** Cards falling due on each of the next 30 study days (overdue ones today). */
export function ForecastChart({ forecast }: { forecast: DayCount[] }) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const total = forecast.reduce((sum, day) => sum + day.count, 0);
  const max = Math.max(1, ...forecast.map((day) => day.count));
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const barWidth = (WIDTH - LEFT) / forecast.length;
  const dayName = (index: number) =>
    index === 0 ? t('stats.forecast.today') : format.shortDay(forecast[index]!.start);

  return (
    <section className="panel" aria-labelledby="stats-forecast">
      <h2 id="stats-forecast">{t('stats.forecast.title')}</h2>
      <p>
        {total === 0
          ? t('stats.forecast.none')
          : t('stats.forecast.summary', {
              total: format.integer(total),
              average: format.average(total / forecast.length),
              tomorrow: format.integer(forecast[1]?.count ?? 0),
            })}
      </p>
      {total > 0 && (
        <>
          <svg className="bar-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
            <BarChartGrid box={{ width: WIDTH, left: LEFT, top: TOP, plotHeight }} max={max} />
            {forecast.map((day, index) => {
              const height = (plotHeight * day.count) / max;
              return (
                <rect
                  key={day.start}
                  x={LEFT + index * barWidth + barWidth * 0.1}
                  y={TOP + plotHeight - height}
                  width={barWidth * 0.8}
                  height={height}
                  className="forecast-bar"
                />
              );
            })}
            <text x={LEFT} y={HEIGHT - 4} className="chart-label">
              {dayName(0)}
            </text>
            <text x={WIDTH} y={HEIGHT - 4} className="chart-label" textAnchor="end">
              {dayName(forecast.length - 1)}
            </text>
          </svg>
          <ChartTable caption={t('stats.forecast.title')}>
            <thead>
              <tr>
                <th scope="col">{t('stats.date')}</th>
                <th scope="col" className="number">
                  {t('stats.forecast.due')}
                </th>
              </tr>
            </thead>
            <tbody>
              {forecast.map((day, index) => (
                <tr key={day.start}>
                  <th scope="row">{dayName(index)}</th>
                  <td className="number">{format.integer(day.count)}</td>
                </tr>
              ))}
            </tbody>
          </ChartTable>
        </>
      )}
      <p className="muted stats-note">{t('stats.forecast.note')}</p>
    </section>
  );
}
