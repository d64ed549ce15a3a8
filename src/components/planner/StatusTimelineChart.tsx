/**
 * Zones by status over the years, as stacked bars in plain SVG drawn at the panel's width in real px
 * (text at 12 px and more, whatever the width), with a legend and the figures as a table below. Years
 * after this year hold only what a plan dates; they are shaded and the legend says so.
 */
import { useId, useMemo, useRef } from 'react';
import { applyFilters } from '../../domain/filters';
import { statusByYear, TIMELINE_FIRST_YEAR, TIMELINE_LAST_YEAR } from '../../domain/timeline';
import { STATUS_LABELS, STATUSES, type ZoneStatus } from '../../domain/vocab';
import { useAppStore } from '../../store';
import { selectFacets, THIS_YEAR } from '../../store/derived';
import { useT } from '../useT';
import { useElementWidth } from './useElementWidth';
import './charts.css';
import '../tables.css';

/** The ladder in blues, light to dark as a zone climbs it; the states off the ladder apart from it. */
export const STATUS_CHART_COLORS: Record<ZoneStatus, string> = {
  proposed: '#c6dbef',
  planned: '#9ecae1',
  established: '#6baed6',
  under_construction: '#3182bd',
  operating: '#08519c',
  stalled: '#e6550d',
  historical: '#969696',
  unknown: '#f0f0f0',
};

const H = 150;
const PAD = { left: 36, right: 22, top: 12, bottom: 24 };
const YEARS = TIMELINE_LAST_YEAR - TIMELINE_FIRST_YEAR + 1;

export function StatusTimelineChart() {
  const { t, label, num } = useT();
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const W = useElementWidth(box, 330);
  const facets = useAppStore(selectFacets);
  const filters = useAppStore((s) => s.filters);
  // Every year is drawn, so the filters apply except the year itself.
  const byYear = useMemo(() => {
    const ids = applyFilters(facets, { ...filters, year: null });
    return statusByYear(facets.filter((f) => ids.has(f.id)).map((f) => f.timeline ?? ''));
  }, [facets, filters]);
  const totals = [...byYear.values()].map((m) => [...m.values()].reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const present = STATUSES.filter((s) => [...byYear.values()].some((m) => m.has(s)));
  const plotW = Math.max(100, W - PAD.left - PAD.right);
  const bw = plotW / YEARS;
  const x = (year: number) => PAD.left + (year - TIMELINE_FIRST_YEAR) * bw;
  const y = (v: number) => PAD.top + H - (H * v) / max;
  const mid = Math.round(max / 2);
  const future = THIS_YEAR < TIMELINE_LAST_YEAR ? x(THIS_YEAR + 1) : null;
  return (
    <figure className="chart-figure" ref={box}>
      <svg
        className="timeline-chart"
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        width={W}
        height={PAD.top + H + PAD.bottom}
        data-chart="timeline"
      >
        <title id={`${id}-t`}>{t('stats.chartTimeline')}</title>
        <desc id={`${id}-d`}>
          {t('stats.chartTimelineDesc', { from: TIMELINE_FIRST_YEAR, to: TIMELINE_LAST_YEAR })}
        </desc>
        {future !== null && (
          <rect
            className="timeline-chart-future"
            x={future}
            y={PAD.top}
            width={PAD.left + plotW - future}
            height={H}
            data-chart-future
          />
        )}
        {[0, mid, max]
          .filter((v, i, a) => a.indexOf(v) === i)
          .map((v) => (
            <g key={v}>
              <line className="timeline-chart-grid" x1={PAD.left} x2={PAD.left + plotW} y1={y(v)} y2={y(v)} />
              <text className="timeline-chart-text" x={PAD.left - 5} y={y(v) + 4} textAnchor="end">
                {num(v)}
              </text>
            </g>
          ))}
        {[...byYear].map(([year, counts]) => {
          let top = PAD.top + H;
          return (
            <g key={year}>
              {STATUSES.filter((s) => counts.get(s)).map((s) => {
                const h = (H * counts.get(s)!) / max;
                top -= h;
                return (
                  <rect
                    key={s}
                    x={x(year) + 0.5}
                    y={top}
                    width={Math.max(1, bw - 1)}
                    height={h}
                    fill={STATUS_CHART_COLORS[s]}
                    stroke="#6b6b6b"
                    strokeWidth={0.4}
                  />
                );
              })}
              {year % 5 === 0 && (
                <text
                  className="timeline-chart-text"
                  x={x(year) + bw / 2}
                  y={PAD.top + H + 17}
                  textAnchor="middle"
                  data-year-label={year}
                >
                  {year}
                </text>
              )}
            </g>
          );
        })}
        <line
          className="timeline-chart-axis"
          x1={PAD.left}
          x2={PAD.left + plotW}
          y1={PAD.top + H}
          y2={PAD.top + H}
        />
      </svg>
      <ul className="timeline-chart-legend" data-chart-legend>
        {present.map((s) => (
          <li key={s}>
            <span
              className="timeline-chart-swatch"
              style={{ background: STATUS_CHART_COLORS[s] }}
              aria-hidden="true"
            />
            {label(STATUS_LABELS[s])}
          </li>
        ))}
        {future !== null && (
          <li>
            <span className="timeline-chart-swatch timeline-chart-swatch-future" aria-hidden="true" />
            {t('chart.future', { year: THIS_YEAR })}
          </li>
        )}
      </ul>
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
