/** The zones that pass the filters, in the chosen order: also the non-visual way through the data. */
import { memo, useMemo, useState } from 'react';
import { currentValue } from '../domain/facts';
import { KIND_COLORS } from '../domain/symbology';
import { KIND_LABELS, STATUS_LABELS } from '../domain/vocab';
import { useAppStore } from '../store';
import {
  listStatus,
  selectFacetsById,
  selectListedWithoutArea,
  selectListedZones,
  selectZones,
} from '../store/derived';
import { ExportButtons } from './investor/ExportButtons';
import type { FitResult } from '../domain/fit';
import type { ZoneStatus } from '../domain/vocab';
import type { ZoneFeature } from '../domain/zone';
import { selectFitResults } from '../store/plannerSelectors';
import { FitVerdict } from './investor/FitBadge';
import { PinToggle } from './investor/PinButton';
import { useFutureYear } from './planner/TimelineControl';
import { YearBanner } from './planner/YearBanner';
import { SortControl } from './SortControl';
import { type T, useT } from './useT';
import './ResultList.css';

/** Rows drawn at a time: a list of 100,000 buttons would freeze the page; "show more" adds the next page. */
export const RESULT_PAGE = 200;

type RowProps = {
  zone: ZoneFeature;
  status: ZoneStatus;
  selected: boolean;
  pinned: boolean;
  fit: FitResult | undefined;
  tr: T;
  onSelect: (id: string, options: { fly: boolean }) => void;
  onTogglePin: (id: string) => void;
};

/**
 * One zone of the list. The list reads the store once and hands each row what it shows, and a row
 * re-renders only when that changes (selecting a zone re-renders two rows, not the page).
 */
const ResultRow = memo(function ResultRow({
  zone,
  status,
  selected,
  pinned,
  fit,
  tr,
  onSelect,
  onTogglePin,
}: RowProps) {
  const { t, label, num } = tr;
  const p = zone.properties;
  const area = currentValue(p.areaHa);
  return (
    <li className="result-row">
      <button
        type="button"
        className="result"
        aria-current={selected ? 'true' : undefined}
        data-zone-id={p.id}
        onClick={() => onSelect(p.id, { fly: true })}
      >
        <span className="swatch" style={{ background: KIND_COLORS[p.kind] }} aria-hidden="true" />
        <span className="result-name">{label(p.name)}</span>
        <span className="result-meta">
          {label(KIND_LABELS[p.kind])} · {label(STATUS_LABELS[status])} ·{' '}
          {area === undefined ? t('results.areaUnknown') : t('unit.ha', { value: num(area) })}
        </span>
        <FitVerdict result={fit} t={t} />
      </button>
      <PinToggle id={p.id} name={label(p.name)} compact pinned={pinned} onToggle={onTogglePin} t={t} />
    </li>
  );
});

export function ResultList() {
  const tr = useT();
  const { t, num } = tr;
  const zones = useAppStore(selectListedZones);
  const facets = useAppStore(selectFacetsById);
  const withoutArea = useAppStore(selectListedWithoutArea);
  // The page count belongs to one result set: new results start again at one page.
  const [paging, setPaging] = useState({ of: zones, limit: RESULT_PAGE });
  const limit = paging.of === zones ? paging.limit : RESULT_PAGE;
  const shown = zones.length > limit ? zones.slice(0, limit) : zones;
  const total = useAppStore(selectZones).length;
  const selectedId = useAppStore((s) => s.selection?.id);
  const select = useAppStore((s) => s.select);
  const togglePin = useAppStore((s) => s.togglePin);
  const pinnedIds = useAppStore((s) => s.pinned);
  const pinned = useMemo(() => new Set(pinnedIds), [pinnedIds]);
  const fit = useAppStore(selectFitResults);
  const year = useAppStore((s) => s.filters.year);
  // A future year no plan reaches: the banner above says why the list is empty, not the filters.
  const noPlans = useFutureYear(year) === 0;
  return (
    <section className="results" aria-labelledby="results-title">
      <div className="panel-head">
        <h2 id="results-title" tabIndex={-1}>
          {t('results.title')}
        </h2>
        <span className="muted">{t('results.count', { shown: num(zones.length), total: num(total) })}</span>
      </div>
      <YearBanner />
      {zones.length > 1 && <SortControl withoutArea={withoutArea} />}
      {zones.length === 0 ? (
        !noPlans && <p className="muted">{t('results.empty')}</p>
      ) : (
        <ul className="result-list">
          {shown.map((z) => (
            <ResultRow
              key={z.properties.id}
              zone={z}
              // On the timeline, the status the zone had in that year.
              status={listStatus(facets, z.properties.id, year) ?? 'unknown'}
              selected={selectedId === z.properties.id}
              pinned={pinned.has(z.properties.id)}
              fit={fit?.get(z.properties.id)}
              tr={tr}
              onSelect={select}
              onTogglePin={togglePin}
            />
          ))}
        </ul>
      )}
      {shown.length < zones.length && (
        <button
          type="button"
          className="show-more"
          onClick={() => setPaging({ of: zones, limit: limit + RESULT_PAGE })}
        >
          {t('results.showMore', {
            count: num(Math.min(RESULT_PAGE, zones.length - shown.length)),
            rest: num(zones.length - shown.length),
          })}
        </button>
      )}
      <ExportButtons which="filtered" />
    </section>
  );
}
