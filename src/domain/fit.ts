/**
 * The fit finder: an investor states what a site must offer and every zone is checked against it,
 * criterion by criterion, so a failing zone says why. Its criteria are fields of the one criteria
 * model (src/domain/criteria.ts): three facets, judged as the filters judge them, and computed
 * criteria. A value the data does not hold (area unknown, no airport distance) is its own reason:
 * "unknown" is never read as 0 or as a pass.
 */
import {
  type Criteria,
  DISTANCE_CRITERIA,
  type DistanceCriterion,
  distanceOutcome,
  emptyCriteria,
  facetOutcome,
  isAnySet,
  type Outcome,
  outcome,
} from './criteria';
import { currentValue } from './facts';
import type { DistanceLookup, ZoneDistances } from './distances';
import { facetValues, zoneFacets } from './filters';
import type { SectorId, ZoneStatus } from './vocab';
import type { Zone } from './zone';

/** The fit finder's fields, in the order its form, its checks and its link list them. */
export const FIT_FIELDS = [
  'minAreaHa',
  'sectors',
  'maxAirportKm',
  'maxRailKm',
  'statuses',
  'districts',
  'freeLand',
] as const satisfies readonly (keyof Criteria)[];
export type FitCriteria = Pick<Criteria, (typeof FIT_FIELDS)[number]>;

export const EMPTY_FIT: FitCriteria = emptyCriteria(FIT_FIELDS);

export const FIT_CRITERIA = ['area', 'sectors', 'airport', 'rail', 'status', 'district', 'land'] as const;
export type FitCriterion = (typeof FIT_CRITERIA)[number];

/** 'fails': the zone's value is known and does not meet the criterion; 'unknown': the data cannot say. */
export type FitFailure = { readonly criterion: FitCriterion; readonly reason: 'fails' | 'unknown' };

/**
 * One criterion checked against one zone, with the zone's value, so a passing zone shows why it
 * passes as plainly as a failing one shows why it fails. Values are the zone's own: hectares, km
 * (`approximate` when the zone sits at a unit's centre), the sectors it shares with the criteria (all
 * its sectors when it shares none), its current status, its 2020 district id, its own occupancy.
 */
export type FitCheck = { readonly outcome: Outcome } & (
  | { readonly criterion: 'area'; readonly value: number | null }
  | { readonly criterion: 'sectors'; readonly value: readonly SectorId[] }
  | { readonly criterion: DistanceCriterion; readonly value: number | null; readonly approximate: boolean }
  | { readonly criterion: 'status'; readonly value: ZoneStatus }
  | { readonly criterion: 'district'; readonly value: string | null }
  | { readonly criterion: 'land'; readonly value: number | null }
);

export type FitResult = {
  readonly pass: boolean;
  readonly failures: readonly FitFailure[];
  /** Every criterion that is set, in FIT_CRITERIA order, passed or not. */
  readonly checks: readonly FitCheck[];
};

export const isFitActive = (c: FitCriteria): boolean => isAnySet(c, FIT_FIELDS);

export function evaluateFit(zone: Zone, distances: ZoneDistances | undefined, c: FitCriteria): FitResult {
  const checks: FitCheck[] = [];
  // The fit finder judges zones as they are today: no timeline year.
  const facets = zoneFacets(zone);
  const today = { year: null };

  if (c.minAreaHa !== null) {
    const area = currentValue(zone.areaHa) ?? null;
    checks.push({ criterion: 'area', value: area, outcome: outcome(area !== null, area! >= c.minAreaHa) });
  }
  if (c.sectors.length > 0) {
    const shared = facets.sectors.filter((s) => c.sectors.includes(s));
    checks.push({
      criterion: 'sectors',
      value: shared.length ? shared : facets.sectors,
      outcome: facetOutcome('sectors', facets.sectors, c.sectors),
    });
  }
  for (const { criterion, field, distance } of DISTANCE_CRITERIA) {
    const max = c[field];
    if (max !== null) checks.push({ criterion, ...distanceOutcome(distances, distance, max) });
  }
  if (c.statuses.length > 0)
    checks.push({
      criterion: 'status',
      value: facets.status,
      outcome: facetOutcome('statuses', facetValues(facets, 'statuses', today), c.statuses),
    });
  if (c.districts.length > 0)
    checks.push({
      criterion: 'district',
      value: zone.district,
      outcome: facetOutcome('districts', facetValues(facets, 'districts', today), c.districts),
    });
  if (c.freeLand) {
    const occupied = currentValue(zone.occupancyPct) ?? null;
    checks.push({ criterion: 'land', value: occupied, outcome: outcome(occupied !== null, occupied! < 100) });
  }
  const failures: FitFailure[] = checks
    .filter((k) => k.outcome !== 'pass')
    .map((k) => ({ criterion: k.criterion, reason: k.outcome === 'fails' ? 'fails' : 'unknown' }));
  return { pass: failures.length === 0, failures, checks };
}

/** Results for every zone, by id. */
export function evaluateAll(
  zones: readonly { properties: Zone }[],
  distances: DistanceLookup,
  c: FitCriteria,
): Map<string, FitResult> {
  return new Map(
    zones.map((z) => [z.properties.id, evaluateFit(z.properties, distances.get(z.properties.id), c)]),
  );
}
