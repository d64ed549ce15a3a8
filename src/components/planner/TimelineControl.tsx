/** The year slider: the map and the list show the zones as they stood in that year. */
import { useId, useMemo } from 'react';
import { firstYear, TIMELINE_FIRST_YEAR, TIMELINE_LAST_YEAR } from '../../domain/timeline';
import { useAppStore } from '../../store';
import { selectZones } from '../../store/derived';
import { useT } from '../useT';

const DEFAULT_YEAR = 2010;

export function TimelineControl() {
  const { t, num } = useT();
  const id = useId();
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const zones = useAppStore(selectZones);
  const undated = useMemo(() => zones.filter((z) => firstYear(z.properties) === null).length, [zones]);
  const year = filters.year;
  const setYear = (y: number | null) => setFilters({ ...filters, year: y });
  return (
    <fieldset className="planner-box timeline" data-control="timeline">
      <legend>{t('timeline.title')}</legend>
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
          <label htmlFor={id}>{t('timeline.year')}</label>
          <input
            id={id}
            type="range"
            min={TIMELINE_FIRST_YEAR}
            max={TIMELINE_LAST_YEAR}
            step={1}
            value={year}
            onChange={(e) => setYear(Number(e.target.value))}
            aria-valuetext={String(year)}
          />
          <output htmlFor={id} className="timeline-year">
            {year}
          </output>
        </div>
      )}
      <p className="muted">{t('timeline.note')}</p>
      {undated > 0 && <p className="muted">{t('timeline.undated', { count: num(undated) })}</p>}
    </fieldset>
  );
}
