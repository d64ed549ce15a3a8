/**
 * Opt-in: draw the zones from a precomputed vector-tile tree (`npm run tiles`) instead of the GeoJSON
 * source, for zone sets too large to hand to one browser (README "Past one browser"). Turned on by the
 * store's `tiles` (the link's `?tiles=<relative URL of tiles.json or a {z}/{x}/{y} template>`); the
 * list, search and panels read the same tree's index (src/data/tiledZoneSource.ts). The tiled layers
 * reuse the zone layer specs and the same filter expression; the GeoJSON zone layers are hidden.
 */
import type { FilterSpecification, LayerSpecification, VectorSourceSpecification } from 'maplibre-gl';
import { z } from 'zod';
import type { FilterState } from '../domain/filters';
import { ZONE_TILE_LAYER } from '../domain/zoneTiles';
import type { AppStore } from '../store';
import { filterExpression } from './filterExpression';
import { zonesUnder } from './clickDispatch';
import { type LayerSpec, tiledId, type TiledLayerId, untiledId, type ZoneLayerId } from './layerIds';
import { LABEL_LAYERS, ZONE_HIT_LAYERS, ZONE_LABEL_LAYER, ZONE_LAYERS } from './layers';
import type { MapEnv } from './mapEnv';
import type { ZoneMap } from './ZoneMap';

export const TILED_SOURCE = 'zones-tiled';
/** The layer name scripts/build-tiles.ts writes. */
export const TILE_SOURCE_LAYER = ZONE_TILE_LAYER;
export { tiledId };

const ZONE_LABEL = LABEL_LAYERS.find((l) => l.id === ZONE_LABEL_LAYER)!;

/** The zone layers (and the zone labels) re-pointed at the tile source. */
export const TILED_LAYERS: (LayerSpec & { id: TiledLayerId })[] = [...ZONE_LAYERS, ZONE_LABEL].map(
  (l) =>
    ({
      ...l,
      id: tiledId(l.id as ZoneLayerId),
      source: TILED_SOURCE,
      'source-layer': TILE_SOURCE_LAYER,
    }) as LayerSpec & { id: TiledLayerId },
);

/** The store's filter on one tiled layer, keeping the layer's own geometry filter. */
export function tiledFilter(layer: LayerSpecification, f: FilterState): FilterSpecification {
  const expr = filterExpression(f);
  const base = 'filter' in layer ? layer.filter : undefined;
  return (base ? ['all', base, expr] : expr) as FilterSpecification;
}

const TileJsonSchema = z.object({
  tiles: z.array(z.string().min(1)).min(1),
  minzoom: z.number().int().min(0).max(24).optional(),
  maxzoom: z.number().int().min(0).max(24).optional(),
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
});

/** A vector source for a tiles.json (its tile URLs resolved against it) or a z/x/y template. */
export async function tileSource(
  param: string,
  base: string,
  fetchJson: (url: string) => Promise<unknown> = async (u) => (await fetch(u)).json(),
): Promise<VectorSourceSpecification> {
  const url = new URL(param, base);
  // URL() escapes the template's braces; MapLibre needs them literal.
  const abs = (u: string | URL) => decodeURI(new URL(u, url).href);
  if (!url.pathname.endsWith('.json')) return { type: 'vector', tiles: [abs(url)], promoteId: 'id' };
  const tj = TileJsonSchema.parse(await fetchJson(url.href));
  return { type: 'vector', promoteId: 'id', ...tj, tiles: tj.tiles.map(abs) };
}

export function bindTiledZones(
  adapter: Pick<
    ZoneMap,
    'whenLoaded' | 'addSource' | 'addLayers' | 'setLayerShown' | 'setLayerFilter' | 'setLayout' | 'onClick'
  >,
  store: AppStore,
  tiles: string | null,
  _env: Pick<MapEnv, 'text'>,
): () => void {
  if (!tiles) return () => {};
  let ready = false;
  let active = true;
  let applied: { filters?: FilterState } = {};
  const apply = () => {
    const { filters, lang } = store.getState();
    if (!ready || !active) return;
    if (filters !== applied.filters)
      for (const l of TILED_LAYERS) adapter.setLayerFilter(l.id, tiledFilter(l, filters));
    adapter.setLayout(tiledId(ZONE_LABEL_LAYER), 'text-field', ['get', `label_${lang}`]);
    applied = { filters };
  };
  adapter.whenLoaded(() => {
    tileSource(tiles, document.baseURI).then(
      (source) => {
        if (!active) return;
        adapter.addSource(TILED_SOURCE, source);
        // Zone shapes under the place labels, zone labels on top: the GeoJSON style's order.
        adapter.addLayers(
          TILED_LAYERS.filter((l) => l.type !== 'symbol'),
          [LABEL_LAYERS[0]!.id],
        );
        adapter.addLayers(TILED_LAYERS.filter((l) => l.type === 'symbol'));
        for (const l of [...ZONE_LAYERS, ZONE_LABEL]) adapter.setLayerShown(l.id, false);
        ready = true;
        apply();
      },
      (e: Error) => {
        const s = store.getState();
        s.notify({ key: 'map.error', params: { message: `tiles: ${e.message}` } });
      },
    );
  });
  // Clicks on a tiled zone select it, as clicks on the GeoJSON zones do (smallest first).
  const offClick = adapter.onClick('tiled', {
    layers: () => (ready && active ? ZONE_HIT_LAYERS.map(tiledId) : []),
    take: (hits) => {
      const [first] = zonesUnder(
        hits.map((h) => ({ ...h, layer: { ...h.layer, id: untiledId(h.layer.id) } })),
      );
      if (first) store.getState().select(first);
      return first !== undefined;
    },
  });
  const unsubscribe = store.subscribe(apply);
  return () => {
    active = false;
    offClick();
    unsubscribe();
  };
}
