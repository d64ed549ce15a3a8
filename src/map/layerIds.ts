/**
 * Every map layer id, in one typed registry. The adapter's setters take a `LayerId`, never a bare
 * string: a misspelt id is a type error, not a silent no-op. Ids made at run time (the user's
 * imported layers, the tiled zones, the online map's layers) are template-literal types, built here.
 */
import type { LayerSpecification } from 'maplibre-gl';

/** The bundled base map, bottom to top (src/map/baseLayers.ts). */
export const BASE_LAYER_IDS = [
  'background',
  'neighbours-fill',
  'neighbours-line',
  'hanoi-fill',
  'airport-fill',
  'red-river-fill',
  'red-river-line',
  'rivers-line',
  'communes-line',
  'districts-line',
  'roads-line',
  'railways-line',
  'railways-ties',
  'hanoi-line',
] as const;

/** The base map's labels (src/map/baseLabelLayers.ts). */
export const BASE_LABEL_LAYER_IDS = [
  'rivers-label',
  'red-river-label',
  'red-river-line-label',
  'roads-label',
  'districts-label',
  'communes-label',
  'communes-area-label',
  'places-label',
  'airport-label',
] as const;

export const ZONE_AREA_LAYER = 'zones-area';
export const ZONE_AREA_OUTLINE_LAYER = 'zones-area-outline';
/** A footprint's dot when zoomed out. */
export const ZONE_DOT_LAYER = 'zones-dot';
/** An approximate position's ring. */
export const ZONE_RING_LAYER = 'zones-ring';
export const ZONE_LABEL_LAYER = 'zones-label';
/** The selected zone drawn again on top, in the selection colour (a source of its own, `zone-selected`). */
export const ZONE_SELECTED_OUTLINE_LAYER = 'zones-selected-outline';
export const ZONE_SELECTED_DOT_LAYER = 'zones-selected-dot';
export const ZONE_SELECTED_RING_LAYER = 'zones-selected-ring';
/** The ring round the zone the keyboard user has stepped to (a source of its own, `zone-focus`). */
export const ZONE_FOCUS_LAYER = 'zones-focus';
/** The zone layers (src/map/layers.ts), the label last. */
export const ZONE_LAYER_IDS = [
  ZONE_AREA_LAYER,
  ZONE_AREA_OUTLINE_LAYER,
  ZONE_DOT_LAYER,
  ZONE_RING_LAYER,
  ZONE_SELECTED_OUTLINE_LAYER,
  ZONE_SELECTED_DOT_LAYER,
  ZONE_SELECTED_RING_LAYER,
  ZONE_FOCUS_LAYER,
  ZONE_LABEL_LAYER,
] as const;
export const STACK_BADGE_LAYER = 'zone-stacks-badge';
export const STACK_COUNT_LAYER = 'zone-stacks-count';

/** The features' own layers. */
export const CHOROPLETH_LAYERS = {
  district: 'choropleth-districts',
  commune: 'choropleth-communes',
} as const;
export const FIT_LAYER = 'fit-pass-ring';
export const REGION_LAYER = 'region-sites-circle';
export const REGION_LABEL_LAYER = 'region-sites-label';
/** OpenStreetMap's raster tiles, when the user chose them (one layer, named as its source). */
export const OSM_LAYER = 'online-osm';

export type BaseLayerId = (typeof BASE_LAYER_IDS)[number];
export type BaseLabelLayerId = (typeof BASE_LABEL_LAYER_IDS)[number];
export type ZoneLayerId = (typeof ZONE_LAYER_IDS)[number];

/** A zone layer re-pointed at the tile tree (src/map/tiledZones.ts). */
export type TiledLayerId = `${ZoneLayerId}-tiled`;
export const tiledId = <T extends ZoneLayerId>(id: T): `${T}-tiled` => `${id}-tiled`;
/** The zone layer a tiled layer copies. */
export const untiledId = (id: string): string => id.replace(/-tiled$/, '');

/** The three layers of one imported layer (src/map/importedLayers.ts). */
export const USER_LAYER_PARTS = ['fill', 'line', 'circle'] as const;
export type UserLayerPart = (typeof USER_LAYER_PARTS)[number];
export type UserLayerId = `user-${string}-${UserLayerPart}`;
export const userLayerId = (id: string, part: UserLayerPart): UserLayerId => `user-${id}-${part}`;
export const userLayerIds = (id: string): UserLayerId[] => USER_LAYER_PARTS.map((p) => userLayerId(id, p));
/** The imported layer's id a user layer id belongs to, if it is one. */
export const userLayerOf = (layer: string): string | undefined =>
  /^user-(.*)-(fill|line|circle)$/.exec(layer)?.[1];

/** Layers copied from OpenFreeMap's style (src/map/openFreeMap.ts). */
export const OFM_LAYER_PREFIX = 'online-ofm-';
export type OnlineLayerId = `${typeof OFM_LAYER_PREFIX}${string}` | typeof OSM_LAYER;
export const ofmLayerId = (styleLayerId: string): OnlineLayerId => `${OFM_LAYER_PREFIX}${styleLayerId}`;

/** Short-lived copies that compile the GPU programs of close-in layers early (src/map/shaderWarmup.ts). */
export const WARMUP_LAYER_PREFIX = 'warmup-';
export type WarmupLayerId = `${typeof WARMUP_LAYER_PREFIX}${string}`;

export type LayerId =
  | BaseLayerId
  | BaseLabelLayerId
  | ZoneLayerId
  | typeof STACK_BADGE_LAYER
  | typeof STACK_COUNT_LAYER
  | (typeof CHOROPLETH_LAYERS)[keyof typeof CHOROPLETH_LAYERS]
  | typeof FIT_LAYER
  | typeof REGION_LAYER
  | typeof REGION_LABEL_LAYER
  | OnlineLayerId
  | TiledLayerId
  | UserLayerId
  | WarmupLayerId;

/** A layer spec whose id is in the registry. */
export type LayerSpec = LayerSpecification & { id: LayerId };
