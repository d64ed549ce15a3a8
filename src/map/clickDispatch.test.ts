import { describe, expect, it, vi } from 'vitest';
import { fakeAdapter as setup } from '../test/fakeMap';
import { REGION_LAYER, userLayerId, ZONE_AREA_LAYER, ZONE_RING_LAYER } from './layerIds';

const point = (id: string) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [105.8, 21] },
  properties: { id, role: 'point' },
});
const threeZones = { type: 'FeatureCollection' as const, features: ['a', 'b', 'c'].map(point) };
const click = (x = 1, y = 2) => ({ point: { x, y }, lngLat: { lng: 105.8, lat: 21 } });

describe('the one click handler: zones', () => {
  it('ignores hidden zones under a click, in the zones in view and under the pointer', () => {
    const { fake, adapter, handlers } = setup();
    fake.fire('style.load');
    adapter.setZones(threeZones);
    adapter.setVisibleZones(new Set(['b']));
    fake.rendered = [
      { layer: { id: 'zones-ring' }, properties: { id: 'a', size: 1 } },
      { layer: { id: 'zones-ring' }, properties: { id: 'b', size: 2 } },
    ];
    fake.fire('click', click());
    expect(handlers.onZoneClick).toHaveBeenCalledWith('b');
    expect(handlers.onZoneChoice).not.toHaveBeenCalled();
    expect(adapter.zonesInView()).toEqual(['b']);
    fake.rendered = [{ layer: { id: 'zones-ring' }, properties: { id: 'a', size: 1 } }];
    fake.fire('mousemove', click());
    expect(fake.canvas.style.cursor).toBe('');
    adapter.setVisibleZones(new Set(['a', 'b']));
    fake.fire('mousemove', click());
    expect(fake.canvas.style.cursor).toBe('pointer');
  });

  it('opens the symbol under a click rather than the shape it sits on', () => {
    const { fake, handlers } = setup();
    fake.rendered = [
      { layer: { id: 'zones-area' }, properties: { id: 'hoa-lac', size: 1586 } },
      { layer: { id: 'zones-ring' }, properties: { id: 'nic', size: 35 } },
    ];
    fake.fire('click', click());
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
    fake.fire('click', click(5, 6));
    expect(handlers.onZoneChoice).toHaveBeenCalledWith(['cluster', 'park'], { x: 5, y: 6 });
    expect(handlers.onZoneClick).not.toHaveBeenCalled();
  });

  it('opens the one shape under a click on a footprint', () => {
    const { fake, handlers } = setup();
    fake.rendered = [
      { layer: { id: 'zones-area' }, properties: { id: 'noi-bai', size: 114 } },
      { layer: { id: 'zones-area' }, properties: { id: 'noi-bai', size: 114 } },
    ];
    fake.fire('click', click());
    expect(handlers.onZoneClick).toHaveBeenCalledWith('noi-bai');
  });

  it('ignores a click on empty map', () => {
    const { fake, handlers } = setup();
    fake.fire('click', click());
    expect(handlers.onZoneClick).not.toHaveBeenCalled();
  });
});

describe('the one click handler: dispatch by layer', () => {
  it('has one click listener on the map, whatever the targets', () => {
    const { fake, adapter } = setup();
    adapter.onClick('imported', { layers: () => [userLayerId('a1', 'fill')], take: () => true });
    adapter.onClick('region', { layers: () => [REGION_LAYER], take: () => true });
    expect(fake.listeners('click')).toBe(1);
  });

  it('asks only the layers the map has, so a zone click still works before the others are added', () => {
    const { fake, adapter, handlers } = setup();
    const imported = vi.fn(() => true);
    const region = vi.fn(() => true);
    adapter.onClick('region', { layers: () => [REGION_LAYER], take: region });
    adapter.onClick('imported', { layers: () => [userLayerId('a1', 'fill')], take: imported });
    fake.rendered = [{ layer: { id: ZONE_AREA_LAYER }, properties: { id: 'noi-bai', size: 114 } }];
    fake.fire('click', click());
    expect(handlers.onZoneClick).toHaveBeenCalledWith('noi-bai');
    expect(fake.named('queryError')).toEqual([]);
    expect(imported).not.toHaveBeenCalled();
    expect(region).not.toHaveBeenCalled();
  });

  it('gives a click to the first target in the order that takes it: zones, imported, tiled, region', () => {
    const { fake, adapter, handlers } = setup();
    fake.layers.push(userLayerId('a1', 'fill'), 'zones-area-tiled', REGION_LAYER);
    const taken: string[] = [];
    const target = (name: string, layer: string, takes = true) => ({
      layers: () => [layer as never],
      take: () => (taken.push(name), takes),
    });
    // Added out of order: the order is the dispatch's, not the binders'.
    adapter.onClick('region', target('region', REGION_LAYER));
    adapter.onClick('tiled', target('tiled', 'zones-area-tiled'));
    const offImported = adapter.onClick('imported', target('imported', userLayerId('a1', 'fill')));
    fake.rendered = [
      { layer: { id: ZONE_RING_LAYER }, properties: { id: 'nic', size: 35 } },
      { layer: { id: userLayerId('a1', 'fill') }, properties: {} },
      { layer: { id: 'zones-area-tiled' }, properties: { id: 't1', size: 1 } },
      { layer: { id: REGION_LAYER }, properties: {} },
    ];
    fake.fire('click', click());
    expect(handlers.onZoneClick).toHaveBeenCalledWith('nic');
    expect(taken).toEqual([]);
    fake.rendered = fake.rendered.slice(1);
    fake.fire('click', click());
    expect(taken).toEqual(['imported']);
    offImported();
    fake.fire('click', click());
    expect(taken).toEqual(['imported', 'tiled']);
    // A target that declines passes the click on.
    adapter.onClick('imported', target('declines', userLayerId('a1', 'fill'), false));
    fake.rendered = fake.rendered.filter((r) => r.layer.id !== 'zones-area-tiled');
    fake.fire('click', click());
    expect(taken).toEqual(['imported', 'tiled', 'declines', 'region']);
  });

  it("shows a hand over anything a click would open, not only Hanoi's zones", () => {
    const { fake, adapter } = setup();
    fake.fire('style.load');
    adapter.setZones(threeZones);
    adapter.setVisibleZones(new Set(['b']));
    fake.layers.push(userLayerId('a1', 'fill'));
    adapter.onClick('imported', { layers: () => [userLayerId('a1', 'fill')], take: () => true });
    fake.rendered = [{ layer: { id: ZONE_RING_LAYER }, properties: { id: 'a', size: 1 } }];
    fake.fire('mousemove', click());
    expect(fake.canvas.style.cursor).toBe('');
    fake.rendered.push({ layer: { id: userLayerId('a1', 'fill') }, properties: {} });
    fake.fire('mousemove', click());
    expect(fake.canvas.style.cursor).toBe('pointer');
  });

  it('passes a click on zones the filters hide to the targets after them', () => {
    const { fake, adapter, handlers } = setup();
    fake.fire('style.load');
    adapter.setZones(threeZones);
    adapter.setVisibleZones(new Set(['b']));
    fake.layers.push(REGION_LAYER);
    const region = vi.fn(() => true);
    adapter.onClick('region', { layers: () => [REGION_LAYER], take: region });
    fake.rendered = [
      { layer: { id: ZONE_RING_LAYER }, properties: { id: 'a', size: 1 } },
      { layer: { id: REGION_LAYER }, properties: { name: 'site' } },
    ];
    fake.fire('click', click());
    expect(handlers.onZoneClick).not.toHaveBeenCalled();
    expect(region).toHaveBeenCalledWith([fake.rendered[1]], { point: { x: 1, y: 2 }, lngLat: [105.8, 21] });
  });
});
