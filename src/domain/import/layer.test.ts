import { expect, test } from 'vitest';
import { bboxOf, type ImportedLayer, matchesFilter, parseStoredLayer } from './layer';

const stored: ImportedLayer = {
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
  data: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { ten: 'A' }, geometry: { type: 'Point', coordinates: [105.8, 21] } },
    ],
  },
};

test('a stored layer that still validates comes back as it was', () => {
  expect(parseStoredLayer(structuredClone(stored))).toEqual(stored);
});

test.each([
  ['a wrong colour', { ...stored, color: 'red;background:url(x)' }],
  [
    'positions off the globe',
    {
      ...stored,
      data: {
        ...stored.data,
        features: [{ ...stored.data.features[0]!, geometry: { type: 'Point', coordinates: [500, 21] } }],
      },
    },
  ],
  ['a count that does not match', { ...stored, featureCount: 2 }],
  [
    'nested property values',
    {
      ...stored,
      data: { ...stored.data, features: [{ ...stored.data.features[0]!, properties: { a: { b: 1 } } }] },
    },
  ],
  ['not an object', 'hello'],
])('a stored layer with %s is refused', (_, value) => {
  expect(parseStoredLayer(value)).toBeNull();
});

test('bbox and the attribute filter', () => {
  expect(bboxOf(stored.data.features)).toEqual([105.8, 21, 105.8, 21]);
  expect(matchesFilter({ ten: 'Lô A' }, { key: 'ten', value: 'lô' })).toBe(true);
  expect(matchesFilter({ ten: 'Lô A' }, { key: 'ten', value: 'B' })).toBe(false);
  expect(matchesFilter({}, { key: 'ten', value: 'a' })).toBe(false);
  expect(matchesFilter({}, null)).toBe(true);
});
