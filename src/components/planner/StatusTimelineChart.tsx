/** Zones by status over the years, as stacked bars in plain SVG, with the figures as a table below. */
import { useId, useMemo } from 'react';
import { applyFilters } from '../../domain/filters';
import { STATUS_FILL_OPACITY } from '../../domain/symbology';
import { statusByYear, TIMELINE_FIRST_YEAR, TIMELINE_LAST_YEAR } from '../../domain/timeline';
import { STATUS_LABELS, STATUSES } from '../../domain/vocab';
import { useAppStore } from '../../store';
import { selectFacets, selectZones } from '../../store/derived';
import { useT } from '../useT';

const W = 330;
const H = 140;
const YEARS = TIMELINE_LAST_YEAR - TIMELINE_FIRST_YEAR + 1;

export function StatusTimelineChart() {
  const { t, label, num } = useT();
  const id = useId();
  const zones = useAppStore(selectZones);
  const facets = useAppStore(selectFacets);
  const filters = useAppStore((s) => s.filters);
  // Every year is drawn, so the filters apply except the year itself.
  const byYear = useMemo(() => {
    const ids = applyFilters(facets, { ...filters, year: null });
    return statusByYear(zones.filter((z) => ids.has(z.properties.id)).map((z) => z.properties));
  }, [zones, facets, filters]);
  const totals = [...byYear.values()].map((m) => [...m.values()].reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const bw = (W - 30) / YEARS;
  return (
    <figure className="chart-figure">
      <svg
        className="chart"
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        viewBox={`0 0 ${W} ${H + 16}`}
        width="100%"
        data-chart="timeline"
      >
        <title id={`${id}-t`}>{t('stats.chartTimeline')}</title>
        <desc id={`${id}-d`}>
          {t('stats.chartTimelineDesc', { from: TIMELINE_FIRST_YEAR, to: TIMELINE_LAST_YEAR })}
        </desc>
        {[...byYear].map(([year, counts], i) => {
          let y = H;
          return (
            <g key={year}>
              {STATUSES.filter((s) => counts.get(s)).map((s) => {
                const h = (H * counts.get(s)!) / max;
                y -= h;
                return (
                  <rect
                    key={s}
                    x={30 + i * bw}
                    y={y}
                    width={bw - 1}
                    height={h}
                    fill="#555"
                    fillOpacity={Math.max(0.12, STATUS_FILL_OPACITY[s])}
                    stroke="#555"
                    strokeWidth={0.3}
                  />
                );
              })}
              {year % 5 === 0 && (
                <text x={30 + i * bw + bw / 2} y={H + 12} textAnchor="middle" className="chart-label">
                  {year}
                </text>
              )}
            </g>
          );
        })}
        <text x={26} y={10} textAnchor="end" className="chart-label">
          {num(max)}
        </text>
        <line x1={30} x2={W} y1={H} y2={H} stroke="#999" />
      </svg>
      <details>
        <summary>{t('stats.showTable')}</summary>
        <div className="compare-scroll">
          <table className="stats-table">
            <caption>{t('stats.chartTimeline')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stats.col.year')}</th>
                {STATUSES.map((s) => (
                  <th scope="col" key={s}>
                    {label(STATUS_LABELS[s])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...byYear].map(([year, counts]) => (
                <tr key={year}>
                  <th scope="row">{year}</th>
                  {STATUSES.map((s) => (
                    <td key={s}>{num(counts.get(s) ?? 0)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
