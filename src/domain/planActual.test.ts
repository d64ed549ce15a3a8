import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadedZoneFeature } from '../test/fixtures';
import { planRows, zoneTargetRows } from './planActual';
import { firstReached, highTechZones } from './planRules';
import { TargetsFileSchema } from './targets';
import { ZoneFeatureSchema } from './zone';

const file = TargetsFileSchema.parse(JSON.parse(fs.readFileSync('geodata/targets.json', 'utf8')));
const st = (value: string, asOf: string | null = '2025') => ({ value, source: 'src-a', asOf });
const zone = (id: string, over: Record<string, unknown>) =>
  ZoneFeatureSchema.parse(loadedZoneFeature({ id, sectors: [], areaHa: [], ...over })).properties;
const item = (entry: string) => [{ value: `kcn-24/${entry}`, source: 'src-a', asOf: '2026' }];

const zones = [
  // Two phases of one park, one operating and one planned: one park, counted as operating.
  zone('hanssip-1', {
    status: [st('operating')],
    planItems: item('kcn-ho-tro-nam-ha-noi-giai-doan-i'),
    areaHa: [{ value: 76.92, source: 'src-a', asOf: '2025' }],
  }),
  zone('hanssip-2', { status: [st('planned')], planItems: item('kcn-ho-tro-nam-ha-noi-giai-doan-ii') }),
  zone('dong-anh', {
    status: [st('established', '2024-04')],
    planItems: item('kcn-dong-anh'),
    areaHa: [{ value: 299.45, source: 'src-a', asOf: '2024' }],
  }),
  // Not on the list: never counted towards the 24.
  zone('dai-tu', { status: [st('stalled')] }),
  zone('hoa-lac', { kind: 'hitech', status: [st('operating')] }),
  zone('nic', {
    kind: 'it_park',
    status: [st('operating')],
    relations: [{ type: 'inside', zones: ['hoa-lac'], note: 'inside' }],
    countsInTotals: false,
  }),
  zone('software-park', {
    kind: 'it_park',
    status: [st('stalled')],
    planItems: [{ value: 'plan-1668/hitech', source: 'src-a', asOf: null }],
  }),
  // Clusters: one operating since 2010, one started in 2023, one known only from a portal.
  zone('ccn-old', {
    kind: 'ccn',
    status: [st('operating', '2010')],
    areaHa: [{ value: 20, source: 'src-a', asOf: '2010' }],
  }),
  zone('ccn-new', {
    kind: 'ccn',
    status: [st('established', '2022-03'), st('under_construction', '2023-09')],
  }),
  zone('ccn-portal', {
    kind: 'ccn',
    status: [st('unknown')],
    areaHa: [{ value: 7.5, source: 'src-a', asOf: '2025' }],
  }),
  zone('ccn-dup', {
    kind: 'ccn',
    status: [st('operating')],
    relations: [{ type: 'possible_duplicate', zones: ['ccn-old'], note: 'maybe the same' }],
    countsInTotals: false,
  }),
];
const rows = new Map(planRows(file, zones).map((r) => [r.target.id, r]));

describe('plan against actual', () => {
  it('counts the phases of one park once toward the 24 parks, and only parks on the list', () => {
    const a = rows.get('kcn-count-2030')!.answer!;
    expect(a.segments).toEqual([
      { status: 'established', value: 1 },
      { status: 'operating', value: 1 },
    ]);
    expect(a).toMatchObject({ value: 2, goal: 24, seen: { count: 3, of: 24 } });
  });

  it('adds the hectares of every phase, and says how many areas are unknown', () => {
    const a = rows.get('kcn-area-2030')!.answer!;
    expect(a.value).toBeCloseTo(376.37, 2);
    expect(a.areaUnknown).toBe(1);
  });

  it('counts a cluster towards "to build by 2025" only if work started in 2021 or later', () => {
    const a = rows.get('ccn-to-build-2025')!.answer!;
    expect(a).toMatchObject({ value: 1, goal: 46, seen: { count: 1, of: 46 } });
  });

  it('counts clusters of unknown status as existing, and leaves possible duplicates out', () => {
    const a = rows.get('ccn-planned-count-2030')!.answer!;
    expect(a.value).toBe(3);
    expect(a.segments.find((s) => s.status === 'unknown')?.value).toBe(1);
    expect(rows.get('ccn-planned-area-2030')!.answer).toMatchObject({ value: 27.5, areaUnknown: 1 });
  });

  it('does not count NIC inside Hòa Lạc as a high-tech zone, and counts the stalled software park', () => {
    expect(highTechZones(zones).map((z) => z.id)).toEqual(['hoa-lac', 'software-park']);
    const a = rows.get('plan-1668-hitech-count-2030' as string) ?? rows.get('plan-1668-hitech-count')!;
    expect(a.answer).toMatchObject({ value: 2, seen: { count: 2, of: 4 } });
    expect(a.answer!.segments).toContainEqual({ status: 'stalled', value: 1 });
  });

  it('puts the rows the data can answer before the rows it cannot', () => {
    const list = planRows(file, zones);
    const firstUnanswered = list.findIndex((r) => r.answer === null);
    expect(firstUnanswered).toBeGreaterThan(0);
    expect(list.slice(firstUnanswered).every((r) => r.answer === null)).toBe(true);
    expect(rows.get('ccn-expanded-2021-2030')!.answer).toBeNull();
  });

  it('finds the first year a zone reached a status, from a range’s start and the establishment year', () => {
    expect(
      firstReached(
        zone('x', { status: [st('planned', '2021/2022'), st('established', '2023/2024')] }),
        'established',
      ),
    ).toBe(2023);
    expect(
      firstReached(
        zone('y', {
          status: [st('operating', null)],
          establishedYear: [{ value: 2019, source: 'src-a', asOf: null }],
        }),
        'established',
      ),
    ).toBe(2019);
    expect(firstReached(zone('z', { status: [st('operating', null)] }), 'under_construction')).toBeNull();
  });

  it('checks zone targets against the zone’s current status', () => {
    const z = zoneTargetRows(file, [zone('kcn-quang-minh-2', { status: [st('under_construction')] })]);
    expect(z.find((r) => r.target.id === 'build-kcn-quang-minh-2-2025')).toMatchObject({ met: true });
    expect(z.find((r) => r.target.id === 'fill-hhtp-hoa-lac-2025')).toMatchObject({ met: null });
  });
});
