/** A horizontal bar chart in plain SVG, titled and described for screen readers. */
import { useId } from 'react';

export type Bar = { key: string; label: string; value: number; text: string };

const ROW = 20;
const LABEL_W = 120;
const WIDTH = 320;

export function BarChart({ title, desc, bars }: { title: string; desc: string; bars: readonly Bar[] }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 4;
  return (
    <svg
      className="chart"
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      data-chart="bars"
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{desc}</desc>
      {bars.map((b, i) => {
        const w = ((WIDTH - LABEL_W - 50) * b.value) / max;
        const y = i * ROW + 2;
        return (
          <g key={b.key}>
            <text x={LABEL_W - 4} y={y + 13} textAnchor="end" className="chart-label">
              {b.label.length > 18 ? `${b.label.slice(0, 17)}…` : b.label}
            </text>
            <rect x={LABEL_W} y={y + 2} width={Math.max(w, 1)} height={ROW - 6} className="chart-bar" />
            <text x={LABEL_W + w + 4} y={y + 13} className="chart-value">
              {b.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
