// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type FilterState } from '../domain/filters';
import type { AppState, AppStore } from '../store';
import { filterExpression } from './filterExpression';
import { ZONE_AREA_LAYER, ZONE_LABEL_LAYER, ZONE_RING_LAYER } from './layers';
import { bindTiledZones, TILED_LAYERS, TILED_SOURCE, tiledId, tileSource } from './tiledZones';
import { fakeAdapter } from '../test/fakeMap';

function fakes(tileJson: unknown = { tiles: ['{z}/{x}/{y}.pbf'], minzoom: 7, maxzoom: 12 }) {
  const { fake, adapter } = fakeAdapter();
  const calls = fake.calls;
  let state = { filters: EMPTY_FILTERS, lang: 'vi', notify: () => {} } as unknown as AppState;
  const listeners: (() => void)[] = [];
  const store = {
    getState: () => state,
    subscribe: (fn: () => void) => (listeners.push(fn), () => listeners.splice(listeners.indexOf(fn), 1)),
  } as unknown as AppStore;
  globalThis.fetch = (async () => new Response(JSON.stringify(tileJson))) as typeof fetch;
  return {
    calls,
    adapter,
    store,
    fake,
    load: async () => {
      fake.fire('style.load');
      fake.calls.length = 0;
      await new Promise((r) => setTimeout(r, 0));
    },
    setFilters: (filters: FilterState) => {
      state = { ...state, filters };
      for (const l of [...listeners]) l();
    },
    named: (n: string) => fake.named(n),
    select: (fn: (id: string) => void) => (state = { ...state, select: fn } as AppState),
  };
}

describe('tileSource', () => {
  it('resolves a tiles.json’s tile URLs against it, keeping the template braces', async () => {
    const src = await tileSource('zone-tiles/tiles.json', 'http://127.0.0.1:4173/', async () => ({
      tiles: ['{z}/{x}/{y}.pbf'],
      maxzoom: 12,
    }));
    expect(src).toMatchObject({ type: 'vector', maxzoom: 12, promoteId: 'id' });
    expect(src.tiles).toEqual(['http://127.0.0.1:4173/zone-tiles/{z}/{x}/{y}.pbf']);
  });

  it('takes a template as it is, and refuses a tiles.json without tiles', async () => {
    const src = await tileSource('t/{z}/{x}/{y}.pbf', 'http://h/app/');
    expect(src.tiles).toEqual(['http://h/app/t/{z}/{x}/{y}.pbf']);
    await expect(tileSource('t.json', 'http://h/', async () => ({ tiles: [] }))).rejects.toThrow();
  });
});

describe('bindTiledZones', () => {
  it('does nothing without the tiles parameter', async () => {
    const f = fakes();
    bindTiledZones(f.adapter, f.store, null, { text: (_lang, key) => key });
    await f.load();
    expect(f.calls).toEqual([]);
  });

  it('adds the tile source and the zone layers on it, and hides the GeoJSON zones', async () => {
    const f = fakes();
    bindTiledZones(f.adapter, f.store, 'zone-tiles/tiles.json', { text: (_lang, key) => key });
    await f.load();
    expect(f.named('addSource')[0]?.[1]).toBe(TILED_SOURCE);
    const added = f.named('addLayer').map((c) => c[1] as string);
    expect(added).toEqual(TILED_LAYERS.map((l) => l.id));
    expect(TILED_LAYERS.every((l) => 'source' in l && l.source === TILED_SOURCE)).toBe(true);
    const hidden = f.named('setLayoutProperty').filter((c) => c[3] === 'none');
    expect(hidden.map((c) => c[1])).toContain(ZONE_AREA_LAYER);
    expect(hidden.map((c) => c[1])).toContain(ZONE_LABEL_LAYER);
  });

  it('applies the store’s filter with the same expression, keeping each layer’s geometry filter', async () => {
    const f = fakes();
    bindTiledZones(f.adapter, f.store, 'zone-tiles/tiles.json', { text: (_lang, key) => key });
    await f.load();
    f.fake.calls.length = 0;
    const filters = { ...EMPTY_FILTERS, statuses: ['operating' as const] };
    f.setFilters(filters);
    const byLayer = Object.fromEntries(f.named('setFilter').map(([, id, expr]) => [id as string, expr]));
    const expr = filterExpression(filters);
    const pointRing = ['all', ['==', ['get', 'role'], 'point'], ['boolean', ['get', 'approx'], false]];
    expect(byLayer[tiledId(ZONE_RING_LAYER)]).toEqual(['all', pointRing, expr]);
    expect(byLayer[tiledId(ZONE_LABEL_LAYER)]).toEqual(['all', ['==', ['get', 'role'], 'point'], expr]);
    f.fake.calls.length = 0;
    f.setFilters(filters); // the same filters again: nothing to do
    expect(f.named('setFilter')).toEqual([]);
  });

  it('opens a tiled zone on a click through the adapter’s one click handler, smallest first', async () => {
    const f = fakes();
    const selected: string[] = [];
    f.select((id) => selected.push(id));
    bindTiledZones(f.adapter, f.store, 'zone-tiles/tiles.json', { text: (_lang, key) => key });
    const click = { point: { x: 1, y: 2 }, lngLat: { lng: 105.8, lat: 21 } };
    f.fake.rendered = [
      { layer: { id: tiledId(ZONE_AREA_LAYER) }, properties: { id: 'big', size: 500 } },
      { layer: { id: tiledId(ZONE_AREA_LAYER) }, properties: { id: 'small', size: 5 } },
    ];
    f.fake.fire('click', click); // before the tiles are on the map: nothing is asked of them
    expect(selected).toEqual([]);
    await f.load();
    f.fake.fire('click', click);
    expect(selected).toEqual(['small']);
    expect(f.named('queryError')).toEqual([]);
  });
});
