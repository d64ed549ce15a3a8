import { describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTERS } from '../domain/filters';
import { type MapLike, ZoneMap } from './ZoneMap';

type Call = [string, ...unknown[]];

/** A stand-in for maplibre's Map that records what the adapter asks of it. */
class FakeMap {
  calls: Call[] = [];
  handlers = new Map<string, ((e?: unknown) => void)[]>();
  rendered: { layer?: { id: string }; properties: Record<string, unknown> }[] = [];
  zoom = 10;

  on(type: string, layerOrFn: unknown, fn?: (e?: unknown) => void) {
    const key = typeof layerOrFn === 'string' ? `${type}:${layerOrFn}` : type;
    const handler = (fn ?? layerOrFn) as (e?: unknown) => void;
    this.handlers.set(key, [...(this.handlers.get(key) ?? []), handler]);
    return this;
  }
  fire(type: string, e?: unknown) {
    for (const h of this.handlers.get(type) ?? []) h(e);
  }
  getSource = (id: string) => ({ setData: (d: unknown) => this.calls.push(['setData', id, d]) });
  setFilter = (...a: unknown[]) => this.calls.push(['setFilter', ...a]);
  setFeatureState = (...a: unknown[]) => this.calls.push(['setFeatureState', ...a]);
  removeFeatureState = (...a: unknown[]) => this.calls.push(['removeFeatureState', ...a]);
  setLayoutProperty = (...a: unknown[]) => this.calls.push(['setLayoutProperty', ...a]);
  queryRenderedFeatures = () => this.rendered;
  flyTo = (...a: unknown[]) => this.calls.push(['flyTo', ...a]);
  fitBounds = (...a: unknown[]) => this.calls.push(['fitBounds', ...a]);
  getCenter = () => ({ lng: 105.8, lat: 21.0 });
  getZoom = () => this.zoom;
  getBearing = () => 0;
  canvas = { style: { cursor: '' }, clientWidth: 800, clientHeight: 600 };
  getCanvas = () => this.canvas;
  /** A flat projection: 1000 px per degree around the centre of the canvas. */
  project = ([lon, lat]: [number, number]) => ({ x: 400 + (lon - 105.8) * 1000, y: 300 - (lat - 21) * 1000 });
  cameraForBounds = () => ({ zoom: 13 });
  remove = () => this.calls.push(['remove']);
  named = (name: string) => this.calls.filter((c) => c[0] === name);
}

function setup() {
  const fake = new FakeMap();
  const handlers = { onZoneClick: vi.fn(), onZoneChoice: vi.fn(), onMoveEnd: vi.fn(), onError: vi.fn() };
  const adapter = new ZoneMap(fake as unknown as MapLike, handlers);
  return { fake, adapter, handlers };
}
const zones = { type: 'FeatureCollection' as const, features: [] };
const point = (id: string) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [105.8, 21] },
  properties: { id, role: 'point' },
});
const visibleA = new Set(['a']);
const threeZones = { type: 'FeatureCollection' as const, features: ['a', 'b', 'c'].map(point) };

describe('ZoneMap', () => {
  it('holds changes until the style has loaded, then applies them once', () => {
    const { fake, adapter } = setup();
    adapter.setZones(zones);
    adapter.setSelected('kcn-a');
    expect(fake.calls).toEqual([]);
    fake.fire('load');
    expect(fake.named('setData')).toEqual([
      ['setData', 'zones', zones],
      ['setData', 'zone-labels', zones],
    ]);
    expect(fake.named('setFeatureState')).toEqual([
      ['setFeatureState', { source: 'zones', id: 'kcn-a' }, { selected: true }],
    ]);
  });

  it('does nothing when a setter is called with what it already has', () => {
    const { fake, adapter } = setup();
    fake.fire('load');
    adapter.setZones(zones);
    adapter.setFilter(EMPTY_FILTERS);
    adapter.setSelected('kcn-a');
    adapter.setLanguage('en');
    const before = fake.calls.length;
    adapter.setZones(zones);
    adapter.setFilter(EMPTY_FILTERS);
    adapter.setSelected('kcn-a');
    adapter.setLanguage('en');
    expect(fake.calls.length).toBe(before);
  });

  it('filters only the label layer in layout, keeping its geometry filter', () => {
    const { fake, adapter } = setup();
    fake.fire('load');
    fake.calls = [];
    adapter.setFilter({ ...EMPTY_FILTERS, statuses: ['operating'] });
    const status = ['in', ['get', 'status'], ['literal', ['operating']]];
    const point = ['==', ['get', 'role'], 'point'];
    expect(fake.named('setFilter')).toEqual([['setFilter', 'zones-label', ['all', point, ['all', status]]]]);
  });

  it('sets the label filter only once the map zooms in towards the labels: it re-tiles them and costs a frame', () => {
    const { fake, adapter } = setup();
    fake.zoom = 8.5;
    fake.fire('load');
    fake.calls = [];
    adapter.setFilter({ ...EMPTY_FILTERS, statuses: ['operating'] });
    expect(fake.named('setFilter')).toEqual([]);
    fake.zoom = 9.6;
    fake.fire('zoom');
    expect(fake.named('setFilter')).toHaveLength(1);
    fake.fire('zoom');
    expect(fake.named('setFilter')).toHaveLength(1);
  });

  it('hides the zones the filters leave out through feature-state, changing only those that change', () => {
    const { fake, adapter } = setup();
    fake.fire('load');
    adapter.setZones(threeZones);
    fake.calls = [];
    adapter.setVisibleZones(new Set(['a']));
    expect(fake.named('setFeatureState')).toEqual([
      ['setFeatureState', { source: 'zones', id: 'b' }, { hidden: true }],
      ['setFeatureState', { source: 'zones', id: 'c' }, { hidden: true }],
    ]);
    fake.calls = [];
    adapter.setVisibleZones(new Set(['a', 'b']));
    expect(fake.calls).toEqual([['setFeatureState', { source: 'zones', id: 'b' }, { hidden: false }]]);
    // Nothing re-tiles the zones: no filter on their layers, no new data.
    expect(fake.named('setFilter')).toEqual([]);
    expect(fake.named('setData')).toEqual([]);
  });

  it('hides again after new data replaces the old', () => {
    const { fake, adapter } = setup();
    fake.fire('load');
    adapter.setZones(threeZones);
    adapter.setVisibleZones(new Set(['a']));
    fake.calls = [];
    adapter.setZones({ ...threeZones });
    expect(fake.named('removeFeatureState')).toEqual([['removeFeatureState', { source: 'zones' }]]);
    expect(fake.named('setFeatureState').map((c) => c[1])).toEqual([
      { source: 'zones', id: 'b' },
      { source: 'zones', id: 'c' },
    ]);
  });

  it('ignores hidden zones under a click, in the zones in view and under the pointer', () => {
    const { fake, adapter, handlers } = setup();
    fake.fire('load');
    adapter.setZones(threeZones);
    adapter.setVisibleZones(new Set(['b']));
    fake.rendered = [
      { layer: { id: 'zones-ring' }, properties: { id: 'a', size: 1 } },
      { layer: { id: 'zones-ring' }, properties: { id: 'b', size: 2 } },
    ];
    fake.fire('click', { point: { x: 1, y: 2 } });
    expect(handlers.onZoneClick).toHaveBeenCalledWith('b');
    expect(handlers.onZoneChoice).not.toHaveBeenCalled();
    expect(adapter.zonesInView()).toEqual(['b']);
    fake.rendered = [{ layer: { id: 'zones-ring' }, properties: { id: 'a', size: 1 } }];
    fake.fire('mousemove', { point: { x: 1, y: 2 } });
    expect(fake.canvas.style.cursor).toBe('');
    adapter.setVisibleZones(new Set(['a', 'b']));
    fake.fire('mousemove', { point: { x: 1, y: 2 } });
    expect(fake.canvas.style.cursor).toBe('pointer');
  });

  it('reapplies the selection after new data replaces the old', () => {
    const { fake, adapter } = setup();
    fake.fire('load');
    adapter.setZones(zones);
    adapter.setSelected('kcn-a');
    fake.calls = [];
    adapter.setZones({ ...zones });
    expect(fake.named('setFeatureState')).toHaveLength(1);
  });

  it('opens the symbol under a click rather than the shape it sits on', () => {
    const { fake, handlers } = setup();
    fake.rendered = [
      { layer: { id: 'zones-area' }, properties: { id: 'hoa-lac', size: 1586 } },
      { layer: { id: 'zones-ring' }, properties: { id: 'nic', size: 35 } },
    ];
    fake.fire('click', { point: { x: 1, y: 2 } });
    expect(handlers.onZoneClick).toHaveBeenCalledWith('nic');
    expect(handlers.onZoneChoice).not.toHaveBeenCalled();
  });

  it('offers a choice when several zones share the point clicked, smallest first', () => {
    const { fake, handlers } = setup();
    fake.rendered = [
      { layer: { id: 'zones-ring' }, properties: { id: 'park', size: 112 } },
      { layer: { id: 'zones-ring' }, properties: { id: 'cluster', size: 0 } },
      { layer: { id: 'zones-ring' }, properties: { id: 'park', size: 112 } },
    ];
    fake.fire('click', { point: { x: 5, y: 6 } });
    expect(handlers.onZoneChoice).toHaveBeenCalledWith(['cluster', 'park'], { x: 5, y: 6 });
    expect(handlers.onZoneClick).not.toHaveBeenCalled();
  });

  it('opens the one shape under a click on a footprint', () => {
    const { fake, handlers } = setup();
    fake.rendered = [
      { layer: { id: 'zones-area' }, properties: { id: 'noi-bai', size: 114 } },
      { layer: { id: 'zones-area' }, properties: { id: 'noi-bai', size: 114 } },
    ];
    fake.fire('click', { point: { x: 1, y: 2 } });
    expect(handlers.onZoneClick).toHaveBeenCalledWith('noi-bai');
  });

  it('ignores a click on empty map', () => {
    const { fake, handlers } = setup();
    fake.fire('click', { point: { x: 1, y: 2 } });
    expect(handlers.onZoneClick).not.toHaveBeenCalled();
  });

  it('reports each failing source once', () => {
    const { fake, handlers } = setup();
    fake.fire('error', { sourceId: 'roads', error: new Error('HTTP 404') });
    fake.fire('error', { sourceId: 'roads', error: new Error('HTTP 404') });
    expect(handlers.onError).toHaveBeenCalledTimes(1);
    expect(handlers.onError).toHaveBeenCalledWith('roads: HTTP 404');
  });

  it('switches label language and layer visibility', () => {
    const { fake, adapter } = setup();
    fake.fire('load');
    fake.calls = [];
    adapter.setLanguage('en');
    adapter.setLayerVisible('communes', true);
    expect(fake.named('setLayoutProperty')).toEqual([
      ['setLayoutProperty', 'zones-label', 'text-field', ['get', 'label_en']],
      ['setLayoutProperty', 'communes-label', 'text-field', expect.arrayContaining(['let', 'name'])],
      ['setLayoutProperty', 'communes-area-label', 'text-field', expect.arrayContaining(['let', 'name'])],
      ['setLayoutProperty', 'airport-label', 'text-field', ['coalesce', ['get', 'name:en'], ['get', 'name']]],
      ['setLayoutProperty', 'communes-line', 'visibility', 'visible'],
      ['setLayoutProperty', 'communes-label', 'visibility', 'visible'],
      ['setLayoutProperty', 'communes-area-label', 'visibility', 'visible'],
    ]);
  });

  it('writes the camera back on moveend', () => {
    const { fake, handlers } = setup();
    fake.fire('moveend');
    expect(handlers.onMoveEnd).toHaveBeenCalledWith({ center: [105.8, 21.0], zoom: 10 });
  });
});

describe('ZoneMap feature-layer setters', () => {
  it('apply each change once the style has loaded, and nothing when called again with equal data', () => {
    const { fake, adapter } = setup();
    const extra = fake as unknown as Record<string, (...a: unknown[]) => unknown>;
    const have = new Set<string>();
    extra.getLayer = (id) => (have.has(id as string) ? {} : undefined);
    extra.addLayer = (spec) => (have.add((spec as { id: string }).id), fake.calls.push(['addLayer', spec]));
    extra.addSource = (id) => (have.add(`source:${id as string}`), fake.calls.push(['addSource', id]));
    const getSource = fake.getSource;
    fake.getSource = ((id: string) =>
      have.has(`source:${id}`) ? getSource(id) : undefined) as typeof getSource;
    extra.setPaintProperty = (...a) => fake.calls.push(['setPaintProperty', ...a]);
    const run = () => {
      adapter.addSource('fit', { type: 'geojson', data: zones });
      adapter.addLayer({ id: 'fit-ring', type: 'circle', source: 'fit' }, ['missing', 'fit-ring']);
      adapter.setSourceData('fit', zones);
      adapter.setLayerShown('fit-ring', true);
      adapter.setLayout('fit-ring', 'circle-sort-key', ['get', 'size']);
      adapter.setPaint('fit-ring', 'circle-color', ['match', ['get', 'id'], 'a', '#fff', '#000']);
    };
    run();
    expect(fake.calls).toEqual([]);
    fake.fire('load');
    const once = fake.calls.length;
    const onFit = fake.calls.filter((c) => c[1] === 'fit' || c[1] === 'fit-ring' || c[0] === 'addLayer');
    expect(onFit.map((c) => c[0])).toEqual([
      'addSource',
      'addLayer',
      'setData',
      'setLayoutProperty',
      'setLayoutProperty',
      'setPaintProperty',
    ]);
    run(); // equal data, a new but equal expression: no second call
    expect(fake.calls.length).toBe(once);
    adapter.setLayerShown('fit-ring', false);
    adapter.setSourceData('fit', { ...zones });
    expect(fake.calls.slice(once).map((c) => c[0])).toEqual(['setLayoutProperty', 'setData']);
  });

  it('keeps every zone setter idempotent: a second equal call records nothing', () => {
    const { fake, adapter } = setup();
    fake.fire('load');
    const all = () => {
      adapter.setZones(threeZones);
      adapter.setStacks(zones);
      adapter.setFilter(EMPTY_FILTERS);
      adapter.setVisibleZones(visibleA);
      adapter.setSelected('a');
      adapter.setFocused('b');
      adapter.setLanguage('en');
      adapter.setLayerVisible('communes', true);
    };
    all();
    const before = fake.calls.length;
    all();
    expect(fake.calls.length).toBe(before);
  });
});

describe('ZoneMap timeline', () => {
  it('paints fill strength from the chosen year’s status, and back to today’s when the year is cleared', () => {
    const { fake, adapter } = setup();
    const paints: unknown[][] = [];
    (fake as unknown as { setPaintProperty: (...a: unknown[]) => void }).setPaintProperty = (...a) =>
      paints.push(a);
    fake.fire('load');
    adapter.setFilter({ ...EMPTY_FILTERS, year: 2005 });
    expect(paints.map((p) => p.slice(0, 2))).toEqual([
      ['zones-area', 'fill-opacity'],
      ['zones-ring', 'circle-opacity'],
    ]);
    expect(JSON.stringify(paints[0]![2])).toContain('"slice"');
    paints.length = 0;
    adapter.setFilter({ ...EMPTY_FILTERS, year: null });
    expect(JSON.stringify(paints[0]![2])).toContain('["get","status"]');
  });
});

describe('ZoneMap frame', () => {
  const frame: [number, number, number, number] = [105.7, 20.9, 105.9, 21.1];
  it('fits the frame inside the padding it is given', () => {
    const { fake, adapter } = setup();
    const padding = { top: 80, right: 24, bottom: 24, left: 24 };
    adapter.setCoverPadding(() => padding);
    adapter.frame(frame, [105.79, 20.99, 105.81, 21.01]);
    expect(fake.named('fitBounds')).toEqual([['fitBounds', frame, { padding, maxZoom: 13.5 }]]);
  });

  it('stays put when the zone is already in view at about the frame zoom', () => {
    const { fake, adapter } = setup();
    fake.zoom = 12.5;
    adapter.frame(frame, [105.79, 20.99, 105.81, 21.01]);
    expect(fake.named('fitBounds')).toEqual([]);
    // Out of view (under the padding), or far from the frame zoom: it moves.
    adapter.frame(frame, [106.2, 20.99, 106.22, 21.01]);
    fake.zoom = 9;
    adapter.frame(frame, [105.79, 20.99, 105.81, 21.01]);
    expect(fake.named('fitBounds')).toHaveLength(2);
  });

  it('frames again when the map is resized just after (a bottom sheet opening)', () => {
    const { fake, adapter } = setup();
    adapter.frame(frame, [106.2, 20.99, 106.22, 21.01]);
    fake.fire('resize');
    expect(fake.named('fitBounds')).toHaveLength(2);
  });
});
