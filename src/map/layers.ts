/** Typed layer specs of the zones, their labels and stacks (the base map: baseLayers.ts). Validated against the style spec in a test. */
import type { ExpressionSpecification } from 'maplibre-gl';
import {
  APPROXIMATE,
  FOOTPRINT,
  KIND_COLORS,
  SELECTED_COLOR,
  STATUS_FILL_OPACITY,
} from '../domain/symbology';
import { statusCode } from '../domain/timeline';
import { STATUSES } from '../domain/vocab';
import { ZONE_LABEL_MIN_ZOOM } from '../domain/zoneTiles';
import { codeInYear } from './filterExpression';
import { BASE_LABEL_LAYERS, halo } from './baseLabelLayers';
import { FONT } from './fonts';
import {
  type LayerId,
  type LayerSpec,
  STACK_BADGE_LAYER,
  STACK_COUNT_LAYER,
  ZONE_AREA_LAYER,
  ZONE_AREA_OUTLINE_LAYER,
  ZONE_DOT_LAYER,
  ZONE_FOCUS_LAYER,
  ZONE_SELECTED_DOT_LAYER,
  ZONE_SELECTED_OUTLINE_LAYER,
  ZONE_SELECTED_RING_LAYER,
  ZONE_LABEL_LAYER,
  ZONE_LAYER_IDS,
  ZONE_RING_LAYER,
} from './layerIds';

export {
  STACK_BADGE_LAYER,
  STACK_COUNT_LAYER,
  ZONE_AREA_LAYER,
  ZONE_AREA_OUTLINE_LAYER,
  ZONE_DOT_LAYER,
  ZONE_FOCUS_LAYER,
  ZONE_LABEL_LAYER,
  ZONE_RING_LAYER,
};
export { BASE_LAYERS } from './baseLayers';

export const ZONE_SOURCE = 'zones';
/**
 * The zones' label points again, in a source of their own: the label layer is the one zone layer a
 * filter change re-tiles (hidden zones' labels must not take space), and a layout change re-tiles
 * every layer of its source, so the labels must not share the shapes' source.
 */
export const ZONE_LABEL_SOURCE = 'zone-labels';
/** How many zones share one point, where they do. */
export const STACK_SOURCE = 'zone-stacks';
/**
 * The point of the zone the keyboard user has stepped to, alone: its ring needs no feature-state, so
 * the zones' own layers do not carry a focus ring for every zone (and re-evaluate it on every filter).
 */
export const ZONE_FOCUS_SOURCE = 'zone-focus';
/** The selected zone's shape and point, alone, for the same reason: no `selected` feature-state. */
export const ZONE_SELECTED_SOURCE = 'zone-selected';
/** Layers a click can hit. */
export const ZONE_HIT_LAYERS = [ZONE_AREA_LAYER, ZONE_DOT_LAYER, ZONE_RING_LAYER] as const;
/**
 * The zone layers a filter applies to. The app hides zones on the paint side (feature-state
 * `hidden`, see `unlessHidden`) and filters only the label layer; the bare-MapLibre bench page
 * `setFilter`s them all.
 */
export const ZONE_FILTERED_LAYERS = ZONE_LAYER_IDS;

/** Optional layer groups the user can switch. */
export const TOGGLEABLE_LAYERS = {
  communes: ['communes-line', 'communes-label', 'communes-area-label'],
  districts: ['districts-line', 'districts-label'],
  transport: ['roads-line', 'railways-line', 'railways-ties', 'roads-label'],
} as const satisfies Record<string, readonly LayerId[]>;
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
export function statusOpacityIn(year: number | null, factor = 1): ExpressionSpecification {
  const base: ExpressionSpecification =
    year === null
      ? statusOpacity
      : ([
          'match',
          codeInYear(year),
          ...STATUSES.flatMap((s) => [statusCode(s), STATUS_FILL_OPACITY[s]]),
          0.2,
        ] as unknown as ExpressionSpecification);
  return factor === 1 ? base : ['*', factor, base];
}
/** A zone the filters leave out: the adapter sets this feature-state instead of re-tiling. */
const hidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];
/**
 * A paint value that drops to 0 for a hidden zone. Opacity alone still draws the zone, unseen; a
 * circle's radius or a line's width at 0 draws nothing, so hidden zones cost the GPU no fragments.
 */
export const unlessHidden = (opacity: ExpressionSpecification | number): ExpressionSpecification => [
  'case',
  hidden,
  0,
  opacity,
];
/** A zone's fill strength (see statusOpacityIn), none when it is hidden. */
export const zoneOpacityIn = (year: number | null, factor = 1) => unlessHidden(statusOpacityIn(year, factor));

/**
 * The paint properties that show status as fill strength, for `year` (null: today). A fill cannot
 * be shrunk to nothing, so its opacity hides it; a ring hides by its radius, and every paint value
 * that reads feature-state costs a paint-array update per changed zone, so its opacity does not.
 */
export const statusOpacityPaint = (year: number | null) =>
  [
    [ZONE_AREA_LAYER, 'fill-opacity', zoneOpacityIn(year)],
    [ZONE_RING_LAYER, 'circle-opacity', statusOpacityIn(year, APPROXIMATE.fillFactor)],
  ] as const;

const role = (r: 'area' | 'point'): ExpressionSpecification => ['==', ['get', 'role'], r];
const approx: ExpressionSpecification = ['boolean', ['get', 'approx'], false];

export const ZONE_LAYERS: LayerSpec[] = [
  {
    id: ZONE_AREA_LAYER,
    type: 'fill',
    source: ZONE_SOURCE,
    minzoom: FOOTPRINT.minzoom,
    filter: role('area'),
    layout: { 'fill-sort-key': ['-', 0, ['get', 'size']] },
    paint: { 'fill-color': kindColor, 'fill-opacity': zoneOpacityIn(null) },
  },
  {
    id: ZONE_AREA_OUTLINE_LAYER,
    type: 'line',
    source: ZONE_SOURCE,
    minzoom: FOOTPRINT.minzoom,
    filter: role('area'),
    paint: {
      'line-color': kindColor,
      'line-width': unlessHidden(FOOTPRINT.outlineWidthPx),
    },
  },
  {
    id: ZONE_DOT_LAYER,
    type: 'circle',
    source: ZONE_SOURCE,
    maxzoom: FOOTPRINT.dotMaxzoom,
    filter: ['all', role('point'), ['!', approx]],
    // No circle-sort-key: MapLibre draws each distinct sort key as a draw call of its own, so a key
    // per zone made one call per dot (10,000 per frame at 10,000 zones). Dots share one size anyway.
    paint: {
      'circle-radius': unlessHidden(FOOTPRINT.dotRadiusPx),
      'circle-color': kindColor,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': unlessHidden(1.5),
    },
  },
  {
    id: ZONE_RING_LAYER,
    type: 'circle',
    source: ZONE_SOURCE,
    filter: ['all', role('point'), approx],
    // Larger rings first, smaller on top, by whole pixels of radius: a few draw calls per tile, not
    // one per zone (each distinct sort key is a draw call of its own).
    layout: { 'circle-sort-key': ['-', 0, ['round', ['get', 'ar']]] },
    paint: {
      'circle-radius': unlessHidden(['get', 'ar']),
      'circle-color': kindColor,
      'circle-opacity': statusOpacityIn(null, APPROXIMATE.fillFactor),
      'circle-stroke-color': kindColor,
      'circle-stroke-width': unlessHidden(APPROXIMATE.ringWidthPx),
      'circle-pitch-alignment': 'map',
    },
  },
  // The selected zone again, on top: its outline, or a stroke over its dot or ring (strokes lie
  // outside the radius, so the wider selection stroke covers the zone's own).
  {
    id: ZONE_SELECTED_OUTLINE_LAYER,
    type: 'line',
    source: ZONE_SELECTED_SOURCE,
    minzoom: FOOTPRINT.minzoom,
    filter: role('area'),
    paint: { 'line-color': SELECTED_COLOR, 'line-width': 3.5 },
  },
  {
    id: ZONE_SELECTED_DOT_LAYER,
    type: 'circle',
    source: ZONE_SELECTED_SOURCE,
    maxzoom: FOOTPRINT.dotMaxzoom,
    filter: ['all', role('point'), ['!', approx]],
    paint: {
      'circle-radius': FOOTPRINT.dotRadiusPx,
      'circle-opacity': 0,
      'circle-stroke-color': SELECTED_COLOR,
      'circle-stroke-width': 3,
    },
  },
  {
    id: ZONE_SELECTED_RING_LAYER,
    type: 'circle',
    source: ZONE_SELECTED_SOURCE,
    filter: ['all', role('point'), approx],
    paint: {
      'circle-radius': ['get', 'ar'],
      'circle-opacity': 0,
      'circle-stroke-color': SELECTED_COLOR,
      'circle-stroke-width': 3.5,
      'circle-pitch-alignment': 'map',
    },
  },
  {
    id: ZONE_FOCUS_LAYER,
    type: 'circle',
    source: ZONE_FOCUS_SOURCE,
    paint: {
      'circle-radius': ['+', ['max', ['get', 'ar'], FOOTPRINT.dotRadiusPx], 7],
      'circle-opacity': 0,
      'circle-stroke-color': '#111111',
      'circle-stroke-width': 3,
      'circle-pitch-alignment': 'map',
    },
  },
];

/** The badge that says how many zones share one point (src/map/stacks.ts feeds its source). */
export const STACK_LAYERS: LayerSpec[] = [
  {
    id: STACK_BADGE_LAYER,
    type: 'circle',
    source: STACK_SOURCE,
    paint: {
      'circle-radius': 8.5,
      'circle-color': '#ffffff',
      'circle-stroke-color': '#333333',
      'circle-stroke-width': 1.2,
      'circle-translate': [12, -12],
    },
  },
  {
    id: STACK_COUNT_LAYER,
    type: 'symbol',
    source: STACK_SOURCE,
    layout: {
      'text-field': ['to-string', ['get', 'count']],
      'text-font': [FONT],
      'text-size': 11,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#111111', 'text-translate': [12, -12] },
  },
];

export const LABEL_LAYERS: LayerSpec[] = [
  ...BASE_LABEL_LAYERS,
  {
    id: ZONE_LABEL_LAYER,
    type: 'symbol',
    source: ZONE_LABEL_SOURCE,
    minzoom: ZONE_LABEL_MIN_ZOOM,
    filter: role('point'),
    layout: {
      'text-field': ['get', 'label_vi'],
      'text-font': [FONT],
      'text-size': 12,
      // Under its ring or dot when zoomed out; inside its shape once the shape is drawn large.
      'text-anchor': ['step', ['zoom'], 'top', FOOTPRINT.dotMaxzoom, ['case', approx, 'top', 'center']],
      'text-radial-offset': [
        'step',
        ['zoom'],
        ['case', approx, ['+', 0.35, ['/', ['get', 'ar'], 12]], 0.7],
        FOOTPRINT.dotMaxzoom,
        ['case', approx, ['+', 0.35, ['/', ['get', 'ar'], 12]], 0],
      ],
      'text-max-width': 9,
      'symbol-sort-key': ['-', 0, ['get', 'size']],
      'text-optional': true,
    },
    paint: { 'text-color': '#1f1f1f', ...halo },
  },
];
