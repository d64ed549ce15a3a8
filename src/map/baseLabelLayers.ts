/** Labels of the base map: rivers, roads, former districts, 2025 communes, towns, airports. */
import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { centrelineSourceId } from '../domain/centreline';
import type { Lang } from '../domain/lang';
import { FONT } from './fonts';
import type { LayerSpec } from './layerIds';

/** Where the Red River changes from its traced polygon to its centre line (see layers.ts). */
export const RIVER_SWITCH_ZOOM = 10.5;
/** 2025 communes: lines from this zoom (above the city view on screens up to 2560 px), names a little later. */
export const COMMUNE_MINZOOM = 10;

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

/** Base labels whose text follows the interface language: "Xã Thiên Lộc" / "Thiên Lộc Commune". */
const communeName = (lang: Lang): ExpressionSpecification =>
  lang === 'vi' ? ['get', 'name'] : communeNameEn;
export const LOCALISED_LABELS: Record<string, (lang: Lang) => ExpressionSpecification> = {
  'communes-label': communeName,
  'communes-area-label': communeName,
  'airport-label': (lang) =>
    lang === 'vi'
      ? ['coalesce', ['get', 'name:vi'], ['get', 'name']]
      : ['coalesce', ['get', 'name:en'], ['get', 'name']],
};

/** From here on, communes are labelled from their polygons (see below). */
const COMMUNE_AREA_LABEL_ZOOM = 12.5;
const communeLabelLayout = {
  'text-field': ['get', 'name'],
  'text-font': [FONT],
  'text-size': ['interpolate', ['linear'], ['zoom'], 11, 11, 14, 13],
  'text-max-width': 8,
} satisfies SymbolLayerSpecification['layout'];

export const BASE_LABEL_LAYERS: LayerSpec[] = [
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
    maxzoom: RIVER_SWITCH_ZOOM,
    layout: {
      'text-field': beforeParenthesis('name_hint'),
      'text-font': [FONT],
      'text-size': 12,
      'text-letter-spacing': 0.08,
    },
    paint: { 'text-color': '#3f7fae', ...halo },
  },
  {
    id: 'red-river-line-label',
    type: 'symbol',
    source: centrelineSourceId('red-river-gshhg'),
    minzoom: RIVER_SWITCH_ZOOM,
    layout: {
      'symbol-placement': 'line',
      'text-field': beforeParenthesis('name_hint'),
      'text-font': [FONT],
      'text-size': 12,
      'text-letter-spacing': 0.08,
      'symbol-spacing': 500,
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
  // One label per commune at its label point; closer in, where that point is often out of view, a
  // label inside each visible piece of the commune (the polygon source places one per tile piece).
  {
    id: 'communes-label',
    type: 'symbol',
    source: 'communes-2025-labels',
    minzoom: COMMUNE_MINZOOM + 0.25,
    maxzoom: COMMUNE_AREA_LABEL_ZOOM,
    layout: communeLabelLayout,
    paint: { 'text-color': '#6f665a', ...halo },
  },
  {
    id: 'communes-area-label',
    type: 'symbol',
    source: 'communes-2025',
    minzoom: COMMUNE_AREA_LABEL_ZOOM,
    // One label per tile piece: wide padding keeps pieces of one commune from repeating its name close by.
    layout: { ...communeLabelLayout, 'symbol-placement': 'point', 'text-padding': 100 },
    paint: { 'text-color': '#6f665a', ...halo },
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
