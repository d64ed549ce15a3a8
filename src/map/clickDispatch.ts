/**
 * The map's one click handler: it asks each click target in turn, in `CLICK_ORDER`, for the features
 * under the click on its layers, and the first target that takes the click ends it. Only layers the
 * map has are asked (a layer added later, or never, must not spoil the query of the others).
 */
import type { MapGeoJSONFeature } from 'maplibre-gl';
import type { MapLike } from './diffedMap';
import { type LayerId, ZONE_DOT_LAYER, ZONE_RING_LAYER } from './layerIds';

/**
 * Who gets a click first: Hanoi's zones (symbols over shapes, smallest first), then the user's
 * imported features, then the tiled zones, then the neighbouring provinces' sites (context only).
 */
export const CLICK_ORDER = ['zones', 'imported', 'tiled', 'region'] as const;
export type ClickRank = (typeof CLICK_ORDER)[number];

export type ClickHit = Pick<MapGeoJSONFeature, 'properties' | 'layer'>;
export type ClickAt = { point: { x: number; y: number }; lngLat: [number, number] };
export type ClickTarget = {
  /** The layers whose features this target takes; the ones the map does not have are skipped. */
  layers: () => readonly LayerId[];
  /** Pixels of slack round the click, so a finger's tap on a small symbol still counts. */
  slack?: number;
  /** Given the hits (never none), says whether it took the click; if not, the next target is asked. */
  take: (hits: ClickHit[], at: ClickAt) => boolean;
  /** Whether it would take a click on these hits (for the pointer cursor); by default, any hit. */
  accepts?: (hits: ClickHit[]) => boolean;
};
/** A click as MapLibre reports it (the part the dispatch reads). */
export type MapClick = { point: { x: number; y: number }; lngLat: { lng: number; lat: number } };

const POINT_LAYERS: readonly string[] = [ZONE_DOT_LAYER, ZONE_RING_LAYER];

/**
 * The zones a click is on, as the user sees them: symbols are drawn over shapes, so a symbol hit
 * wins over the shape under it; among the rest, the smallest first (it is drawn on top).
 */
export function zonesUnder(hits: readonly Pick<MapGeoJSONFeature, 'properties' | 'layer'>[]): string[] {
  const onPoints = hits.filter((h) => POINT_LAYERS.includes(h.layer.id));
  const chosen = onPoints.length ? onPoints : hits;
  const sorted = [...chosen].sort((a, b) => Number(a.properties.size) - Number(b.properties.size));
  return [...new Set(sorted.map((h) => String(h.properties.id)))];
}

export class ClickDispatch {
  private targets = new Map<ClickRank, Set<ClickTarget>>();

  constructor(private readonly map: Pick<MapLike, 'getLayer' | 'queryRenderedFeatures'>) {}

  /** Adds a target at its rank; returns the function that removes it. */
  add(rank: ClickRank, target: ClickTarget): () => void {
    const set = this.targets.get(rank) ?? new Set();
    set.add(target);
    this.targets.set(rank, set);
    return () => void set.delete(target);
  }

  dispatch(e: MapClick): void {
    const { x, y } = e.point;
    const at: ClickAt = { point: { x, y }, lngLat: [e.lngLat.lng, e.lngLat.lat] };
    for (const rank of CLICK_ORDER)
      for (const target of this.targets.get(rank) ?? []) {
        const hits = this.hitsFor(target, e.point);
        if (hits.length > 0 && target.take(hits, at)) return;
      }
  }

  /** Whether a click here would be taken: the pointer shows a hand over anything clickable. */
  hovers(point: { x: number; y: number }): boolean {
    for (const rank of CLICK_ORDER)
      for (const target of this.targets.get(rank) ?? []) {
        const hits = this.hitsFor(target, point);
        if (hits.length > 0 && (target.accepts?.(hits) ?? true)) return true;
      }
    return false;
  }

  private hitsFor(target: ClickTarget, { x, y }: { x: number; y: number }): ClickHit[] {
    const layers = target.layers().filter((id) => this.map.getLayer(id));
    if (layers.length === 0) return [];
    const s = target.slack ?? 0;
    const where: [[number, number], [number, number]] | [number, number] = s
      ? [
          [x - s, y - s],
          [x + s, y + s],
        ]
      : [x, y];
    return this.map.queryRenderedFeatures(where, { layers });
  }
}
