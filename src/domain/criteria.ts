/**
 * The one criteria model behind the filters and the fit finder. Both tools hold a subset of the same
 * fields, toggle options the same way, judge facets the same way and go through one URL codec
 * (src/domain/criteriaUrl.ts).
 *
 * - **Facet criteria** pick options of a zone's facets (status, sector, kind, former district, 2025
 *   commune): OR within a facet, AND across facets, an empty list does not filter. The filters compile
 *   them to a MapLibre expression (src/map/filterExpression.ts) and count them per option
 *   (src/domain/filters.ts).
 * - **Computed criteria** bound a value computed per zone in JS: official area, distances (km, straight
 *   line), the zone's own occupancy. A value the data does not hold, or a distance measured from a
 *   unit's centre that lies too close to the limit to decide, is "unknown": never a pass, never a zero.
 */
import type { DistanceKey, ZoneDistances } from './distances';
import type { SectorId, ZoneKind, ZoneStatus } from './vocab';

/** The options a facet criterion can pick. */
export type FacetCriteria = {
  readonly statuses: readonly ZoneStatus[];
  readonly sectors: readonly SectorId[];
  readonly kinds: readonly ZoneKind[];
  readonly districts: readonly string[];
  readonly communes: readonly string[];
};
export type FacetKey = keyof FacetCriteria;
export const FACET_KEYS: readonly FacetKey[] = ['statuses', 'sectors', 'kinds', 'districts', 'communes'];

/** Limits on values computed in JS; null (or false) means "not set". */
export type ComputedCriteria = {
  /** Minimum *total* declared area in ha; available (unoccupied) land is rarely published. */
  readonly minAreaHa: number | null;
  /** Maximum straight-line distance to Nội Bài airport, km. */
  readonly maxAirportKm: number | null;
  /** Maximum straight-line distance to the nearest railway line, km. */
  readonly maxRailKm: number | null;
  /**
   * Land still free to lease, judged only from the zone's own published occupancy: under 100 % passes,
   * 100 % fails, no figure is "unknown". The city-wide "about 100 %" is never read as a zone's figure.
   */
  readonly freeLand: boolean;
};

/**
 * Every criterion field. The filters hold the facets and the timeline year; the fit finder holds some
 * facets and the computed criteria. `year` is not a test of its own: it says which year's status the
 * status facet reads (src/domain/timeline.ts); null = today.
 */
export type Criteria = FacetCriteria & ComputedCriteria & { readonly year: number | null };
export type CriterionField = keyof Criteria;

export const EMPTY_CRITERIA: Criteria = {
  statuses: [],
  sectors: [],
  kinds: [],
  districts: [],
  communes: [],
  minAreaHa: null,
  maxAirportKm: null,
  maxRailKm: null,
  freeLand: false,
  year: null,
};

/** The empty value of a subset of the fields. */
export function emptyCriteria<K extends CriterionField>(fields: readonly K[]): Pick<Criteria, K> {
  return Object.fromEntries(fields.map((f) => [f, EMPTY_CRITERIA[f]])) as Pick<Criteria, K>;
}

/** Whether any of the fields is set. */
export function isAnySet<K extends CriterionField>(c: Pick<Criteria, K>, fields: readonly K[]): boolean {
  return fields.some((f) => {
    const v = c[f] as unknown;
    return Array.isArray(v) ? v.length > 0 : v !== null && v !== false;
  });
}

/** Ticks or unticks one option of one facet, returning a new criteria object of the same shape. */
export function toggleOption<C extends Partial<FacetCriteria>, K extends FacetKey & keyof C>(
  c: C,
  facet: K,
  value: string,
): C {
  const list = (c[facet] ?? []) as readonly string[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return { ...c, [facet]: next };
}

/** 'fails': the zone's value is known and does not meet the criterion; 'unknown': the data cannot say. */
export type Outcome = 'pass' | 'fails' | 'unknown';

export const outcome = (known: boolean, meets: boolean): Outcome =>
  !known ? 'unknown' : meets ? 'pass' : 'fails';

/**
 * A facet criterion against the zone's values of that facet (one status, its sectors, its district
 * or none…): it passes when they share an option. A zone with no value, or only the status
 * "unknown", is unknown unless that is an option picked. The filters show only passing zones.
 */
export function facetOutcome(
  facet: FacetKey,
  zoneValues: readonly string[],
  chosen: readonly string[],
): Outcome {
  if (zoneValues.some((v) => chosen.includes(v))) return 'pass';
  const known = zoneValues.filter((v) => !(facet === 'statuses' && v === 'unknown'));
  return known.length === 0 ? 'unknown' : 'fails';
}

/**
 * The distances a criterion can bound, each with the field that holds its limit and the name of its
 * fit criterion. To bound another distance of src/domain/distances.ts, add a row here (and its field
 * above): the fit finder's form, checks, URL and messages follow from it (README, "Adding a criterion").
 */
export const DISTANCE_CRITERIA = [
  { criterion: 'airport', field: 'maxAirportKm', distance: 'airport' },
  { criterion: 'rail', field: 'maxRailKm', distance: 'railway' },
] as const satisfies readonly {
  criterion: string;
  field: keyof ComputedCriteria;
  distance: DistanceKey;
}[];
export type DistanceCriterion = (typeof DISTANCE_CRITERIA)[number]['criterion'];

/**
 * A distance against a maximum. A zone placed at a unit's centre may be `uncertaintyKm` off, so only
 * a margin larger than that decides; a missing distance is unknown.
 */
export function distanceOutcome(
  d: ZoneDistances | undefined,
  key: DistanceKey,
  maxKm: number,
): { value: number | null; approximate: boolean; outcome: Outcome } {
  const km = d?.[key] ?? null;
  const slack = d?.uncertaintyKm ?? 0;
  const known = km !== null && (slack === 0 || Math.abs(km - maxKm) > slack);
  return { value: km, approximate: d?.uncertaintyKm != null, outcome: outcome(known, km! <= maxKm) };
}
