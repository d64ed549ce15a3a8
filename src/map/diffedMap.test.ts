import { describe, expect, it, vi } from 'vitest';
import { fakeAdapter as setup } from '../test/fakeMap';
import { FIT_LAYER, type LayerSpec, userLayerId, userLayerIds } from './layerIds';

const zones = { type: 'FeatureCollection' as const, features: [] };
const fitSpec: LayerSpec = { id: FIT_LAYER, type: 'circle', source: 'fit-results' };
const userSpecs: LayerSpec[] = userLayerIds('a1').map((id) => ({
  id,
  type: 'line',
  source: 'user-a1',
  'source-layer': 'data',
}));

describe('the adapter’s diffed primitives', () => {
  it('apply each change once the style has loaded, and nothing when called again with equal data', () => {
    const { fake, adapter } = setup();
    const run = () => {
      adapter.addSource('fit-results', { type: 'geojson', data: zones });
      adapter.addLayer(fitSpec, ['zones-missing' as never, 'zones-label']);
      adapter.setSourceData('fit-results', zones);
      adapter.setLayerShown(FIT_LAYER, true);
      adapter.setLayout(FIT_LAYER, 'circle-sort-key', ['get', 'size']);
      adapter.setPaint(FIT_LAYER, 'circle-color', ['match', ['get', 'id'], 'a', '#fff', '#000']);
      adapter.setLayerFilter(FIT_LAYER, ['==', ['get', 'id'], 'a']);
    };
    run();
    expect(fake.calls).toEqual([]);
    fake.fire('style.load');
    const once = fake.calls.length;
    const onFit = fake.calls.filter((c) => c[1] === 'fit-results' || c[1] === FIT_LAYER);
    expect(onFit.map((c) => c[0])).toEqual([
      'addSource',
      'addLayer',
      'setData',
      'setLayoutProperty',
      'setLayoutProperty',
      'setPaintProperty',
      'setFilter',
    ]);
    // Under the first of `before` the map has.
    expect(fake.named('addLayer')).toEqual([['addLayer', FIT_LAYER, 'zones-label']]);
    run(); // equal data, new but equal expressions: no second call
    expect(fake.calls.length).toBe(once);
    adapter.setLayerShown(FIT_LAYER, false);
    adapter.setSourceData('fit-results', { ...zones });
    adapter.setLayerFilter(FIT_LAYER, null);
    expect(fake.calls.slice(once).map((c) => c[0])).toEqual(['setLayoutProperty', 'setData', 'setFilter']);
  });

  it('adds a group of layers in order under one layer, once; removes it once, forgetting what was applied', () => {
    const { fake, adapter } = setup();
    fake.fire('style.load');
    adapter.addSource('user-a1', { type: 'vector', tiles: ['userlayer://a1/1/{z}/{x}/{y}'] });
    adapter.addLayers(userSpecs, ['zones-label']);
    adapter.addLayers(userSpecs, ['zones-label']);
    expect(fake.named('addLayer')).toEqual(userSpecs.map((s) => ['addLayer', s.id, 'zones-label']));
    const labelAt = fake.layers.indexOf('zones-label');
    expect(fake.layers.slice(labelAt - 3, labelAt)).toEqual(userSpecs.map((s) => s.id));
    adapter.setLayerShown(userLayerId('a1', 'line'), false);
    fake.calls = [];
    adapter.removeLayers(userLayerIds('a1'));
    adapter.removeSource('user-a1');
    adapter.removeLayers(userLayerIds('a1'));
    adapter.removeSource('user-a1');
    expect(fake.calls).toEqual([
      ...userLayerIds('a1').map((id) => ['removeLayer', id]),
      ['removeSource', 'user-a1'],
    ]);
    // Added again, the layer takes its setters afresh: nothing applied before is remembered.
    adapter.addSource('user-a1', { type: 'vector', tiles: ['userlayer://a1/2/{z}/{x}/{y}'] });
    adapter.addLayers(userSpecs);
    fake.calls = [];
    adapter.setLayerShown(userLayerId('a1', 'line'), false);
    expect(fake.calls).toEqual([['setLayoutProperty', userLayerId('a1', 'line'), 'visibility', 'none']]);
  });

  it('sets nothing on a layer or source the map does not have', () => {
    const { fake, adapter } = setup();
    fake.fire('style.load');
    fake.calls = [];
    adapter.setLayerShown(FIT_LAYER, true);
    adapter.setPaint(FIT_LAYER, 'circle-color', '#000');
    adapter.setLayerFilter(FIT_LAYER, null);
    adapter.setSourceData('fit-results', zones);
    expect(fake.calls).toEqual([]);
    expect(adapter.hasLayer(FIT_LAYER)).toBe(false);
    expect(adapter.hasSource('fit-results')).toBe(false);
  });

  it('takes a data file’s URL as source data, once', () => {
    const { fake, adapter } = setup();
    fake.fire('style.load');
    fake.calls = [];
    adapter.setSourceData('communes-2025', 'http://x/data/communes-2025.geojson');
    adapter.setSourceData('communes-2025', 'http://x/data/communes-2025.geojson');
    expect(fake.named('setData')).toEqual([
      ['setData', 'communes-2025', 'http://x/data/communes-2025.geojson'],
    ]);
  });

  it('follows map and canvas events until told to stop', () => {
    const { fake, adapter } = setup();
    const onZoom = vi.fn();
    const onKey = vi.fn();
    const offZoom = adapter.on('zoom', onZoom);
    const offKey = adapter.onCanvas('keydown', onKey);
    fake.fire('zoom');
    for (const fn of fake.canvasListeners.get('keydown') ?? []) fn(new Event('keydown'));
    offZoom();
    offKey();
    fake.fire('zoom');
    expect(onZoom).toHaveBeenCalledTimes(1);
    expect(onKey).toHaveBeenCalledTimes(1);
    expect(fake.canvasListeners.get('keydown')).toEqual([]);
  });

  it('tells the layers drawn, with what decides whether their data is needed', () => {
    const { fake, adapter } = setup();
    expect(adapter.layersDrawn()).toEqual([]);
    fake.fire('style.load');
    expect(adapter.layersDrawn().map((l) => l.id)).toEqual(fake.layers);
  });
});

describe('the adapter’s print capture', () => {
  it('frames at once, asks for a frame, and reads the canvas in the next idle', () => {
    const { fake, adapter } = setup();
    const done = vi.fn();
    adapter.capturePrint([105.7, 20.9, 105.9, 21.1], 2, done);
    expect(fake.calls).toEqual([]);
    fake.fire('style.load');
    expect(fake.named('fitBounds')[0]?.[2]).toMatchObject({ animate: false, maxZoom: 15 });
    expect(fake.named('triggerRepaint')).toHaveLength(1);
    expect(done).not.toHaveBeenCalled();
    fake.fire('idle');
    expect(done).toHaveBeenCalledWith({
      image: 'data:image/png;base64,AAAA',
      metersPerPx: expect.any(Number),
      bearing: 0,
      width: 800,
      height: 600,
    });
  });

  it('hands over nothing once cancelled, and null when the canvas cannot be read', () => {
    const { fake, adapter } = setup();
    fake.fire('style.load');
    const done = vi.fn();
    adapter.capturePrint([105.7, 20.9, 105.9, 21.1], 2, done)();
    fake.fire('idle');
    expect(done).not.toHaveBeenCalled();
    fake.canvas.toDataURL = () => {
      throw new Error('tainted');
    };
    adapter.capturePrint([105.7, 20.9, 105.9, 21.1], 2, done);
    fake.fire('idle');
    expect(done).toHaveBeenCalledWith(null);
  });
});

describe('the adapter’s map', () => {
  it('is the adapter’s own: binders cannot reach it (a type error, checked by tsc)', () => {
    const { adapter } = setup();
    // @ts-expect-error the MapLibre map is protected: only the adapter's classes touch it
    expect(adapter.map).toBeDefined();
  });
});
