// @vitest-environment happy-dom
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from 'maplibre-gl';
import { describe, expect, test, vi } from 'vitest';
import { type AttrFilter, type ImportedLayer, matchesFilter } from '../domain/import/layer';
import { createAppStore } from '../store';
import { attrFilterExpression, bindImportedLayers, userLayerIds, userLayerSpecs } from './importedLayers';
import { fakeAdapter } from '../test/fakeMap';

vi.mock('maplibre-gl', () => ({ Popup: class {}, addProtocol: () => {}, removeProtocol: () => {} }));

const PROPS: Record<string, unknown>[] = [
  { ten: 'Lô A1 Đông Anh', dien_tich: 2.5, active: true },
  { ten: 'lô b2', dien_tich: 12 },
  { ten: null },
  {},
  { ten: '<img src=x onerror=alert(1)>' },
];
const layer = (over: Partial<ImportedLayer> = {}): ImportedLayer => ({
  id: 'a1',
  name: 'lots',
  fileName: 'lots.csv',
  color: '#d6336c',
  visible: true,
  crs: 'wgs84',
  featureCount: 1,
  bbox: [105, 21, 105, 21],
  importedAt: '2025-01-01T00:00:00Z',
  filter: null,
  keys: [],
  data: new Blob(['{"type":"FeatureCollection","features":[]}']),
  ...over,
});

describe('attribute filter', () => {
  test.each<AttrFilter>([
    { key: 'ten', value: 'lô' },
    { key: 'ten', value: 'ĐÔNG' },
    { key: 'dien_tich', value: '2' },
    { key: 'active', value: 'true' },
    { key: 'ten', value: '<img' },
    { key: 'missing', value: 'x' },
  ])('the map expression selects what the list predicate selects: %o', (filter) => {
    const expr = attrFilterExpression(filter)!;
    const compiled = featureFilter(expr as FilterSpecification, 'layers[0].filter');
    for (const properties of PROPS) {
      const onMap = compiled.filter({ zoom: 10 }, { type: 1, properties, geometry: [] } as never);
      expect(onMap).toBe(matchesFilter(properties, filter));
    }
  });

  test('an empty value is no filter', () => {
    expect(attrFilterExpression({ key: 'ten', value: '' })).toBeNull();
  });
});

test('layer specs validate against the style spec', () => {
  const l = layer({ filter: { key: 'ten', value: 'a' }, visible: false });
  const style = {
    version: 8,
    sources: { 'user-a1': { type: 'vector', tiles: ['userlayer://a1/1/{z}/{x}/{y}'] } },
    layers: userLayerSpecs(l),
  };
  expect(validateStyleMin(style as never)).toEqual([]);
});

/** The real adapter on the recording fake map, its calls told as short lines. */
function setup() {
  const { fake, adapter } = fakeAdapter();
  fake.fire('style.load');
  const flyTo = vi.spyOn(adapter, 'flyTo').mockImplementation(() => {});
  const calls = () => {
    const lines = fake.calls.splice(0).flatMap((c): string[] => {
      const [name, id, arg] = c as [string, string, unknown];
      if (name === 'addSource')
        return [`addSource ${id} ${(arg as { tiles: string[] }).tiles[0]!.slice(0, 12)}`];
      if (name === 'setLayoutProperty') return [`visibility ${id} ${String(c[3])}`];
      if (['addLayer', 'removeLayer', 'removeSource', 'setFilter'].includes(name)) return [`${name} ${id}`];
      return [];
    });
    return lines;
  };
  return { adapter, fake, calls, flyTo };
}

test('the binder adds, hides, filters, zooms to and removes a layer, touching only what changed', () => {
  const store = createAppStore();
  const { adapter, fake, calls, flyTo } = setup();
  const unbind = bindImportedLayers(adapter, store, { dataUrl: (f) => f, text: (_lang, key) => key });
  fake.calls = [];
  store.getState().addImportedLayers([layer()]);
  // The map gets tiles from the import worker, never the parsed layer.
  expect(calls()).toEqual([
    'addSource user-a1 userlayer://',
    ...userLayerIds('a1').map((id) => `addLayer ${id}`),
  ]);
  store.getState().updateImportedLayer('a1', { visible: false });
  expect(calls()).toEqual(userLayerIds('a1').map((id) => `visibility ${id} none`));
  store.getState().updateImportedLayer('a1', { filter: { key: 'ten', value: 'x' } });
  expect(calls()).toEqual(userLayerIds('a1').map((id) => `setFilter ${id}`));
  store.getState().zoomToImported('a1');
  expect(flyTo).toHaveBeenCalledWith({ bounds: [105, 21, 105, 21] });
  store.getState().removeImportedLayer('a1');
  expect(calls()).toEqual([...userLayerIds('a1').map((id) => `removeLayer ${id}`), 'removeSource user-a1']);
  unbind();
  store.getState().addImportedLayers([layer({ id: 'b2' })]);
  expect(calls()).toEqual([]);
});

test('after an import the map moves only when the new layers are not plain to see; the zoom button always fits', () => {
  const store = createAppStore();
  const { fake, adapter } = fakeAdapter();
  fake.fire('style.load');
  bindImportedLayers(adapter, store, { dataUrl: (f) => f, text: (_lang, key) => key });
  // The fake map: 800 x 600 px, 1000 px a degree around 105.8, 21; 24 px covered at each edge.
  let seen = 0;
  const fits = () => {
    const all = fake.named('fitBounds').map((c) => c[1]);
    return all.slice(seen, (seen = all.length));
  };
  fake.calls = [];
  store
    .getState()
    .addImportedLayers([
      layer({ id: 'plain', bbox: [105.6, 20.85, 105.9, 21.1] }),
      layer({ id: 'small', bbox: [105.8, 21, 105.81, 21.01] }),
      layer({ id: 'off', bbox: [106.3, 21, 106.5, 21.2] }),
    ]);
  store.getState().showImported('plain');
  expect(fits()).toEqual([]);
  store.getState().showImported('small');
  expect(fits()).toEqual([[105.8, 21, 105.81, 21.01]]);
  store.getState().showImported('off');
  expect(fits()).toEqual([[106.3, 21, 106.5, 21.2]]);
  store.getState().showImported('plain', 'off');
  expect(fits()).toEqual([[105.6, 20.85, 106.5, 21.2]]);
  store.getState().zoomToImported('plain');
  expect(fits()).toEqual([[105.6, 20.85, 105.9, 21.1]]);
});

test('a click on an imported feature opens its popup, on a cluster zooms in, through the one click handler', () => {
  const store = createAppStore();
  const { adapter, fake } = setup();
  const popup = vi.spyOn(adapter, 'showPopup').mockImplementation(() => {});
  const flyTo = vi.spyOn(adapter, 'flyTo').mockImplementation(() => {});
  bindImportedLayers(adapter, store, { dataUrl: (f) => f, text: (_lang, key) => key });
  store.getState().addImportedLayers([layer()]);
  const click = { point: { x: 1, y: 2 }, lngLat: { lng: 105.5, lat: 21.2 } };
  fake.rendered = [{ layer: { id: userLayerIds('a1')[0]! }, properties: { ten: 'Lô A1' } }];
  fake.fire('click', click);
  expect(popup).toHaveBeenCalledTimes(1);
  expect(popup.mock.calls[0]![0]).toEqual([105.5, 21.2]);
  expect((popup.mock.calls[0]![1] as HTMLElement).textContent).toContain('Lô A1');
  fake.rendered = [{ layer: { id: userLayerIds('a1')[2]! }, properties: { cluster: true, point_count: 40 } }];
  fake.fire('click', click);
  expect(flyTo).toHaveBeenCalledWith({ center: [105.5, 21.2], zoom: 12 });
  // A zone under the same click comes first.
  fake.rendered.push({ layer: { id: 'zones-ring' }, properties: { id: 'nic', size: 35 } });
  fake.fire('click', click);
  expect(popup).toHaveBeenCalledTimes(1);
  expect(flyTo).toHaveBeenCalledTimes(1);
});
