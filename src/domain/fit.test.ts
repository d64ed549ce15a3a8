import { describe, expect, it } from 'vitest';
import { loadedZoneFeature } from '../test/fixtures';
import type { ZoneDistances } from './distances';
import { EMPTY_FIT, evaluateFit, type FitCriteria, isFitActive } from './fit';
import { ZoneFeatureSchema } from './zone';

const zone = (over: Record<string, unknown> = {}) =>
  ZoneFeatureSchema.parse(loadedZoneFeature({ district: 'soc-son', commune: 'xa-a', ...over })).properties;
const dist = (airport: number | null): ZoneDistances => ({
  airport,
  centre: 20,
  nationalRoad: 1,
  railway: 5,
  port: 90,
  uncertaintyKm: null,
});
const crit = (over: Partial<FitCriteria>): FitCriteria => ({ ...EMPTY_FIT, ...over });

describe('fit finder', () => {
  it('passes a zone that meets every criterion', () => {
    const r = evaluateFit(
      zone(),
      dist(12),
      crit({
        minAreaHa: 100,
        sectors: ['electronics', 'ai'],
        maxAirportKm: 15,
        statuses: ['operating'],
        districts: ['soc-son'],
      }),
    );
    expect(r.pass).toBe(true);
    expect(r.failures).toEqual([]);
    // A passing zone says why it passes: every criterion with the zone's own value.
    expect(r.checks).toEqual([
      { criterion: 'area', value: 100, outcome: 'pass' },
      { criterion: 'sectors', value: ['electronics'], outcome: 'pass' },
      { criterion: 'airport', value: 12, approximate: false, outcome: 'pass' },
      { criterion: 'status', value: 'operating', outcome: 'pass' },
      { criterion: 'district', value: 'soc-son', outcome: 'pass' },
    ]);
  });

  it('names each criterion a zone fails', () => {
    const r = evaluateFit(
      zone(),
      dist(30),
      crit({
        minAreaHa: 101,
        sectors: ['logistics'],
        maxAirportKm: 15,
        statuses: ['planned'],
        districts: ['dong-anh'],
      }),
    );
    expect(r.pass).toBe(false);
    expect(r.failures).toEqual([
      { criterion: 'area', reason: 'fails' },
      { criterion: 'sectors', reason: 'fails' },
      { criterion: 'airport', reason: 'fails' },
      { criterion: 'status', reason: 'fails' },
      { criterion: 'district', reason: 'fails' },
    ]);
    expect(r.checks.map((k) => [k.criterion, k.outcome, k.value])).toEqual([
      ['area', 'fails', 100],
      ['sectors', 'fails', ['electronics']],
      ['airport', 'fails', 30],
      ['status', 'fails', 'operating'],
      ['district', 'fails', 'soc-son'],
    ]);
  });

  it('fails as "unknown" where the data cannot say, never as a pass or a zero', () => {
    const z = zone({ areaHa: [], sectors: [], district: null });
    const r = evaluateFit(
      z,
      dist(null),
      crit({ minAreaHa: 1, sectors: ['ai'], maxAirportKm: 100, districts: ['soc-son'] }),
    );
    expect(r.failures).toEqual([
      { criterion: 'area', reason: 'unknown' },
      { criterion: 'sectors', reason: 'unknown' },
      { criterion: 'airport', reason: 'unknown' },
      { criterion: 'district', reason: 'unknown' },
    ]);
    expect(evaluateFit(z, undefined, crit({ maxAirportKm: 5 })).failures).toEqual([
      { criterion: 'airport', reason: 'unknown' },
    ]);
  });

  it('uses the newest area when sources differ', () => {
    const z = zone({
      areaHa: [
        { value: 300, source: 'src-a', asOf: '2019' },
        { value: 80, source: 'src-b', asOf: '2025' },
      ],
    });
    expect(evaluateFit(z, dist(1), crit({ minAreaHa: 100 })).pass).toBe(false);
  });

  it('is inactive with no criterion', () => {
    expect(isFitActive(EMPTY_FIT)).toBe(false);
    expect(isFitActive(crit({ maxAirportKm: 0 }))).toBe(true);
  });

  it('treats the airport distance of a zone placed at a unit centre as unknown unless the margin is clear', () => {
    const z = zone({});
    const near = { ...dist(14), uncertaintyKm: 6 };
    expect(evaluateFit(z, near, crit({ maxAirportKm: 15 })).failures).toEqual([
      { criterion: 'airport', reason: 'unknown' },
    ]);
    expect(evaluateFit(z, { ...dist(40), uncertaintyKm: 6 }, crit({ maxAirportKm: 15 })).failures).toEqual([
      { criterion: 'airport', reason: 'fails' },
    ]);
    expect(evaluateFit(z, { ...dist(5), uncertaintyKm: 6 }, crit({ maxAirportKm: 15 })).pass).toBe(true);
  });

  it('judges free land only from the zone’s own occupancy, and says "unknown" without one', () => {
    const c = crit({ freeLand: true });
    expect(evaluateFit(zone({ occupancyPct: [] }), dist(10), c).failures).toEqual([
      { criterion: 'land', reason: 'unknown' },
    ]);
    const full = zone({ occupancyPct: [{ value: 100, source: 'src-a', asOf: '2025' }] });
    expect(evaluateFit(full, dist(10), c).failures).toEqual([{ criterion: 'land', reason: 'fails' }]);
    const some = zone({ occupancyPct: [{ value: 40, source: 'src-a', asOf: '2025' }] });
    expect(evaluateFit(some, dist(10), c).pass).toBe(true);
  });

  it('checks the distance to the nearest railway like the airport’s, in its place among the checks', () => {
    const z = zone({});
    const c = crit({ minAreaHa: 1, maxRailKm: 8, districts: ['soc-son'] });
    const r = evaluateFit(z, dist(12), c); // dist() puts the railway 5 km away
    expect(r.pass).toBe(true);
    expect(r.checks.map((k) => k.criterion)).toEqual(['area', 'rail', 'district']);
    expect(r.checks[1]).toEqual({ criterion: 'rail', value: 5, approximate: false, outcome: 'pass' });
    expect(evaluateFit(z, dist(12), crit({ maxRailKm: 4 })).failures).toEqual([
      { criterion: 'rail', reason: 'fails' },
    ]);
    expect(evaluateFit(z, { ...dist(12), railway: null }, crit({ maxRailKm: 4 })).failures).toEqual([
      { criterion: 'rail', reason: 'unknown' },
    ]);
    // A zone at a unit's centre, 6 km uncertain: 5 km against 8 is too close to call; against 20 it passes.
    const approx = { ...dist(12), uncertaintyKm: 6 };
    expect(evaluateFit(z, approx, crit({ maxRailKm: 8 })).checks).toEqual([
      { criterion: 'rail', value: 5, approximate: true, outcome: 'unknown' },
    ]);
    expect(evaluateFit(z, approx, crit({ maxRailKm: 20 })).pass).toBe(true);
    expect(isFitActive(crit({ maxRailKm: 0 }))).toBe(true);
  });
});
