import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from 'maplibre-gl';
import { describe, expect, test, vi } from 'vitest';
import { type AttrFilter, type ImportedLayer, matchesFilter } from '../domain/import/layer';
import { createAppStore } from '../store';
import { attrFilterExpression, bindImportedLayers, userLayerIds, userLayerSpecs } from './importedLayers';
import type { ZoneMap } from './ZoneMap';

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

function fakeAdapter() {
  const calls: string[] = [];
  const layers = new Set<string>();
  const map = {
    addSource: (id: string, spec: { tiles: string[] }) =>
      calls.push(`addSource ${id} ${spec.tiles[0]!.slice(0, 12)}`),
    removeSource: (id: string) => calls.push(`removeSource ${id}`),
    addLayer: (spec: { id: string }) => (layers.add(spec.id), calls.push(`addLayer ${spec.id}`)),
    removeLayer: (id: string) => (layers.delete(id), calls.push(`removeLayer ${id}`)),
    getLayer: (id: string) => layers.has(id) || undefined,
    getSource: () => ({ setData: () => calls.push('setData') }),
    setLayoutProperty: (id: string, _k: string, v: string) => calls.push(`visibility ${id} ${v}`),
    setFilter: (id: string) => calls.push(`setFilter ${id}`),
    on: () => {},
  };
  const adapter = { map, whenLoaded: (cb: () => void) => cb(), flyTo: vi.fn() };
  return { adapter: adapter as unknown as ZoneMap, calls, flyTo: adapter.flyTo };
}

test('the binder adds, hides, filters, zooms to and removes a layer, touching only what changed', () => {
  const store = createAppStore();
  const { adapter, calls, flyTo } = fakeAdapter();
  const unbind = bindImportedLayers(adapter, store, { dataUrl: (f) => f, text: (_lang, key) => key });
  store.getState().addImportedLayers([layer()]);
  // The map gets tiles from the import worker, never the parsed layer.
  expect(calls.splice(0)).toEqual([
    'addSource user-a1 userlayer://',
    ...userLayerIds('a1').map((id) => `addLayer ${id}`),
  ]);
  store.getState().updateImportedLayer('a1', { visible: false });
  expect(calls.splice(0)).toEqual(userLayerIds('a1').map((id) => `visibility ${id} none`));
  store.getState().updateImportedLayer('a1', { filter: { key: 'ten', value: 'x' } });
  expect(calls.splice(0)).toEqual(userLayerIds('a1').map((id) => `setFilter ${id}`));
  store.getState().zoomToImported('a1');
  expect(flyTo).toHaveBeenCalledWith({ bounds: [105, 21, 105, 21] });
  store.getState().removeImportedLayer('a1');
  expect(calls.splice(0)).toEqual([
    ...userLayerIds('a1').map((id) => `removeLayer ${id}`),
    'removeSource user-a1',
  ]);
  unbind();
  store.getState().addImportedLayers([layer({ id: 'b2' })]);
  expect(calls).toEqual([]);
});
