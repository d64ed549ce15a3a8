/** What the zone tile tree (scripts/build-tiles.ts) and the map's tiled layers (src/map) agree on. */

/** The name of the layer inside each zone tile. */
export const ZONE_TILE_LAYER = 'zones';
/**
 * The zoom from which zone labels show (the label layer's minzoom): tiles below it leave the label
 * text out, which is most of their bytes.
 */
export const ZONE_LABEL_MIN_ZOOM = 10;
