import { useTheme } from '@material-ui/core/styles';
import type { Compliance } from '../../api';

/**
 * Props of {@link TrendChart}.
 *
 * @public
 */
export type TrendChartProps = {
  /** Past runs, oldest first. */
  trend: Compliance['trend'];
  /** Height of the chart in pixels. Default: `160`. */
  height?: number;
};

const WIDTH = 600;
const MARGIN = 28;

/**
 * Unwaived errors and warnings over past runs, as two lines.
 *
 * @public
 */
export function TrendChart(props: TrendChartProps) {
  const { trend, height = 160 } = props;
  const theme = useTheme();
  const points = trend.filter(t => t.status === 'succeeded');
  if (points.length === 0) {
    return <p>No successful run to chart yet.</p>;
  }

  const max = Math.max(
    1,
    ...points.map(p => p.counts.error + p.counts.warning),
  );
  const x = (i: number) =>
    MARGIN +
    (points.length === 1
      ? 0
      : (i * (WIDTH - 2 * MARGIN)) / (points.length - 1));
  const y = (v: number) => height - MARGIN - (v * (height - 2 * MARGIN)) / max;
  const line = (pick: (c: Compliance['trend'][number]['counts']) => number) =>
    points.map((p, i) => `${x(i)},${y(pick(p.counts))}`).join(' ');
  const series = [
    {
      label: 'errors',
      color: theme.palette.error.main,
      pick: (c: any) => c.error,
    },
    {
      label: 'warnings',
      color: theme.palette.warning.main,
      pick: (c: any) => c.warning,
    },
  ];
  const last = points[points.length - 1].counts;

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={`Findings over the last ${points.length} runs: now ${last.error} errors and ${last.warning} warnings`}
    >
      <line
        x1={MARGIN}
        y1={height - MARGIN}
        x2={WIDTH - MARGIN}
        y2={height - MARGIN}
        stroke={theme.palette.divider}
      />
      <text
        x={4}
        y={y(max) + 4}
        fontSize="11"
        fill={theme.palette.text.secondary}
      >
        {max}
      </text>
      <text x={4} y={y(0)} fontSize="11" fill={theme.palette.text.secondary}>
        0
      </text>
      {series.map(s => (
        <g key={s.label}>
          <polyline
            points={line(s.pick)}
            fill="none"
            stroke={s.color}
            strokeWidth={2}
          />
          {points.map((p, i) => (
            <circle
              key={p.runId}
              cx={x(i)}
              cy={y(s.pick(p.counts))}
              r={3}
              fill={s.color}
            >
              <title>
                {new Date(p.startedAt).toLocaleString()}: {s.pick(p.counts)}{' '}
                {s.label}
              </title>
            </circle>
          ))}
        </g>
      ))}
      {series.map((s, i) => (
        <text
          key={s.label}
          x={WIDTH - MARGIN - 140 + i * 70}
          y={14}
          fontSize="12"
          fill={s.color}
        >
          ● {s.label}
        </text>
      ))}
    </svg>
  );
}
