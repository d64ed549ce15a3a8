/** Typed layer specs: base map, administrative units and zones. Validated against the style spec in a test. */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import {
  KIND_COLORS,
  MIN_SYMBOL_RADIUS_PX,
  STATUS_FILL_OPACITY,
  UNKNOWN_AREA_RADIUS_PX,
} from '../domain/symbology';
import { statusCode } from '../domain/timeline';
import { STATUSES } from '../domain/vocab';
import { codeInYear } from './filterExpression';
import { BASE_LABEL_LAYERS, halo } from './baseLabelLayers';
import { FONT } from './fonts';

export const ZONE_SOURCE = 'zones';
export const ZONE_AREA_LAYER = 'zones-area';
export const ZONE_AREA_OUTLINE_LAYER = 'zones-area-outline';
export const ZONE_SYMBOL_LAYER = 'zones-symbol';
export const ZONE_LABEL_LAYER = 'zones-label';
/** Layers a click can hit, and that the zone filter applies to. */
export const ZONE_HIT_LAYERS = [ZONE_AREA_LAYER, ZONE_SYMBOL_LAYER] as const;
export const ZONE_FILTERED_LAYERS = [
  ZONE_AREA_LAYER,
  ZONE_AREA_OUTLINE_LAYER,
  ZONE_SYMBOL_LAYER,
  ZONE_LABEL_LAYER,
] as const;
export const LABEL_LAYERS_BY_LANG = [ZONE_LABEL_LAYER] as const;

/** Optional layer groups the user can switch. */
export const TOGGLEABLE_LAYERS = {
  communes: ['communes-line', 'communes-label'],
  districts: ['districts-line', 'districts-label'],
  transport: ['roads-line', 'railways-line', 'railways-ties', 'roads-label'],
} as const;
export type LayerGroup = keyof typeof TOGGLEABLE_LAYERS;

const kindColor: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  ...Object.entries(KIND_COLORS).flat(),
  '#777777',
] as unknown as ExpressionSpecification;

const statusOpacity: ExpressionSpecification = [
  'match',
  ['get', 'status'],
  ...Object.entries(STATUS_FILL_OPACITY).flat(),
  0.2,
] as unknown as ExpressionSpecification;

/** Fill strength from the status a zone had in `year` (its timeline letter), or today's when null. */
export function statusOpacityIn(year: number | null): ExpressionSpecification {
  if (year === null) return statusOpacity;
  return [
    'match',
    codeInYear(year),
    ...STATUSES.flatMap((s) => [statusCode(s), STATUS_FILL_OPACITY[s]]),
    0.2,
  ] as unknown as ExpressionSpecification;
}
/** The layers and paint properties that show status as fill strength. */
export const STATUS_OPACITY_PAINT = [
  [ZONE_AREA_LAYER, 'fill-opacity'],
  [ZONE_SYMBOL_LAYER, 'circle-opacity'],
] as const;

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** Radius of the equal-area circle at zoom z, never smaller than a readable dot. */
const radiusAt = (z: number): ExpressionSpecification => [
  'case',
  ['>', ['get', 'r0'], 0],
  ['max', MIN_SYMBOL_RADIUS_PX, ['*', ['get', 'r0'], 2 ** z]],
  UNKNOWN_AREA_RADIUS_PX,
];
const ZOOM_STOPS = [6, 8, 10, 12, 14, 16, 18];
const symbolRadius = [
  'interpolate',
  ['exponential', 2],
  ['zoom'],
  ...ZOOM_STOPS.flatMap((z) => [z, radiusAt(z)]),
] as unknown as ExpressionSpecification;

export const BASE_LAYERS: LayerSpecification[] = [
  { id: 'background', type: 'background', paint: { 'background-color': '#dde3e6' } },
  {
    id: 'neighbours-fill',
    type: 'fill',
    source: 'neighbour-provinces-2025',
    paint: { 'fill-color': '#eeebe4' },
  },
  {
    id: 'neighbours-line',
    type: 'line',
    source: 'neighbour-provinces-2025',
    paint: { 'line-color': '#c9c2b6', 'line-width': 0.8 },
  },
  { id: 'hanoi-fill', type: 'fill', source: 'hanoi-boundary', paint: { 'fill-color': '#faf8f3' } },
  {
    id: 'airport-fill',
    type: 'fill',
    source: 'aerodromes',
    paint: { 'fill-color': '#e4e0ec', 'fill-outline-color': '#a79fbd' },
  },
  { id: 'red-river-fill', type: 'fill', source: 'red-river-gshhg', paint: { 'fill-color': '#a8cbe2' } },
  {
    id: 'rivers-line',
    type: 'line',
    source: 'rivers-wdbii',
    paint: { 'line-color': '#8dbbdc', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1, 13, 3] },
  },
  {
    id: 'communes-line',
    type: 'line',
    source: 'communes-2025',
    layout: { visibility: 'none' },
    paint: { 'line-color': '#a39a8e', 'line-width': 0.6, 'line-dasharray': [3, 2] },
  },
  {
    id: 'districts-line',
    type: 'line',
    source: 'districts-2020',
    paint: { 'line-color': '#9a9083', 'line-width': 0.9 },
  },
  {
    id: 'roads-line',
    type: 'line',
    source: 'roads',
    paint: {
      'line-color': '#e0a458',
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        8,
        ['match', ['get', 'kind'], 'national_road', 1.4, 0.8],
        14,
        4,
      ],
    },
  },
  {
    id: 'railways-line',
    type: 'line',
    source: 'railways',
    paint: { 'line-color': '#6b6b6b', 'line-width': 1.2 },
  },
  {
    id: 'railways-ties',
    type: 'line',
    source: 'railways',
    minzoom: 10,
    paint: { 'line-color': '#ffffff', 'line-width': 0.8, 'line-dasharray': [2, 3] },
  },
  {
    id: 'hanoi-line',
    type: 'line',
    source: 'hanoi-boundary',
    paint: { 'line-color': '#5c5246', 'line-width': 2 },
  },
];

export const ZONE_LAYERS: LayerSpecification[] = [
  {
    id: ZONE_AREA_LAYER,
    type: 'fill',
    source: ZONE_SOURCE,
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': kindColor, 'fill-opacity': statusOpacity },
  },
  {
    id: ZONE_AREA_OUTLINE_LAYER,
    type: 'line',
    source: ZONE_SOURCE,
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: {
      'line-color': ['case', selected, '#111111', kindColor],
      'line-width': ['case', selected, 3.5, 1.6],
    },
  },
  {
    id: ZONE_SYMBOL_LAYER,
    type: 'circle',
    source: ZONE_SOURCE,
    filter: ['==', ['geometry-type'], 'Point'],
    layout: { 'circle-sort-key': ['-', 0, ['get', 'r0']] },
    paint: {
      'circle-radius': symbolRadius,
      'circle-color': kindColor,
      'circle-opacity': statusOpacity,
      'circle-stroke-color': ['case', selected, '#111111', kindColor],
      'circle-stroke-width': ['case', selected, 3, 1.5],
      'circle-pitch-alignment': 'map',
    },
  },
];

export const LABEL_LAYERS: LayerSpecification[] = [
  ...BASE_LABEL_LAYERS,
  {
    id: ZONE_LABEL_LAYER,
    type: 'symbol',
    source: ZONE_SOURCE,
    minzoom: 10,
    layout: {
      'text-field': ['get', 'label_vi'],
      'text-font': [FONT],
      'text-size': 12,
      'text-anchor': 'top',
      'text-offset': [0, 0.6],
      'text-max-width': 9,
      'symbol-sort-key': ['-', 0, ['get', 'r0']],
      'text-optional': true,
    },
    paint: { 'text-color': '#1f1f1f', ...halo },
  },
];
