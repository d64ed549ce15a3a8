/** Labels of the base map: rivers, roads, former districts, 2025 communes, towns, airports. */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { FONT } from './fonts';

export const halo = { 'text-halo-color': 'rgba(255,255,255,0.92)', 'text-halo-width': 1.4 } as const;

/** A name hint without its explanatory parenthesis: "Sông Đà (Black River)" → "Sông Đà". */
const beforeParenthesis = (prop: string): ExpressionSpecification => [
  'let',
  'name',
  ['coalesce', ['get', prop], ''],
  [
    'case',
    ['>=', ['index-of', ' (', ['var', 'name']], 0],
    ['slice', ['var', 'name'], 0, ['index-of', ' (', ['var', 'name']]],
    ['var', 'name'],
  ],
];

/** "Phường Ba Đình" → "Ba Đình Ward", "Xã Quang Minh" → "Quang Minh Commune" (as src/domain/placeNames.ts). */
const communeNameEn: ExpressionSpecification = [
  'let',
  'name',
  ['coalesce', ['get', 'name'], ''],
  [
    'case',
    ['==', ['index-of', 'Phường ', ['var', 'name']], 0],
    ['concat', ['slice', ['var', 'name'], 7], ' Ward'],
    ['==', ['index-of', 'Xã ', ['var', 'name']], 0],
    ['concat', ['slice', ['var', 'name'], 3], ' Commune'],
    ['var', 'name'],
  ],
];

/** Base-map labels whose text depends on the language; the others are proper names in both. */
export const BASE_LABEL_TEXT: Record<string, Record<'vi' | 'en', ExpressionSpecification>> = {
  'communes-label': { vi: ['get', 'name'], en: communeNameEn },
  'airport-label': {
    vi: ['coalesce', ['get', 'name:vi'], ['get', 'name']],
    en: ['coalesce', ['get', 'name:en'], ['get', 'name']],
  },
};

export const BASE_LABEL_LAYERS: LayerSpecification[] = [
  {
    id: 'rivers-label',
    type: 'symbol',
    source: 'rivers-wdbii',
    minzoom: 9,
    // Only rivers whose name hint is not marked uncertain.
    filter: ['all', ['has', 'name_hint'], ['!', ['in', 'probable', ['get', 'name_hint']]]],
    layout: {
      'symbol-placement': 'line',
      'text-field': beforeParenthesis('name_hint'),
      'text-font': [FONT],
      'text-size': 11,
      'text-letter-spacing': 0.08,
    },
    paint: { 'text-color': '#3f7fae', ...halo },
  },
  {
    id: 'red-river-label',
    type: 'symbol',
    source: 'red-river-gshhg',
    minzoom: 8,
    layout: {
      'text-field': beforeParenthesis('name_hint'),
      'text-font': [FONT],
      'text-size': 12,
      'text-letter-spacing': 0.08,
    },
    paint: { 'text-color': '#3f7fae', ...halo },
  },
  {
    id: 'roads-label',
    type: 'symbol',
    source: 'roads',
    minzoom: 10.5,
    layout: {
      'symbol-placement': 'line',
      'text-field': ['get', 'name'],
      'text-font': [FONT],
      'text-size': 10,
      'symbol-spacing': 400,
    },
    paint: { 'text-color': '#8a5a1c', ...halo },
  },
  {
    id: 'districts-label',
    type: 'symbol',
    source: 'districts-2020-labels',
    minzoom: 8.8,
    layout: {
      'text-field': ['get', 'name_vi'],
      'text-font': [FONT],
      'text-size': ['interpolate', ['linear'], ['zoom'], 9, 10, 12, 13],
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.05,
      'symbol-sort-key': 1,
    },
    paint: { 'text-color': '#7a6f62', ...halo },
  },
  {
    id: 'communes-label',
    type: 'symbol',
    source: 'communes-2025-labels',
    minzoom: 11,
    layout: { visibility: 'none', 'text-field': ['get', 'name'], 'text-font': [FONT], 'text-size': 11 },
    paint: { 'text-color': '#8a8072', ...halo },
  },
  {
    id: 'places-label',
    type: 'symbol',
    source: 'places',
    maxzoom: 11,
    layout: { 'text-field': ['get', 'NAME'], 'text-font': [FONT], 'text-size': 14 },
    paint: { 'text-color': '#3d352b', ...halo },
  },
  {
    id: 'airport-label',
    type: 'symbol',
    source: 'aerodromes',
    minzoom: 9,
    layout: { 'text-field': ['get', 'name'], 'text-font': [FONT], 'text-size': 11 },
    paint: { 'text-color': '#5b5175', ...halo },
  },
];
