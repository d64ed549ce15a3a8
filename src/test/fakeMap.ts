/**
 * A stand-in for MapLibre's Map that records what the adapter asks of it. It holds the offline
 * style's layers and sources; layers and sources can be added and removed like on the real map.
 * Asking for the features of a layer it does not have returns nothing and records a `queryError`,
 * as MapLibre reports an error then.
 */
import { vi } from 'vitest';
import { type MapLike, ZoneMap } from '../map/ZoneMap';
import { STYLE_LAYERS } from '../map/style';

export type Call = [string, ...unknown[]];
type Rendered = { layer: { id: string }; properties: Record<string, unknown> };
type Handler = (e?: unknown) => void;

export class FakeMap {
  calls: Call[] = [];
  handlers = new Map<string, Handler[]>();
  /** The features a query finds, before its `layers` option narrows them. */
  rendered: Rendered[] = [];
  zoom = 10;
  layers: string[] = STYLE_LAYERS.map((l) => l.id);
  sources = new Set(
    STYLE_LAYERS.flatMap((l) => ('source' in l && typeof l.source === 'string' ? [l.source] : [])),
  );
  canvasListeners = new Map<string, EventListener[]>();
  canvas = {
    style: { cursor: '' },
    clientWidth: 800,
    clientHeight: 600,
    toDataURL: () => 'data:image/png;base64,AAAA',
    addEventListener: (type: string, fn: EventListener) =>
      this.canvasListeners.set(type, [...(this.canvasListeners.get(type) ?? []), fn]),
    removeEventListener: (type: string, fn: EventListener) =>
      this.canvasListeners.set(
        type,
        (this.canvasListeners.get(type) ?? []).filter((f) => f !== fn),
      ),
  };

  on(type: string, fn: Handler) {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), fn]);
    return this;
  }
  once(type: string, fn: Handler) {
    return this.on(type, fn);
  }
  off(type: string, fn: Handler) {
    this.handlers.set(
      type,
      (this.handlers.get(type) ?? []).filter((h) => h !== fn),
    );
    return this;
  }
  /** Fires a map event; listeners added with `once` are not told apart: tests fire idle once. */
  fire(type: string, e?: unknown) {
    for (const h of this.handlers.get(type) ?? []) h(e);
  }
  listeners = (type: string) => (this.handlers.get(type) ?? []).length;
  getSource = (id: string) =>
    this.sources.has(id) ? { setData: (d: unknown) => this.calls.push(['setData', id, d]) } : undefined;
  addSource = (id: string, spec: unknown) => (this.sources.add(id), this.calls.push(['addSource', id, spec]));
  removeSource = (id: string) => (this.sources.delete(id), this.calls.push(['removeSource', id]));
  getLayer = (id: string) => (this.layers.includes(id) ? { id, source: undefined } : undefined);
  getLayersOrder = () => [...this.layers];
  addLayer = (spec: { id: string }, before?: string) => {
    const at = before === undefined ? -1 : this.layers.indexOf(before);
    if (at < 0) this.layers.push(spec.id);
    else this.layers.splice(at, 0, spec.id);
    this.calls.push(['addLayer', spec.id, before]);
  };
  removeLayer = (id: string) => {
    this.layers = this.layers.filter((l) => l !== id);
    this.calls.push(['removeLayer', id]);
  };
  setFilter = (...a: unknown[]) => this.calls.push(['setFilter', ...a]);
  setFeatureState = (...a: unknown[]) => this.calls.push(['setFeatureState', ...a]);
  removeFeatureState = (...a: unknown[]) => this.calls.push(['removeFeatureState', ...a]);
  setLayoutProperty = (...a: unknown[]) => this.calls.push(['setLayoutProperty', ...a]);
  getLayoutProperty = () => undefined;
  setPaintProperty = (...a: unknown[]) => this.calls.push(['setPaintProperty', ...a]);
  queryRenderedFeatures = (_where: unknown, opts?: { layers?: string[] }) => {
    const missing = opts?.layers?.filter((id) => !this.layers.includes(id)) ?? [];
    if (missing.length) {
      this.calls.push(['queryError', ...missing]);
      return [];
    }
    this.calls.push(['query', opts?.layers]);
    return this.rendered.filter((r) => !opts?.layers || opts.layers.includes(r.layer.id));
  };
  flyTo = (...a: unknown[]) => this.calls.push(['flyTo', ...a]);
  fitBounds = (...a: unknown[]) => this.calls.push(['fitBounds', ...a]);
  triggerRepaint = () => this.calls.push(['triggerRepaint']);
  getCenter = () => ({ lng: 105.8, lat: 21.0 });
  getZoom = () => this.zoom;
  getBearing = () => 0;
  getCanvas = () => this.canvas;
  /** A flat projection: 1000 px per degree around the centre of the canvas. */
  project = ([lon, lat]: [number, number]) => ({ x: 400 + (lon - 105.8) * 1000, y: 300 - (lat - 21) * 1000 });
  cameraForBounds = () => ({ zoom: 13 });
  remove = () => this.calls.push(['remove']);
  named = (name: string) => this.calls.filter((c) => c[0] === name);
}

/** The real adapter on a recording fake map, with spies for what it reports. */
export function fakeAdapter() {
  const fake = new FakeMap();
  const handlers = { onZoneClick: vi.fn(), onZoneChoice: vi.fn(), onMoveEnd: vi.fn(), onError: vi.fn() };
  const adapter = new ZoneMap(fake as unknown as MapLike, handlers);
  return { fake, adapter, handlers };
}
