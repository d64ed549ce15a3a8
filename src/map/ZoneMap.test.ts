import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../domain/filters';
import { fakeAdapter } from '../test/fakeMap';

const setup = fakeAdapter;
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
    adapter.setZones(threeZones);
    adapter.setSelected('a');
    expect(fake.calls).toEqual([]);
    fake.fire('style.load');
    expect(fake.named('setData')).toEqual([
      ['setData', 'zones', threeZones],
      ['setData', 'zone-labels', threeZones],
      ['setData', 'zone-selected', { type: 'FeatureCollection', features: [point('a')] }],
    ]);
    expect(fake.named('setFeatureState')).toEqual([]);
  });

  it('does nothing when a setter is called with what it already has', () => {
    const { fake, adapter } = setup();
    fake.fire('style.load');
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
    fake.fire('style.load');
    fake.calls = [];
    adapter.setFilter({ ...EMPTY_FILTERS, statuses: ['operating'] });
    const status = ['in', ['get', 'status'], ['literal', ['operating']]];
    const point = ['==', ['get', 'role'], 'point'];
    expect(fake.named('setFilter')).toEqual([['setFilter', 'zones-label', ['all', point, ['all', status]]]]);
  });

  it('sets the label filter only once the map zooms in towards the labels: it re-tiles them and costs a frame', () => {
    const { fake, adapter } = setup();
    fake.zoom = 8.5;
    fake.fire('style.load');
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
    fake.fire('style.load');
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
    fake.fire('style.load');
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

  it('draws the selection from a source of its own, again from new data, and not while the zone is hidden', () => {
    const { fake, adapter } = setup();
    fake.fire('style.load');
    const area = { ...point('a'), properties: { id: 'a', role: 'area' } };
    adapter.setZones({ ...threeZones, features: [...threeZones.features, area] });
    fake.calls = [];
    adapter.setSelected('a');
    const selection = (features: unknown[]) => [
      'setData',
      'zone-selected',
      { type: 'FeatureCollection', features },
    ];
    expect(fake.named('setData')).toEqual([selection([point('a'), area])]);
    expect(fake.named('setFeatureState')).toEqual([]);
    fake.calls = [];
    adapter.setZones({ ...threeZones });
    expect(fake.named('setData').at(-1)).toEqual(selection([point('a')]));
    // The filters hide it: its selection goes too, and comes back with it.
    adapter.setVisibleZones(new Set(['b']));
    expect(fake.named('setData').at(-1)).toEqual(selection([]));
    adapter.setVisibleZones(null);
    expect(fake.named('setData').at(-1)).toEqual(selection([point('a')]));
    adapter.setSelected(null);
    expect(fake.named('setData').at(-1)).toEqual(selection([]));
  });

  it('rings the focused zone from a source of its own: a filter change never touches it', () => {
    const { fake, adapter } = setup();
    fake.fire('style.load');
    const area = { ...point('b'), properties: { id: 'b', role: 'area' } };
    adapter.setZones({ ...threeZones, features: [...threeZones.features, area] });
    fake.calls = [];
    adapter.setFocused('b');
    expect(fake.named('setData')).toEqual([
      ['setData', 'zone-focus', { type: 'FeatureCollection', features: [point('b')] }],
    ]);
    expect(fake.named('setFeatureState')).toEqual([]);
    fake.calls = [];
    adapter.setVisibleZones(visibleA);
    expect(fake.named('setData')).toEqual([]);
    // New data: the ring follows the zone into it; no focus, no ring.
    adapter.setZones({ ...threeZones });
    expect(fake.named('setData').at(-1)).toEqual([
      'setData',
      'zone-focus',
      { type: 'FeatureCollection', features: [point('b')] },
    ]);
    adapter.setFocused(null);
    expect(fake.named('setData').at(-1)).toEqual([
      'setData',
      'zone-focus',
      { type: 'FeatureCollection', features: [] },
    ]);
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
    fake.fire('style.load');
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

describe('ZoneMap zone setters', () => {
  it('keeps every zone setter idempotent: a second equal call records nothing', () => {
    const { fake, adapter } = setup();
    fake.fire('style.load');
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
    fake.fire('style.load');
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
