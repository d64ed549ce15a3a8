import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadedZoneFeature } from '../test/fixtures';
import { indicatorRows, zoneTargetRows } from './planActual';
import { classBreaks, classOf, measureOf, zoneStats } from './stats';
import { TargetsFileSchema } from './targets';
import { ZoneFeatureSchema } from './zone';

const st = (value: string, asOf = '2025') => [{ value, source: 'src-a', asOf }];
const zone = (id: string, over: Record<string, unknown>) =>
  ZoneFeatureSchema.parse(loadedZoneFeature({ id, ...over })).properties;

const zones = [
  zone('kcn-a', {
    kind: 'kcn',
    status: st('operating'),
    areaHa: [{ value: 100, source: 'src-a', asOf: '2025' }],
  }),
  zone('kcn-b', { kind: 'kcn', status: st('planned'), areaHa: [], district: 'd-2', commune: null }),
  zone('ccn-a', {
    kind: 'ccn',
    status: st('under_construction'),
    areaHa: [{ value: 40.5, source: 'src-a', asOf: '2025' }],
    establishedYear: [{ value: 2022, source: 'src-a', asOf: null }],
  }),
  zone('ccn-b', {
    kind: 'ccn',
    status: st('stalled'),
    areaHa: [{ value: 10, source: 'src-a', asOf: '2025' }],
  }),
  zone('ccn-c', { kind: 'ccn', status: st('planned', '2012'), areaHa: [], district: null }),
];

describe('statistics', () => {
  it('counts zones and adds up only known hectares, saying how many areas are unknown', () => {
    const s = zoneStats(zones, 'district');
    expect(s.total).toEqual({ count: 5, haKnown: 150.5, areaUnknown: 2 });
    expect(s.byKind.get('kcn')).toEqual({ count: 2, haKnown: 100, areaUnknown: 1 });
    expect(s.byKind.get('ccn')).toEqual({ count: 3, haKnown: 50.5, areaUnknown: 1 });
    expect(s.byStatus.get('planned')).toEqual({ count: 2, haKnown: 0, areaUnknown: 2 });
    expect(s.byArea.get('d-1')).toEqual({ count: 3, haKnown: 150.5, areaUnknown: 0 });
    expect(s.byArea.get('d-2')).toEqual({ count: 1, haKnown: 0, areaUnknown: 1 });
    expect(s.unplaced).toEqual({ count: 1, haKnown: 0, areaUnknown: 1 });
  });

  it('groups by 2025 commune too', () => {
    const s = zoneStats(zones, 'commune');
    expect(s.byArea.get('c-1')?.count).toBe(4);
    expect(s.unplaced.count).toBe(1);
  });

  it('uses the statuses of the timeline year when one is set', () => {
    const s = zoneStats(zones, 'district', 2015);
    expect(s.byStatus.get('planned')?.count).toBe(1);
    expect(s.byStatus.get('operating')).toBeUndefined();
  });

  it('tells a unit with zones of unknown area apart from a unit with no zones', () => {
    const s = zoneStats(zones, 'district');
    expect(measureOf(s.byArea.get('d-2'), 'ha')).toBeNull();
    expect(measureOf(s.byArea.get('d-2'), 'count')).toBe(1);
    expect(measureOf(s.byArea.get('nowhere'), 'ha')).toBe(0);
  });

  it('classes values by quantiles with zero and unknown apart', () => {
    const breaks = classBreaks([0, 0, 1, 2, 3, 4, 5, 6, 7, 8, null]);
    expect(breaks).toEqual([2, 4, 6, 8]);
    expect(classOf(0, breaks)).toBe('none');
    expect(classOf(null, breaks)).toBe('unknown');
    expect(classOf(1, breaks)).toBe(0);
    expect(classOf(8, breaks)).toBe(3);
    expect(classBreaks([0, 0])).toEqual([]);
    expect(classBreaks([5, 5, 5])).toEqual([5]);
  });
});

describe('plan against actual', () => {
  const file = TargetsFileSchema.parse(JSON.parse(fs.readFileSync('geodata/targets.json', 'utf8')));
  const rows = new Map(indicatorRows(file, zones).map((r) => [r.target.id, r]));

  it('counts clusters at or above "planned", leaving off-ladder ones out', () => {
    expect(rows.get('ccn-planned-count-2030')?.actual).toEqual({ value: 2, zones: 2, areaUnknown: 0 });
    expect(rows.get('ccn-planned-area-2030')?.actual).toEqual({ value: 40.5, zones: 2, areaUnknown: 1 });
    expect(rows.get('ccn-to-build-2025')?.actual?.value).toBe(1);
    expect(rows.get('ccn-new-2021-2030')?.actual?.value).toBe(1);
    expect(rows.get('kcn-count-2030')?.actual?.value).toBe(2);
  });

  it('says when the data cannot answer', () => {
    expect(rows.get('ccn-expanded-2021-2030')).toMatchObject({ kind: 'not-measurable', actual: null });
    expect(rows.get('high-tech-share-of-manufacturing-2030')?.kind).toBe('not-measurable');
    expect([...rows.values()].every((r) => r.kind !== 'no-rule')).toBe(true);
  });

  it('checks zone targets against the zone’s current status', () => {
    const z = zoneTargetRows(file, [zone('kcn-quang-minh-2', { status: st('under_construction') })]);
    expect(z.find((r) => r.target.id === 'build-kcn-quang-minh-2-2025')).toMatchObject({ met: true });
    expect(z.find((r) => r.target.id === 'fill-hhtp-hoa-lac-2025')).toMatchObject({ met: null });
  });
});
