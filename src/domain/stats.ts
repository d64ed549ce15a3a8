/**
 * Counts and hectares for planners: by kind, by status, by former district or 2025 commune; and the
 * classes a choropleth draws them in. Hectares add up only the areas that are known, and every total
 * says how many zones it left out for lack of an area: an unknown area is never counted as 0.
 */
import { currentValue } from './facts';
import { statusAt, type ZoneFacets, zoneFacets } from './filters';
import { INDUSTRIAL_KINDS, type ZoneKind, type ZoneStatus } from './vocab';
import type { Zone } from './zone';

export type Tally = { count: number; haKnown: number; areaUnknown: number };
export const emptyTally = (): Tally => ({ count: 0, haKnown: 0, areaUnknown: 0 });

export type AreaUnit = 'district' | 'commune';
export type Stats = {
  /** Industrial land: every kind but high-tech agriculture, each hectare once. */
  total: Tally;
  /** High-tech agriculture zones, totalled apart from industrial land. */
  agri: Tally;
  /** Zones left out of every total (inside another zone, or possibly a duplicate), by id. */
  notCounted: string[];
  byKind: Map<ZoneKind, Tally>;
  byStatus: Map<ZoneStatus, Tally>;
  /** By sector: a zone counts once in each sector it reports, so these add up to more than the total. */
  bySector: Map<string, Tally>;
  /** By district or commune id; zones the spatial join could not place are under `unplaced`. */
  byArea: Map<string, Tally>;
  unplaced: Tally;
};

function add(t: Tally, area: number | undefined): void {
  t.count++;
  if (area === undefined) t.areaUnknown++;
  else t.haKnown += area;
}

function bump<K>(m: Map<K, Tally>, key: K, area: number | undefined): void {
  let t = m.get(key);
  if (!t) m.set(key, (t = emptyTally()));
  add(t, area);
}

/**
 * Statistics of the given zones (already filtered). With a year, statuses are those of that year.
 * A zone inside another or possibly a duplicate is counted nowhere, only listed; high-tech
 * agriculture has its own total and stays out of the status and place breakdowns of industrial land.
 */
export function zoneStats(
  zones: readonly Zone[],
  unit: AreaUnit,
  year: number | null = null,
  /** The zones' facets when already computed (with their plan dates): the year's status is read there. */
  facets?: ReadonlyMap<string, ZoneFacets>,
): Stats {
  const stats: Stats = {
    total: emptyTally(),
    agri: emptyTally(),
    notCounted: [],
    byKind: new Map(),
    byStatus: new Map(),
    bySector: new Map(),
    byArea: new Map(),
    unplaced: emptyTally(),
  };
  for (const z of zones) {
    if (!z.countsInTotals) {
      stats.notCounted.push(z.id);
      continue;
    }
    const area = currentValue(z.areaHa);
    bump(stats.byKind, z.kind, area);
    if (!INDUSTRIAL_KINDS.includes(z.kind)) {
      add(stats.agri, area);
      continue;
    }
    const f = facets?.get(z.id) ?? zoneFacets(z);
    const status = statusAt(f, { year }) ?? 'unknown';
    add(stats.total, area);
    for (const s of f.sectors) bump(stats.bySector, s, area);
    bump(stats.byStatus, status, area);
    const place = unit === 'district' ? z.district : z.commune;
    if (place) bump(stats.byArea, place, area);
    else add(stats.unplaced, area);
  }
  return stats;
}

export type Measure = 'count' | 'ha';

/**
 * The value a choropleth draws for one unit: the count of zones, or their known hectares. null when
 * the unit has zones but none of known area (unknown, which must not look like zero).
 */
export function measureOf(t: Tally | undefined, measure: Measure): number | null {
  if (!t) return 0;
  if (measure === 'count') return t.count;
  return t.count > 0 && t.count === t.areaUnknown ? null : t.haKnown;
}

/**
 * Upper bounds of up to `n` classes for the values above zero, by quantiles, so each class holds
 * about as many units. Zero is always its own class, apart from these.
 */
export function classBreaks(values: readonly (number | null)[], n = 4): number[] {
  const positive = values.filter((v): v is number => v !== null && v > 0).sort((a, b) => a - b);
  if (positive.length === 0) return [];
  const breaks: number[] = [];
  for (let i = 1; i <= n; i++) {
    const b = positive[Math.min(positive.length - 1, Math.ceil((i * positive.length) / n) - 1)]!;
    if (breaks[breaks.length - 1] !== b) breaks.push(b);
  }
  return breaks;
}

/** The class of a value: 'none' for 0, 'unknown' for null, else the index of its upper bound. */
export function classOf(value: number | null, breaks: readonly number[]): 'none' | 'unknown' | number {
  if (value === null) return 'unknown';
  if (value <= 0) return 'none';
  const i = breaks.findIndex((b) => value <= b);
  return i === -1 ? breaks.length - 1 : i;
}

/** ColorBrewer "Purples", darker end: apart from the zone kinds' hues. Shared by the map and its legend. */
export const CHOROPLETH_COLORS = ['#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'] as const;
export const CHOROPLETH_UNKNOWN = '#bdbdbd';

/** With fewer breaks than colours the lightest are dropped, so the top class is always the darkest. */
export const classColor = (breaks: readonly number[], i: number): string =>
  CHOROPLETH_COLORS[i + (CHOROPLETH_COLORS.length - breaks.length)]!;

export type ChoroplethClasses = { breaks: number[]; colors: Map<string, string> };

/** Class breaks and the colour of every unit that has zones; units without zones get none. */
export function choroplethClasses(stats: Stats, measure: Measure): ChoroplethClasses {
  const values = [...stats.byArea].map(([id, t]) => [id, measureOf(t, measure)] as const);
  const breaks = classBreaks(values.map(([, v]) => v));
  const colors = new Map<string, string>();
  for (const [id, v] of values) {
    const c = classOf(v, breaks);
    if (c === 'unknown') colors.set(id, CHOROPLETH_UNKNOWN);
    else if (c !== 'none') colors.set(id, classColor(breaks, c));
  }
  return { breaks, colors };
}
