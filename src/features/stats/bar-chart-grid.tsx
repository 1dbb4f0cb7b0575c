import { useStatsFormat } from './use-stats-format';

/** Where a bar chart draws: its SVG box and the plot inside it, left of which the scale is written. */
export interface ChartBox {
  width: number;
  left: number;
  top: number;
  plotHeight: number;
}

/** The horizontal lines of a bar chart at 0, half and the maximum, each with its value. */
export function BarChartGrid({ box, max }: { box: ChartBox; max: number }) {
  const format = useStatsFormat();
  return (
    <>
      {[0, 0.5, 1].map((level) => {
        const y = box.top + box.plotHeight * (1 - level);
        return (
          <g key={level}>
            <line x1={box.left} x2={box.width} y1={y} y2={y} className="chart-grid" />
            <text x={box.left - 4} y={y + 4} className="chart-label" textAnchor="end">
              {format.integer(Math.round(max * level))}
            </text>
          </g>
        );
      })}
    </>
  );
}
