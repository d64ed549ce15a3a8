/**
 * The diffed primitives under the adapter (src/map/ZoneMap.ts): sources, layers, their data, layout,
 * paint and filters, map events, popups. Each setter remembers what it last applied and does nothing
 * when nothing changed; until the style has loaded, it waits. Only this class and the adapter hold
 * the MapLibre map: binders go through these methods.
 */
import type { GeoJSON } from 'geojson';
import type {
  FilterSpecification,
  GeoJSONSource,
  Map as MapLibreMap,
  SourceSpecification,
} from 'maplibre-gl';
import { Popup } from 'maplibre-gl';
import type { LayerId, LayerSpec } from './layerIds';

/** The part of MapLibre's Map the adapter uses: a fake that records calls can stand in for it. */
export type MapLike = Pick<
  MapLibreMap,
  | 'on'
  | 'once'
  | 'off'
  | 'getSource'
  | 'setFilter'
  | 'setFeatureState'
  | 'removeFeatureState'
  | 'setLayoutProperty'
  | 'getLayoutProperty'
  | 'queryRenderedFeatures'
  | 'flyTo'
  | 'fitBounds'
  | 'cameraForBounds'
  | 'project'
  | 'getCenter'
  | 'getZoom'
  | 'getBearing'
  | 'getCanvas'
  | 'remove'
  | 'addSource'
  | 'addLayer'
  | 'getLayer'
  | 'getLayersOrder'
  | 'removeLayer'
  | 'removeSource'
  | 'setPaintProperty'
  | 'moveLayer'
  | 'triggerRepaint'
>;

export type LayoutProp = Parameters<MapLibreMap['setLayoutProperty']>[1];
export type PaintProp = Parameters<MapLibreMap['setPaintProperty']>[1];
export type LayoutValue = Parameters<MapLibreMap['setLayoutProperty']>[2];
export type PaintValue = Parameters<MapLibreMap['setPaintProperty']>[2];
/** Data for a GeoJSON source: features, or the URL of a file MapLibre's worker fetches. */
export type SourceData = GeoJSON | string;
/** Map events a binder may follow (camera moves, drawn frames, style changes). */
export type MapEventName = 'idle' | 'zoom' | 'moveend' | 'styledata';
/** A layer as drawn now: what decides whether its source's data is needed (src/map/lazySources.ts). */
export type DrawnLayer = {
  id: string;
  source?: string;
  minzoom?: number;
  maxzoom?: number;
  visibility?: string;
};

const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export class DiffedMap {
  protected loaded = false;
  private loadCallbacks: (() => void)[] = [];
  /** What the setters last applied, per source, and per layer and property. */
  private appliedData = new Map<string, unknown>();
  private appliedProps = new Map<string, unknown>();

  constructor(protected readonly map: MapLike) {
    // The style, not the map's 'load': that one waits for every first tile to be drawn, and data
    // handed over only then is tiled in a second round (about half a second at start).
    map.once('style.load', () => {
      this.loaded = true;
      this.onLoad();
      for (const cb of this.loadCallbacks.splice(0)) cb();
    });
  }

  /** What the adapter applies first once the style has loaded, before any waiting setter. */
  protected onLoad(): void {}

  /** Runs `cb` once the style has loaded (at once if it already has). */
  whenLoaded(cb: () => void): void {
    if (this.loaded) cb();
    else this.loadCallbacks.push(cb);
  }

  hasSource(id: string): boolean {
    return this.loaded && this.map.getSource(id) !== undefined;
  }

  hasLayer(id: LayerId): boolean {
    return this.loaded && this.map.getLayer(id) !== undefined;
  }

  /**
   * A feature's own source (choropleth, fit rings, user layers...), added once. Like every setter
   * below, it waits for the style, and does nothing when nothing changed.
   */
  addSource(id: string, spec: SourceSpecification): void {
    this.whenLoaded(() => {
      if (!this.map.getSource(id)) this.map.addSource(id, spec);
    });
  }

  /** A feature's own layer, added once, under `before` (the first of them the map has; else on top). */
  addLayer(spec: LayerSpec, before: readonly LayerId[] = []): void {
    this.addLayers([spec], before);
  }

  /** A group of layers, in order, each added once, all under `before` (as `addLayer`). */
  addLayers(specs: readonly LayerSpec[], before: readonly LayerId[] = []): void {
    this.whenLoaded(() => {
      const under = before.find((id) => this.map.getLayer(id));
      for (const spec of specs) if (!this.map.getLayer(spec.id)) this.map.addLayer(spec, under);
    });
  }

  /** Removes the layers the map has of `ids`, and forgets what was applied to them. */
  removeLayers(ids: readonly LayerId[]): void {
    this.whenLoaded(() => {
      for (const id of ids) {
        if (this.map.getLayer(id)) this.map.removeLayer(id);
        for (const key of [...this.appliedProps.keys()])
          if (key.split('\u0000')[1] === id) this.appliedProps.delete(key);
      }
    });
  }

  /** Removes a source (its layers first, with `removeLayers`), and forgets its data. */
  removeSource(id: string): void {
    this.whenLoaded(() => {
      if (this.map.getSource(id)) this.map.removeSource(id);
      this.appliedData.delete(id);
    });
  }

  /** New data for a GeoJSON source; the same object (or URL) again is nothing new. */
  setSourceData(id: string, data: SourceData): void {
    this.whenLoaded(() => {
      if (this.appliedData.get(id) === data) return;
      const source = this.map.getSource<GeoJSONSource>(id);
      if (!source) return;
      source.setData(data);
      this.appliedData.set(id, data);
    });
  }

  /** Shows or hides one layer. */
  setLayerShown(layer: LayerId, shown: boolean): void {
    this.setLayout(layer, 'visibility', shown ? 'visible' : 'none');
  }

  /** One layout property of one layer; an equal value (same object or same JSON) is no change. */
  setLayout(layer: LayerId, prop: LayoutProp, value: LayoutValue): void {
    this.setProp('layout', layer, prop, value, () => this.map.setLayoutProperty(layer, prop, value));
  }

  /** One paint property of one layer; an equal value (same object or same JSON) is no change. */
  setPaint(layer: LayerId, prop: PaintProp, value: PaintValue): void {
    this.setProp('paint', layer, prop, value, () => this.map.setPaintProperty(layer, prop, value));
  }

  /** One layer's filter; an equal filter (same object or same JSON) is no change. */
  setLayerFilter(layer: LayerId, filter: FilterSpecification | null): void {
    this.setProp('filter', layer, '', filter, () => this.map.setFilter(layer, filter));
  }

  private setProp(kind: string, layer: LayerId, prop: string, value: unknown, apply: () => void): void {
    this.whenLoaded(() => {
      // A layer the map does not have (yet) takes nothing: MapLibre would only report an error.
      if (!this.map.getLayer(layer)) return;
      const key = `${kind}\u0000${layer}\u0000${prop}`;
      if (this.appliedProps.has(key) && sameValue(this.appliedProps.get(key), value)) return;
      apply();
      this.appliedProps.set(key, value);
    });
  }

  /** Follows a map event; returns the function that stops following it. */
  on(type: MapEventName, fn: () => void): () => void {
    this.map.on(type, fn);
    return () => void this.map.off(type, fn);
  }

  /** Follows the next `type` event only; returns the function that stops waiting for it. */
  once(type: MapEventName, fn: () => void): () => void {
    this.map.once(type, fn);
    return () => void this.map.off(type, fn);
  }

  /** Follows the map canvas's keyboard focus and keys; returns the function that stops. */
  onCanvas<K extends 'keydown' | 'blur'>(type: K, fn: (e: HTMLElementEventMap[K]) => void): () => void {
    const canvas = this.map.getCanvas();
    canvas.addEventListener(type, fn);
    return () => canvas.removeEventListener(type, fn);
  }

  /** A popup of plain DOM content at a point of the map (the caller builds it with textContent). */
  showPopup(
    at: [number, number],
    content: HTMLElement,
    options: { className: string; maxWidth: string },
  ): void {
    new Popup(options)
      .setLngLat(at)
      .setDOMContent(content)
      .addTo(this.map as MapLibreMap);
  }

  /** The style's layers now, bottom to top, with what decides whether each draws. */
  layersDrawn(): DrawnLayer[] {
    if (!this.loaded) return [];
    return this.map.getLayersOrder().map((id) => {
      const l = this.map.getLayer(id);
      return {
        id,
        source: l?.source,
        minzoom: l?.minzoom,
        maxzoom: l?.maxzoom,
        visibility: this.map.getLayoutProperty(id, 'visibility') as string | undefined,
      };
    });
  }

  zoom(): number {
    return this.map.getZoom();
  }

  center(): [number, number] {
    return this.map.getCenter().toArray();
  }
}
