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
export type FitResult = { readonly pass: boolean; readonly failures: readonly FitFailure[] };

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

export function evaluateFit(zone: Zone, distances: ZoneDistances | undefined, c: FitCriteria): FitResult {
  const failures: FitFailure[] = [];
  const fail = (criterion: FitCriterion, known: boolean) =>
    failures.push({ criterion, reason: known ? 'fails' : 'unknown' });
  const facets = zoneFacets(zone);

  if (c.minAreaHa !== null) {
    const area = currentValue(zone.areaHa);
    if (area === undefined) fail('area', false);
    else if (area < c.minAreaHa) fail('area', true);
  }
  if (c.sectors.length > 0 && !facets.sectors.some((s) => c.sectors.includes(s)))
    fail('sectors', facets.sectors.length > 0);
  if (c.maxAirportKm !== null) {
    const km = distances?.airport ?? null;
    // A zone at a unit's centre may be `uncertaintyKm` off: only a clear margin decides.
    const slack = distances?.uncertaintyKm ?? 0;
    if (km === null) fail('airport', false);
    else if (Math.abs(km - c.maxAirportKm) <= slack) fail('airport', false);
    else if (km > c.maxAirportKm) fail('airport', true);
  }
  if (c.statuses.length > 0) {
    const status = statusAt(facets, { year: null })!;
    if (!c.statuses.includes(status)) fail('status', status !== 'unknown');
  }
  if (c.districts.length > 0 && !(zone.district && c.districts.includes(zone.district)))
    fail('district', zone.district !== null);
  if (c.freeLand) {
    const occupied = currentValue(zone.occupancyPct);
    if (occupied === undefined) fail('land', false);
    else if (occupied >= 100) fail('land', true);
  }
  return { pass: failures.length === 0, failures };
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
