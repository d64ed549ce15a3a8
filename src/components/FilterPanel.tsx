/** Facet filters: each option shows how many zones it would match given the other groups. */
import { type CSSProperties, useId } from 'react';
import { kindSwatch, statusSwatch } from './swatches';
import type { FilterGroup } from '../domain/filters';
import { isEmptyFilter } from '../domain/filters';
import { communeLabel } from '../domain/placeNames';
import { compareVietnamese } from '../domain/text';
import {
  KIND_LABELS,
  type Label,
  SECTOR_IDS,
  SECTORS,
  STATUS_LABELS,
  STATUSES,
  ZONE_KINDS,
  type ZoneKind,
  type ZoneStatus,
} from '../domain/vocab';
import type { PlainKey } from '../i18n';
import { useAppStore } from '../store';
import { selectFacetCounts, selectProgrammeSectors, selectVisibleIds } from '../store/derived';
import { useT } from './useT';
import './FilterPanel.css';

const NO_PLACES = { districts: [], communes: [] };

type Option = { value: string; label: string; swatch?: CSSProperties; mark?: string };

function FacetGroup({ group, title, options }: { group: FilterGroup; title: string; options: Option[] }) {
  const { num } = useT();
  const selected = useAppStore((s) => s.filters[group]) as readonly string[];
  const counts = useAppStore(selectFacetCounts)[group];
  const toggle = useAppStore((s) => s.toggleFilter);
  const id = useId();
  return (
    <fieldset className="facet" data-group={group}>
      <legend id={id}>{title}</legend>
      <ul>
        {options.map((o) => {
          const count = counts.get(o.value) ?? 0;
          const checked = selected.includes(o.value);
          return (
            <li key={o.value}>
              <label className={count === 0 && !checked ? 'facet-option is-empty' : 'facet-option'}>
                <input
                  type="checkbox"
                  value={o.value}
                  checked={checked}
                  onChange={() => toggle(group, o.value)}
                />
                {o.swatch && <span className="legend-dot" style={o.swatch} aria-hidden="true" />}
                <span className="facet-label">
                  {o.label}
                  {o.mark && (
                    <span className="programme-mark" title={o.mark}>
                      {' '}
                      ★<span className="visually-hidden">{o.mark}</span>
                    </span>
                  )}
                </span>
                <span className="facet-count">{num(count)}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

const labelled = (
  ids: readonly string[],
  labels: Record<string, Label>,
  label: (l: Label) => string,
): Option[] => ids.map((value) => ({ value, label: label(labels[value]!) }));

export function FilterPanel() {
  const { t, label, num } = useT();
  const filters = useAppStore((s) => s.filters);
  const clear = useAppStore((s) => s.clearFilters);
  const matching = useAppStore(selectVisibleIds).size;
  const places = useAppStore((s) => (s.data.status === 'ready' ? s.data.places : NO_PLACES));
  const communeCounts = useAppStore(selectFacetCounts).communes;
  const programme = useAppStore(selectProgrammeSectors);
  const groups: { group: FilterGroup; title: PlainKey; options: Option[] }[] = [
    {
      group: 'statuses',
      title: 'filters.status',
      options: labelled(STATUSES, STATUS_LABELS, label).map((o) => ({
        ...o,
        swatch: statusSwatch(o.value as ZoneStatus),
      })),
    },
    {
      group: 'sectors',
      title: 'filters.sector',
      options: labelled(SECTOR_IDS, SECTORS, label)
        .map((o) => (programme.has(o.value) ? { ...o, mark: t('filters.programmeSector') } : o))
        .sort((a, b) => compareVietnamese(a.label, b.label)),
    },
    {
      group: 'kinds',
      title: 'filters.kind',
      options: labelled(ZONE_KINDS, KIND_LABELS, label).map((o) => ({
        ...o,
        swatch: kindSwatch(o.value as ZoneKind),
      })),
    },
    {
      group: 'districts',
      title: 'filters.district',
      options: places.districts
        .map((d) => ({ value: d.id, label: d.name }))
        .sort((a, b) => compareVietnamese(a.label, b.label)),
    },
    {
      // 126 units: list only those that hold a zone under the other filters, plus any ticked.
      group: 'communes',
      title: 'filters.commune',
      options: places.communes
        .filter((c) => communeCounts.has(c.id) || filters.communes.includes(c.id))
        .map((c) => ({ value: c.id, label: label(communeLabel(c)) }))
        .sort((a, b) => compareVietnamese(a.label, b.label)),
    },
  ];
  return (
    <section className="filters" aria-labelledby="filters-title">
      <div className="panel-head">
        <h2 id="filters-title" tabIndex={-1}>
          {t('filters.title')}
        </h2>
        <button type="button" className="link-button" onClick={clear} disabled={isEmptyFilter(filters)}>
          {t('filters.clearAll')}
        </button>
      </div>
      <p className="filters-summary" aria-live="polite">
        {t('filters.matching', { count: num(matching) })}
      </p>
      {groups.map((g) => (
        <FacetGroup key={g.group} group={g.group} title={t(g.title)} options={g.options} />
      ))}
      <p className="muted programme-note">★ {t('filters.programmeSectorNote')}</p>
    </section>
  );
}
