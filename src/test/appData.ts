/**
 * A small loaded dataset for components' tests: four zones in two former districts, with the sources
 * they cite, as `loadData` would return it, and the reference data as `loadReference` would. Every
 * zone passes the app's own schema.
 */
import { memoryZoneSource } from '../domain/zoneSource';
import marketJson from '../../geodata/market.json';
import targetsJson from '../../geodata/targets.json';
import type { LoadedData } from '../data/loadData';
import type { ReferenceFiles } from '../data/loadReference';
import { MarketFileSchema } from '../domain/market';
import { TargetsFileSchema } from '../domain/targets';
import { ZoneFeatureSchema } from '../domain/zone';
import { loadedZoneFeature, sources } from './fixtures';

const box = (x: number, y: number, d = 0.01) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});

/** A loaded zone (see `loadedZoneFeature`), parsed by the app's schema. */
export const fixtureZone = (props: Record<string, unknown>, geometry?: unknown) =>
  ZoneFeatureSchema.parse(loadedZoneFeature(props, geometry));

export const ZONES = [
  // Placed at the centre of its former district: the panel must say the location is approximate.
  fixtureZone({
    id: 'kcn-dong-anh',
    name: { vi: 'Khu công nghiệp Đông Anh', en: 'Dong Anh Industrial Park' },
    status: [{ value: 'operating', source: 'src-a', asOf: '2025-12' }],
    areaHa: [{ value: 300, source: 'src-a', asOf: '2025-12' }],
    sectors: [{ value: ['electronics'], source: 'src-a', asOf: '2025-12' }],
    location: { method: 'district_centroid', district: 'd-1', source: 'src-b', asOf: '2019' },
    district: 'd-1',
    districtBasis: 'source',
    uncertaintyKm: 8,
    planItems: [{ value: 'kcn-24/kcn-dong-anh', source: 'src-a', asOf: '2025-12' }],
  }),
  // A footprint, so an exact location; its area is cited to the second source.
  fixtureZone(
    {
      id: 'kcn-thach-that',
      name: { vi: 'Khu công nghiệp Thạch Thất', en: 'Thach That Industrial Park' },
      status: [{ value: 'planned', source: 'src-b', asOf: '2019' }],
      areaHa: [{ value: 40, source: 'src-b', asOf: '2019' }],
      sectors: [{ value: ['mechanics'], source: 'src-b', asOf: '2019' }],
      location: {
        method: 'surveyed_polygon',
        source: 'src-b',
        asOf: '2019',
      },
      district: 'd-2',
      commune: 'c-2',
      planItems: [{ value: 'kcn-24/kcn-ba-vi', source: 'src-b', asOf: '2019' }],
    },
    box(105.15, 21.05),
  ),
  fixtureZone({
    id: 'ccn-phu-nghia',
    kind: 'ccn',
    name: { vi: 'Cụm công nghiệp Phú Nghĩa', en: 'Phu Nghia Industrial Cluster' },
    status: [{ value: 'operating', source: 'src-a', asOf: '2025-12' }],
    areaHa: [{ value: 60, source: 'src-a', asOf: '2025-12' }],
    sectors: [{ value: ['electronics', 'fashion_textiles'], source: 'src-a', asOf: '2025-12' }],
    district: 'd-2',
    commune: 'c-2',
  }),
  // No area in any source.
  fixtureZone({
    id: 'ccn-lien-phuong',
    kind: 'ccn',
    name: { vi: 'Cụm công nghiệp Liên Phương' },
    status: [{ value: 'planned', source: 'src-b', asOf: '2019' }],
    areaHa: [],
    sectors: [],
  }),
];

const bbox: [number, number, number, number] = [105.0, 21.0, 105.1, 21.1];
export const PLACES: LoadedData['places'] = {
  districts: [
    { id: 'd-1', name: 'Đông Anh', type: 'Huyện', bbox },
    { id: 'd-2', name: 'Thạch Thất', type: 'Huyện', bbox: [105.1, 21.0, 105.2, 21.1] },
  ],
  communes: [
    { id: 'c-1', name: 'Xã Phúc Thịnh', nameEn: 'Phuc Thinh Commune', bbox },
    { id: 'c-2', name: 'Xã Hòa Lạc', nameEn: 'Hoa Lac Commune', bbox: [105.1, 21.0, 105.2, 21.1] },
    // No zone in it.
    { id: 'c-3', name: 'Phường Ba Đình', nameEn: 'Ba Dinh Ward', bbox },
  ],
};

export function appData(zones = ZONES): LoadedData {
  return {
    source: memoryZoneSource(zones),
    zones,
    unplaced: [],
    sources,
    layers: [],
    places: PLACES,
    meta: {
      statusDates: { oldest: '2019', newest: '2025-12', undated: 0 },
      zoneCount: zones.length,
      programmeSectors: [],
    },
  };
}

const none = { type: 'FeatureCollection' as const, features: [] };
/**
 * The reference data the planner and investor tools load: the shipped programme targets and market
 * facts (parsed as the app parses them), and no distance layers, so no distance is known.
 */
export function referenceFiles(): ReferenceFiles {
  return {
    targets: TargetsFileSchema.parse(targetsJson),
    market: MarketFileSchema.parse(marketJson),
    aerodromes: none,
    communes: none,
    roads: none,
    railways: none,
  };
}
