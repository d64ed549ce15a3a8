/**
 * Compiles, once the first view is drawn, the GPU programs of the layers that only appear on zooming
 * (the zones' footprints from zoom 9.5, the communes' dashed borders...). MapLibre compiles a
 * program the first time a layer of its kind draws; left to then, the first zoom-in (or the first
 * imported layer flown to) paid for four of them in one frame (about 65 ms on a software GPU).
 * Copies of those layers draw one square, once, under the opaque background, where the depth
 * test keeps every pixel of them out of sight; the next idle removes them, and the programs stay.
 */
import type { Feature, Polygon } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { BASE_LAYER_IDS, type LayerSpec, WARMUP_LAYER_PREFIX, type WarmupLayerId } from './layerIds';
import { STYLE_LAYERS } from './style';
import type { ZoneMap } from './ZoneMap';

export const WARMUP_SOURCE = 'shader-warmup';
/** The layer every copy goes under: opaque, it hides them. */
const UNDER: LayerSpec['id'] = BASE_LAYER_IDS[0];
const DRAWN_TYPES: ReadonlySet<string> = new Set(['fill', 'line', 'circle']);

const warmupId = (id: string): WarmupLayerId => `${WARMUP_LAYER_PREFIX}${id}`;

/**
 * The fill, line and circle layers of `layers` that do not draw at `zoom`, copied onto the warm-up
 * source with their paint (a program depends on which paint values vary per feature), and without
 * what would keep the copy from drawing: zoom range, filter, source layer, layout.
 */
export function warmupLayers(layers: readonly LayerSpecification[], zoom: number): LayerSpec[] {
  return layers
    .filter((l) => DRAWN_TYPES.has(l.type) && (zoom < (l.minzoom ?? 0) || zoom >= (l.maxzoom ?? Infinity)))
    .map(
      (l) =>
        ({
          id: warmupId(l.id),
          type: l.type,
          source: WARMUP_SOURCE,
          paint: 'paint' in l ? l.paint : {},
        }) as LayerSpec,
    );
}

/**
 * A square of about 2 km around `center`: something for each copy to draw. Not smaller: the tiler
 * drops a ring that covers less than a pixel or so of its tile, and then nothing draws.
 */
export function warmupFeature([lng, lat]: [number, number]): Feature<Polygon> {
  const d = 0.01;
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lng - d, lat - d],
          [lng + d, lat - d],
          [lng + d, lat + d],
          [lng - d, lat + d],
          [lng - d, lat - d],
        ],
      ],
    },
  };
}

export function bindShaderWarmup(
  adapter: Pick<
    ZoneMap,
    'whenLoaded' | 'once' | 'zoom' | 'center' | 'addSource' | 'addLayers' | 'removeLayers' | 'removeSource'
  >,
): () => void {
  let stop = () => {};
  adapter.whenLoaded(() => {
    stop = adapter.once('idle', () => {
      const layers = warmupLayers(STYLE_LAYERS, adapter.zoom());
      if (layers.length === 0) return;
      adapter.addSource(WARMUP_SOURCE, { type: 'geojson', data: warmupFeature(adapter.center()) });
      adapter.addLayers(layers, [UNDER]);
      stop = adapter.once('idle', () => {
        adapter.removeLayers(layers.map((l) => l.id));
        adapter.removeSource(WARMUP_SOURCE);
      });
    });
  });
  return () => stop();
}
