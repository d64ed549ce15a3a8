import { describe, expect, it } from 'vitest';
import {
  distanceOutcome,
  EMPTY_CRITERIA,
  emptyCriteria,
  facetOutcome,
  isAnySet,
  toggleOption,
} from './criteria';
import type { ZoneDistances } from './distances';
import { EMPTY_FILTERS } from './filters';
import { EMPTY_FIT } from './fit';

const dist = (railway: number | null, uncertaintyKm: number | null = null): ZoneDistances => ({
  airport: 10,
  centre: 20,
  nationalRoad: 1,
  railway,
  port: 90,
  uncertaintyKm,
});

describe('the criteria model', () => {
  it('gives the filters and the fit finder their empty criteria from one definition', () => {
    expect(EMPTY_FILTERS).toEqual({
      statuses: [],
      sectors: [],
      kinds: [],
      districts: [],
      communes: [],
      year: null,
    });
    expect(EMPTY_FIT).toEqual(
      emptyCriteria([
        'minAreaHa',
        'sectors',
        'maxAirportKm',
        'maxRailKm',
        'statuses',
        'districts',
        'freeLand',
      ]),
    );
    expect(isAnySet(EMPTY_CRITERIA, Object.keys(EMPTY_CRITERIA) as (keyof typeof EMPTY_CRITERIA)[])).toBe(
      false,
    );
    // 0 km is a limit, not "no limit".
    expect(isAnySet({ ...EMPTY_FIT, maxRailKm: 0 }, ['maxRailKm'])).toBe(true);
  });

  it('toggles an option the same way for the filters and the fit finder, without mutating', () => {
    const fit = toggleOption(EMPTY_FIT, 'districts', 'soc-son');
    expect(fit.districts).toEqual(['soc-son']);
    expect(fit.maxRailKm).toBeNull();
    expect(EMPTY_FIT.districts).toEqual([]);
    expect(toggleOption(fit, 'districts', 'soc-son').districts).toEqual([]);
    expect(toggleOption(EMPTY_FILTERS, 'kinds', 'kcn')).toEqual({ ...EMPTY_FILTERS, kinds: ['kcn'] });
  });

  it('judges a facet in three ways: shared option, known and different, or unknown', () => {
    expect(facetOutcome('sectors', ['ai', 'logistics'], ['logistics'])).toBe('pass');
    expect(facetOutcome('sectors', ['ai'], ['logistics'])).toBe('fails');
    expect(facetOutcome('sectors', [], ['logistics'])).toBe('unknown');
    expect(facetOutcome('districts', [], ['soc-son'])).toBe('unknown');
    // The status "unknown" is unknown, unless it is the option picked.
    expect(facetOutcome('statuses', ['unknown'], ['operating'])).toBe('unknown');
    expect(facetOutcome('statuses', ['unknown'], ['unknown'])).toBe('pass');
  });
});

describe('distance criteria', () => {
  it('passes within the limit and fails beyond it, the limit itself included', () => {
    expect(distanceOutcome(dist(3.2), 'railway', 5)).toEqual({
      value: 3.2,
      approximate: false,
      outcome: 'pass',
    });
    expect(distanceOutcome(dist(5), 'railway', 5).outcome).toBe('pass');
    expect(distanceOutcome(dist(5.1), 'railway', 5).outcome).toBe('fails');
  });

  it('is unknown without a distance, never a pass or a zero', () => {
    expect(distanceOutcome(dist(null), 'railway', 5)).toEqual({
      value: null,
      approximate: false,
      outcome: 'unknown',
    });
    expect(distanceOutcome(undefined, 'railway', 5).outcome).toBe('unknown');
  });

  it('decides for a zone at a unit centre only when the margin exceeds how far off it may be', () => {
    expect(distanceOutcome(dist(8, 6), 'railway', 5)).toEqual({
      value: 8,
      approximate: true,
      outcome: 'unknown',
    });
    expect(distanceOutcome(dist(12, 6), 'railway', 5).outcome).toBe('fails');
    expect(distanceOutcome(dist(0.5, 3), 'railway', 5).outcome).toBe('pass');
  });
});
