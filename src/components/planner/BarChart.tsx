/**
 * A horizontal bar chart in plain SVG, titled and described for screen readers, drawn at the panel's
 * width in real px so its text stays at 12 px or more.
 */
import { useId, useRef } from 'react';
import { useElementWidth } from './useElementWidth';
import './charts.css';

export type Bar = { key: string; label: string; value: number; text: string };

const ROW = 22;
/** Room for the value after the longest bar. */
const VALUE_W = 56;

export function BarChart({ title, desc, bars }: { title: string; desc: string; bars: readonly Bar[] }) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box, 320);
  const labelW = Math.max(110, Math.round(width * 0.4));
  // About 7 px a character at 12 px: longer names are shortened, the full name stays in the table.
  const maxChars = Math.floor((labelW - 8) / 7);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 4;
  return (
    <div ref={box}>
      <svg
        className="timeline-chart"
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        width={width}
        height={height}
        data-chart="bars"
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {bars.map((b, i) => {
          const w = ((width - labelW - VALUE_W) * b.value) / max;
          const y = i * ROW + 2;
          return (
            <g key={b.key}>
              <text x={labelW - 6} y={y + 15} textAnchor="end" className="timeline-chart-text">
                {b.label.length > maxChars ? `${b.label.slice(0, maxChars - 1)}…` : b.label}
              </text>
              <rect x={labelW} y={y + 3} width={Math.max(w, 1)} height={ROW - 7} className="chart-bar" />
              <text x={labelW + w + 4} y={y + 15} className="timeline-chart-text">
                {b.text}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
