/**
 * The fit finder: an investor states what a site must offer and every zone is checked against it,
 * criterion by criterion, so a failing zone says why. A value the data does not hold (area unknown,
 * no airport distance) is its own reason: "unknown" is never read as 0 or as a pass.
 */
import { currentValue } from './facts';
import type { DistanceLookup, ZoneDistances } from './distances';
import { statusAt, zoneFacets } from './filters';
import type { SectorId, ZoneStatus } from './vocab';
import type { Zone } from './zone';

export type FitCriteria = {
  /** Minimum *total* declared area in ha; available (unoccupied) land is rarely published. */
  readonly minAreaHa: number | null;
  readonly sectors: readonly SectorId[];
  /** Maximum straight-line distance to Nội Bài airport, km. */
  readonly maxAirportKm: number | null;
  readonly statuses: readonly ZoneStatus[];
  readonly districts: readonly string[];
  /**
   * Land still free to lease, judged only from the zone's own published occupancy: under 100 % passes,
   * 100 % fails, no figure is "unknown". The city-wide "about 100 %" is never read as a zone's figure.
   */
  readonly freeLand: boolean;
};

export const EMPTY_FIT: FitCriteria = {
  minAreaHa: null,
  sectors: [],
  maxAirportKm: null,
  statuses: [],
  districts: [],
  freeLand: false,
};

export const FIT_CRITERIA = ['area', 'sectors', 'airport', 'status', 'district', 'land'] as const;
export type FitCriterion = (typeof FIT_CRITERIA)[number];

/** 'fails': the zone's value is known and does not meet the criterion; 'unknown': the data cannot say. */
export type FitFailure = { readonly criterion: FitCriterion; readonly reason: 'fails' | 'unknown' };

/**
 * One criterion checked against one zone, with the zone's value, so a passing zone shows why it
 * passes as plainly as a failing one shows why it fails. Values are the zone's own: hectares, km
 * (`approximate` when the zone sits at a unit's centre), the sectors it shares with the criteria (all
 * its sectors when it shares none), its current status, its 2020 district id, its own occupancy.
 */
export type FitCheck = { readonly outcome: 'pass' | 'fails' | 'unknown' } & (
  | { readonly criterion: 'area'; readonly value: number | null }
  | { readonly criterion: 'sectors'; readonly value: readonly SectorId[] }
  | { readonly criterion: 'airport'; readonly value: number | null; readonly approximate: boolean }
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

export function isFitActive(c: FitCriteria): boolean {
  return (
    c.minAreaHa !== null ||
    c.maxAirportKm !== null ||
    c.sectors.length > 0 ||
    c.statuses.length > 0 ||
    c.districts.length > 0 ||
    c.freeLand
  );
}

const outcome = (known: boolean, meets: boolean): FitCheck['outcome'] =>
  !known ? 'unknown' : meets ? 'pass' : 'fails';

export function evaluateFit(zone: Zone, distances: ZoneDistances | undefined, c: FitCriteria): FitResult {
  const checks: FitCheck[] = [];
  const facets = zoneFacets(zone);

  if (c.minAreaHa !== null) {
    const area = currentValue(zone.areaHa) ?? null;
    checks.push({ criterion: 'area', value: area, outcome: outcome(area !== null, area! >= c.minAreaHa) });
  }
  if (c.sectors.length > 0) {
    const shared = facets.sectors.filter((s) => c.sectors.includes(s));
    checks.push({
      criterion: 'sectors',
      value: shared.length ? shared : facets.sectors,
      outcome: outcome(facets.sectors.length > 0, shared.length > 0),
    });
  }
  if (c.maxAirportKm !== null) {
    const km = distances?.airport ?? null;
    // A zone at a unit's centre may be `uncertaintyKm` off: only a clear margin decides.
    const slack = distances?.uncertaintyKm ?? 0;
    const known = km !== null && Math.abs(km - c.maxAirportKm) > slack;
    checks.push({
      criterion: 'airport',
      value: km,
      approximate: distances?.uncertaintyKm != null,
      outcome: outcome(known, km! <= c.maxAirportKm),
    });
  }
  if (c.statuses.length > 0) {
    const status = statusAt(facets, { year: null })!;
    checks.push({
      criterion: 'status',
      value: status,
      outcome: outcome(status !== 'unknown' || c.statuses.includes('unknown'), c.statuses.includes(status)),
    });
  }
  if (c.districts.length > 0)
    checks.push({
      criterion: 'district',
      value: zone.district,
      outcome: outcome(zone.district !== null, c.districts.includes(zone.district!)),
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
