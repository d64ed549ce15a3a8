import { expect, test } from 'vitest';
import {
  bboxOf,
  clampFilter,
  type LayerMeta,
  matchesFilter,
  parseStoredFeatures,
  storedMetaSchema,
  storedRecordSchema,
} from './layer';

const meta: LayerMeta = {
  id: 'u1',
  name: 'Lô đất',
  fileName: 'lots.csv',
  color: '#1c7ed6',
  visible: true,
  crs: 'wgs84',
  featureCount: 1,
  bbox: [105.8, 21, 105.8, 21],
  importedAt: '2025-01-01T00:00:00.000Z',
  filter: null,
  keys: ['ten'],
};
const features = [
  { type: 'Feature', properties: { ten: 'A' }, geometry: { type: 'Point', coordinates: [105.8, 21] } },
];

test('a stored description and features that validate come back as they were', () => {
  expect(storedMetaSchema.parse(structuredClone(meta))).toEqual(meta);
  expect(parseStoredFeatures({ type: 'FeatureCollection', features }, 1)).toEqual(features);
  expect(
    storedRecordSchema.safeParse({ v: 2, meta, encoding: 'geojson+gzip', chunks: 1, bytes: 10 }).success,
  ).toBe(true);
});

test.each([
  ['a wrong colour', { ...meta, color: 'red;background:url(x)' }],
  ['a 301-character name', { ...meta, name: 'x'.repeat(301) }],
  ['a 630-character filter value', { ...meta, filter: { key: 'ten', value: 'x'.repeat(630) } }],
  ['not an object', 'hello'],
])('a description with %s is refused, when written as when read', (_, value) => {
  expect(storedMetaSchema.safeParse(value).success).toBe(false);
});

test.each([
  ['positions off the globe', [{ ...features[0], geometry: { type: 'Point', coordinates: [500, 21] } }], 1],
  ['a count that does not match', features, 2],
  ['nested property values', [{ ...features[0], properties: { a: { b: 1 } } }], 1],
])('features with %s are refused', (_, list, count) => {
  expect(parseStoredFeatures({ type: 'FeatureCollection', features: list }, count)).toBeNull();
});

test('filters are clamped to what can be stored', () => {
  expect(clampFilter({ key: 'ten', value: 'x'.repeat(630) })!.value).toHaveLength(500);
  expect(
    storedMetaSchema.safeParse({ ...meta, filter: clampFilter({ key: 'ten', value: 'x'.repeat(630) }) })
      .success,
  ).toBe(true);
});

test('bbox and the attribute filter', () => {
  expect(bboxOf(features as never)).toEqual([105.8, 21, 105.8, 21]);
  expect(matchesFilter({ ten: 'Lô A' }, { key: 'ten', value: 'lô' })).toBe(true);
  expect(matchesFilter({ ten: 'Lô A' }, { key: 'ten', value: 'B' })).toBe(false);
  expect(matchesFilter({}, { key: 'ten', value: 'a' })).toBe(false);
  expect(matchesFilter({}, null)).toBe(true);
});
