import { describe, expect, it } from 'vitest';
import { loadedZoneFeature } from '../test/fixtures';
import { classBreaks, classOf, measureOf, zoneStats } from './stats';
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
  // Inside another zone: listed, never counted.
  zone('nic', {
    kind: 'it_park',
    status: st('operating'),
    areaHa: [{ value: 35, source: 'src-a', asOf: '2025' }],
    relations: [{ type: 'inside', zones: ['kcn-a'], note: 'inside' }],
    countsInTotals: false,
  }),
  // High-tech agriculture: totalled apart from industrial land.
  zone('agri-a', {
    kind: 'agri_hitech',
    status: st('proposed'),
    areaHa: [{ value: 668, source: 'src-a', asOf: '2025' }],
  }),
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

  it('counts each hectare once: a zone inside another or a possible duplicate is only listed', () => {
    const s = zoneStats(zones, 'district');
    expect(s.notCounted).toEqual(['nic']);
    expect(s.byKind.has('it_park')).toBe(false);
  });

  it('counts a zone once in each sector it reports', () => {
    const s = zoneStats(zones, 'district');
    expect(s.bySector.get('electronics')?.count).toBe(5);
    expect(s.bySector.has('high_tech_agriculture')).toBe(false);
  });

  it('totals high-tech agriculture apart from industrial land', () => {
    const s = zoneStats(zones, 'district');
    expect(s.agri).toEqual({ count: 1, haKnown: 668, areaUnknown: 0 });
    expect(s.byKind.get('agri_hitech')?.haKnown).toBe(668);
    expect(s.byStatus.has('proposed')).toBe(false);
    expect(s.total.haKnown).toBe(150.5);
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
