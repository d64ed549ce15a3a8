/** Small, frozen fixtures for unit tests: a square "city", two districts, two communes, two sources. */
import type { Feature, Polygon } from 'geojson';
import type { AdminCollection, DatasetInput } from '../domain/dataset';
import type { Source } from '../domain/sources';

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const square = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

export const boundary: Feature<Polygon> = {
  type: 'Feature',
  properties: {},
  geometry: square(105.0, 21.0, 105.2, 21.1),
};

const halves = (prefix: string): AdminCollection => ({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { id: `${prefix}-west` }, geometry: square(105.0, 21.0, 105.1, 21.1) },
    { type: 'Feature', properties: { id: `${prefix}-east` }, geometry: square(105.1, 21.0, 105.2, 21.1) },
  ],
});
export const districts = halves('district');
export const communes = halves('xa');

export const sources: Source[] = [
  { id: 'src-a', title: 'Source A', publisher: 'Pub A', date: '2025-12' },
  { id: 'src-b', title: 'Source B', publisher: 'Pub B', date: '2019' },
];

type Props = Record<string, unknown>;
/** A valid zone placed by a point in the west half; override any property. */
export function zoneFeature(
  props: Props = {},
  geometry: unknown = { type: 'Point', coordinates: [105.05, 21.05] },
) {
  return {
    type: 'Feature',
    properties: {
      id: 'kcn-test',
      kind: 'kcn',
      name: { vi: 'Khu công nghiệp Thử', en: 'Test Industrial Park' },
      status: [{ value: 'operating', source: 'src-a', asOf: '2025-12' }],
      areaHa: [{ value: 100, source: 'src-a', asOf: '2025-12' }],
      sectors: [{ value: ['electronics'], source: 'src-a', asOf: '2025-12' }],
      location: { method: 'portal_centre', source: 'src-a', asOf: '2025-11' },
      ...props,
    },
    geometry,
  };
}

export function datasetInput(features: unknown[], file = 'geodata/zones/test.geojson'): DatasetInput {
  return {
    zoneFiles: [{ file, json: { type: 'FeatureCollection', features } }],
    sources,
    districts,
    communes,
    boundary,
  };
}

/** What the data build adds to a zone, with the defaults of a zone placed by its own point. */
export const BUILT_DEFAULTS = {
  district: 'd-1',
  districtBasis: 'geometry',
  commune: 'c-1',
  communeBasis: 'geometry',
  anchor: [105.05, 21.05],
  uncertaintyKm: null,
  mappedAreaHa: null,
  countsInTotals: true,
} as const;

/** A zone as the app loads it (after the data build); override any property. */
export function loadedZoneFeature(props: Props = {}, geometry?: unknown) {
  return zoneFeature({ ...BUILT_DEFAULTS, ...props }, geometry);
}
