/**
 * The year control beside the map (desktop and phone): a compact button that opens the timeline, so
 * the map and the list show the zones as they stood in a year. Years after this one show only what a
 * plan dates; where no plan reaches the chosen year, the control says so (the map is then empty rather
 * than a copy of today's). Escape closes it and returns focus to its button.
 */
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { firstYear, TIMELINE_FIRST_YEAR, TIMELINE_LAST_YEAR, zonesInYear } from '../../domain/timeline';
import { useAppStore } from '../../store';
import { selectFacets, selectZones, THIS_YEAR } from '../../store/derived';
import { useT } from '../useT';
import './timeline.css';

/** The year the timeline opens on: far enough back for the map to show a change. */
const DEFAULT_YEAR = 2010;

/** After this year: how many zones a plan dates by `year` (null for this year and earlier). */
export function useFutureYear(year: number | null): number | null {
  const facets = useAppStore(selectFacets);
  return useMemo(
    () =>
      year === null || year <= THIS_YEAR
        ? null
        : zonesInYear(
            facets.map((f) => f.timeline ?? ''),
            year,
          ),
    [facets, year],
  );
}

export function TimelineControl() {
  const { t, num } = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const ensureReference = useAppStore((s) => s.ensureReference);
  const zones = useAppStore(selectZones);
  const undated = useMemo(
    () => zones.filter((z) => firstYear(z.properties, { thisYear: THIS_YEAR }) === null).length,
    [zones],
  );
  const year = filters.year;
  const planned = useFutureYear(year);
  // The programme's zone targets date zones too: load them once a future year is chosen.
  useEffect(() => {
    if (year !== null && year > THIS_YEAR) void ensureReference();
  }, [year, ensureReference]);
  const setYear = (y: number | null) => setFilters({ ...filters, year: y });
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.stopPropagation();
    close();
  };
  return (
    <section className="year-control" data-control="timeline" data-open={open} onKeyDown={onKey}>
      <button
        ref={button}
        type="button"
        className="year-toggle"
        aria-expanded={open}
        aria-controls={`${id}-body`}
        onClick={() => setOpen(!open)}
        data-year-toggle
      >
        <span aria-hidden="true">◷ </span>
        {t('timeline.button', { year: year === null ? t('timeline.today') : String(year) })}
      </button>
      <div id={`${id}-body`} className="year-body" hidden={!open}>
        <h2 className="year-title">{t('timeline.title')}</h2>
        <label className="check">
          <input
            type="checkbox"
            checked={year !== null}
            onChange={(e) => setYear(e.target.checked ? DEFAULT_YEAR : null)}
          />
          {t('timeline.enable')}
        </label>
        {year !== null && (
          <div className="timeline-slider">
            <label htmlFor={`${id}-year`}>{t('timeline.year')}</label>
            <input
              id={`${id}-year`}
              type="range"
              min={TIMELINE_FIRST_YEAR}
              max={TIMELINE_LAST_YEAR}
              step={1}
              value={year}
              onChange={(e) => setYear(Number(e.target.value))}
              aria-valuetext={String(year)}
            />
            <output htmlFor={`${id}-year`} className="timeline-year">
              {year}
            </output>
          </div>
        )}
        <p className="year-status" role="status" data-year-status>
          {planned === null
            ? ''
            : planned === 0
              ? t('timeline.noPlans', { year: String(year) })
              : t('timeline.future', { year: String(year), count: num(planned) })}
        </p>
        <details className="year-how">
          <summary>{t('timeline.how')}</summary>
          <p className="muted">{t('timeline.note')}</p>
          {undated > 0 && <p className="muted">{t('timeline.undated', { count: num(undated) })}</p>}
        </details>
        <div className="year-actions">
          <button
            type="button"
            className="link-button"
            onClick={() => setYear(null)}
            disabled={year === null}
          >
            {t('timeline.reset')}
          </button>
          <button type="button" className="secondary" onClick={close}>
            {t('timeline.close')}
          </button>
        </div>
      </div>
    </section>
  );
}
