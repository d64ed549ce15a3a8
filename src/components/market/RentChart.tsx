/** Land rents by source and year: one line per source, a vertical bar where a source gives a range. */
import { useId } from 'react';
import type { RentSeries } from '../../domain/market';
import type { T } from '../useT';
import '../planner/charts.css';

const W = 340;
const H = 200;
const PAD = { left: 40, right: 10, top: 10, bottom: 26 };
/** Okabe–Ito, the colour-blind-safe palette the map uses too. */
const SERIES_COLORS = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#8a7a00',
  '#000000',
];

export function RentChart({
  series,
  tr,
  title,
  desc,
}: {
  series: RentSeries[];
  tr: T;
  title: string;
  desc: string;
}) {
  const id = useId();
  const points = series.flatMap((s) => s.points);
  if (points.length === 0) return null;
  const years = points.map((p) => p.year);
  const [y0, y1] = [Math.min(...years) - 0.5, Math.max(...years) + 0.5];
  const vmax = Math.ceil(Math.max(...points.map((p) => p.high)) / 50) * 50;
  const x = (year: number) => PAD.left + ((year - y0) / (y1 - y0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / vmax) * (H - PAD.top - PAD.bottom);
  const ticks = [0, vmax / 2, vmax];
  const yearTicks = [...new Set(years)]
    .sort((a, b) => a - b)
    .filter((_, i, a) => a.length < 8 || i % 2 === 0);
  return (
    <figure className="rent-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        data-chart="rents"
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="chart-grid" />
            <text x={PAD.left - 4} y={y(v) + 4} textAnchor="end" className="chart-axis">
              {tr.num(v, 0)}
            </text>
          </g>
        ))}
        {yearTicks.map((yr) => (
          <text key={yr} x={x(yr)} y={H - 8} textAnchor="middle" className="chart-axis">
            {yr}
          </text>
        ))}
        {series.map((s, i) => {
          const color = SERIES_COLORS[i % SERIES_COLORS.length]!;
          const mid = s.points.map((p) => `${x(p.year)},${y((p.low + p.high) / 2)}`).join(' ');
          return (
            <g key={s.key} data-series={s.key}>
              {s.points.length > 1 && <polyline points={mid} fill="none" stroke={color} strokeWidth={1.5} />}
              {s.points.map((p, j) =>
                p.low === p.high ? (
                  <circle key={j} cx={x(p.year)} cy={y(p.low)} r={4} fill={color} />
                ) : (
                  <line
                    key={j}
                    x1={x(p.year)}
                    x2={x(p.year)}
                    y1={y(p.low)}
                    y2={y(p.high)}
                    stroke={color}
                    strokeWidth={5}
                    strokeLinecap="round"
                  />
                ),
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {series.map((s, i) => (
            <li key={s.key}>
              <span
                className="chart-swatch"
                style={{ background: SERIES_COLORS[i % SERIES_COLORS.length] }}
                aria-hidden="true"
              />
              {s.key}
            </li>
          ))}
        </ul>
        <span className="muted">{tr.t('market.usdPerM2')}</span>
      </figcaption>
    </figure>
  );
}
