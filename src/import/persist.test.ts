/**
 * Keeping layers in IndexedDB (fake-indexeddb in node), with the real encoding the worker uses.
 * The round trip is a property: random valid layers are saved, read back by a fresh store, and compared.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import type { Feature } from 'geojson';
import { describe, expect, test } from 'vitest';
import { type ImportedLayer, LAYER_PALETTE, type LayerMeta } from '../domain/import/layer';
import { createAppStore } from '../store';
import { decodeChunks, encodeFeatures, gunzipText } from './encode';
import { DB_NAME } from './idb';
import { failureOf, type LayerCodec, startLayerPersistence } from './persist';

const codec: LayerCodec = {
  restore: async (chunks, count) => (await decodeChunks(chunks, count))?.blob ?? null,
  encode: async (features) => encodeFeatures(features as Feature[]),
  salvage: async (value, chunks) =>
    new Blob([
      chunks.length ? await gunzipText(chunks) : JSON.stringify((value as { data?: unknown }).data ?? {}),
    ]),
};

async function layerOf(meta: Omit<LayerMeta, 'featureCount' | 'bbox' | 'keys'>, features: Feature[]) {
  const e = (await encodeFeatures(features))!;
  const layer: ImportedLayer = {
    ...meta,
    featureCount: e.featureCount,
    bbox: e.bbox,
    keys: e.keys,
    data: e.blob,
  };
  return { layer, chunks: e.chunks, bytes: e.bytes };
}
/** A fresh page: a new store restoring from the same database. */
async function reload(factory: IDBFactory) {
  const store = createAppStore();
  const p = startLayerPersistence(store, codec, factory);
  await p.ready;
  return { store, p };
}
const featuresOf = async (l: ImportedLayer) =>
  (JSON.parse(await l.data.text()) as { features: Feature[] }).features;
const metaOf = ({ data: _d, ...m }: ImportedLayer) => m;

// --- Generators of valid layers: what the import pipeline can produce ---
const coord = fc.tuple(
  fc.double({ min: -180, max: 180, noNaN: true }).map((x) => (x === 0 ? 0 : x)),
  fc.double({ min: -90, max: 90, noNaN: true }).map((x) => (x === 0 ? 0 : x)),
);
const ring = fc.array(coord, { minLength: 3, maxLength: 8 }).map((r) => [...r, r[0]!]);
const geometry = fc.oneof(
  coord.map((c) => ({ type: 'Point', coordinates: c })),
  fc.array(coord, { minLength: 2, maxLength: 6 }).map((c) => ({ type: 'LineString', coordinates: c })),
  fc.array(ring, { minLength: 1, maxLength: 2 }).map((c) => ({ type: 'Polygon', coordinates: c })),
);
const key = fc
  .string({ minLength: 1, maxLength: 20, unit: 'grapheme' })
  .filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k));
const value = fc.oneof(
  fc.string({ maxLength: 60, unit: 'grapheme' }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x)),
  fc.boolean(),
  fc.constant(null),
);
const feature = fc.record({
  type: fc.constant('Feature'),
  geometry,
  properties: fc.dictionary(key, value, { maxKeys: 6 }),
}) as fc.Arbitrary<Feature>;
const meta = fc.record({
  id: fc.stringMatching(/^u[0-9a-z]{1,20}$/),
  name: fc.string({ maxLength: 300 }),
  fileName: fc.string({ maxLength: 300 }),
  color: fc.constantFrom(...LAYER_PALETTE),
  visible: fc.boolean(),
  crs: fc.constantFrom('wgs84', 'vn2000-tm3-105.75', 'vn2000-utm48', 'prj'),
  importedAt: fc
    .date({ noInvalidDate: true, min: new Date(2000, 0, 1), max: new Date(2100, 0, 1) })
    .map((d) => d.toISOString()),
  filter: fc.option(fc.record({ key: fc.string({ maxLength: 200 }), value: fc.string({ maxLength: 500 }) }), {
    nil: null,
  }),
});

describe('layers kept in IndexedDB', () => {
  test('property: any valid layer saved is read back exactly, by a fresh page', async () => {
    await fc.assert(
      fc.asyncProperty(meta, fc.array(feature, { minLength: 1, maxLength: 12 }), async (m, features) => {
        const factory = new IDBFactory();
        const first = await reload(factory);
        const { layer, chunks, bytes } = await layerOf(m, features);
        first.store.getState().addImportedLayers([layer]);
        await first.p.save(layer, chunks, bytes);
        expect(first.store.getState().layerStorage[layer.id]).toEqual({ state: 'saved' });
        first.p.stop();
        const second = await reload(factory);
        const back = second.store.getState().imported;
        expect(back.map(metaOf)).toEqual([metaOf(layer)]);
        expect(await featuresOf(back[0]!)).toEqual(JSON.parse(JSON.stringify(features)));
        expect(second.store.getState().setAside).toEqual([]);
        second.p.stop();
      }),
      { numRuns: 30 },
    );
  });

  test('large layers are kept in chunks of at most 8 MB, none of them near the browser limit', async () => {
    const features: Feature[] = Array.from({ length: 30_000 }, (_, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [105 + (i % 997) / 1000, 21 + (i % 991) / 1000] },
      properties: Object.fromEntries(
        Array.from({ length: 12 }, (_, k) => [`col${k}`, `${(i * 7919 + k * 104729) % 1e9}`]),
      ),
    }));
    const factory = new IDBFactory();
    const { store, p } = await reload(factory);
    const { layer, chunks, bytes } = await layerOf({ ...base, id: 'big' }, features);
    expect(chunks.every((c) => c.byteLength <= 8 * 2 ** 20)).toBe(true);
    store.getState().addImportedLayers([layer]);
    await p.save(layer, chunks, bytes);
    p.stop();
    const again = await reload(factory);
    expect(again.store.getState().imported[0]!.featureCount).toBe(30_000);
    expect((await featuresOf(again.store.getState().imported[0]!))[29_999]).toEqual(
      JSON.parse(JSON.stringify(features[29_999])),
    );
    again.p.stop();
  });

  const base = {
    id: 'u1',
    name: 'Lô đất',
    fileName: 'lots.csv',
    color: '#1c7ed6',
    visible: true,
    crs: 'wgs84',
    importedAt: '2025-01-01T00:00:00.000Z',
    filter: null,
  };
  const one: Feature[] = [
    { type: 'Feature', properties: { ten: 'A' }, geometry: { type: 'Point', coordinates: [105.8, 21] } },
  ];

  test('the write side enforces the read side: a 630-character filter is clamped and the layer reads back', async () => {
    const factory = new IDBFactory();
    const { store, p } = await reload(factory);
    const { layer, chunks, bytes } = await layerOf(base, one);
    store.getState().addImportedLayers([layer]);
    await p.save(layer, chunks, bytes);
    store.getState().updateImportedLayer('u1', { filter: { key: 'ten', value: 'x'.repeat(630) } });
    await new Promise((r) => setTimeout(r, 50));
    p.stop();
    const again = await reload(factory);
    expect(again.store.getState().imported[0]!.filter!.value).toHaveLength(500);
    expect(again.store.getState().setAside).toEqual([]);
    again.p.stop();
  });

  test('a removed layer is removed from storage too', async () => {
    const factory = new IDBFactory();
    const { store, p } = await reload(factory);
    const { layer, chunks, bytes } = await layerOf(base, one);
    store.getState().addImportedLayers([layer]);
    await p.save(layer, chunks, bytes);
    store.getState().removeImportedLayer('u1');
    expect(store.getState().layerStorage.u1).toBeUndefined();
    await new Promise((r) => setTimeout(r, 50));
    p.stop();
    const again = await reload(factory);
    expect(again.store.getState().imported).toEqual([]);
    again.p.stop();
  });

  test('a description that would not read back is not written, and the layer says why', async () => {
    const factory = new IDBFactory();
    const { store, p } = await reload(factory);
    const { layer, chunks, bytes } = await layerOf({ ...base, name: 'x'.repeat(350) }, one);
    store.getState().addImportedLayers([layer]);
    await p.save(layer, chunks, bytes);
    expect(store.getState().layerStorage.u1).toEqual({ state: 'failed', reason: 'invalid' });
    p.stop();
    const again = await reload(factory);
    expect(again.store.getState().imported).toEqual([]);
    expect(again.store.getState().setAside).toEqual([]);
    again.p.stop();
  });

  test('a deleted object store is recreated, and saving goes on', async () => {
    const factory = new IDBFactory();
    const { store, p } = await reload(factory);
    // Something else upgrades the database and deletes the store (the app's connection lets it).
    await new Promise<void>((resolve, reject) => {
      const probe = factory.open(DB_NAME);
      probe.onsuccess = () => {
        const v = probe.result.version;
        probe.result.close();
        const req = factory.open(DB_NAME, v + 1);
        req.onupgradeneeded = () => req.result.deleteObjectStore('layers');
        req.onsuccess = () => (req.result.close(), resolve());
        req.onerror = () => reject(req.error);
      };
    });
    const { layer, chunks, bytes } = await layerOf(base, one);
    store.getState().addImportedLayers([layer]);
    await p.save(layer, chunks, bytes);
    expect(store.getState().layerStorage.u1).toEqual({ state: 'saved' });
    p.stop();
    const again = await reload(factory);
    expect(again.store.getState().imported.map((l) => l.id)).toEqual(['u1']);
    again.p.stop();
  });

  test('when the browser keeps nothing, the app says so and each layer is marked not saved', async () => {
    const broken = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const store = createAppStore();
    const p = startLayerPersistence(store, codec, broken);
    await p.ready;
    expect(store.getState().storageAvailable).toBe(false);
    const { layer, chunks, bytes } = await layerOf(base, one);
    store.getState().addImportedLayers([layer]);
    await p.save(layer, chunks, bytes);
    expect(store.getState().layerStorage.u1).toEqual({ state: 'failed', reason: 'unavailable' });
  });

  test('browser refusals become plain reasons', () => {
    expect(
      failureOf(new DOMException('The serialized keys and/or value are too large', 'UnknownError')),
    ).toBe('tooLarge');
    expect(failureOf(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(failureOf(undefined)).toBe('refused');
  });

  test('a record that no longer validates is set aside, listed, downloadable and deletable; a version-1 layer is upgraded', async () => {
    const factory = new IDBFactory();
    const first = await reload(factory);
    first.p.stop();
    await new Promise<void>((resolve) => {
      const req = factory.open(DB_NAME);
      req.onsuccess = () => {
        const tx = req.result.transaction('layers', 'readwrite');
        tx.objectStore('layers').put({ v: 2, meta: { id: 'bad', name: 'Hỏng' }, chunks: 1 }, 'bad');
        const v1 = {
          ...base,
          id: 'old',
          featureCount: 1,
          bbox: [105.8, 21, 105.8, 21],
          data: { type: 'FeatureCollection', features: one },
        };
        tx.objectStore('layers').put(v1, 'old');
        const v1bad = { ...v1, id: 'old2', name: 'Cũ hỏng', filter: { key: 'a', value: 'x'.repeat(630) } };
        tx.objectStore('layers').put(v1bad, 'old2');
        tx.oncomplete = () => (req.result.close(), resolve());
      };
    });
    const { store, p } = await reload(factory);
    expect(store.getState().imported.map((l) => l.id)).toEqual(['old']);
    expect(
      store
        .getState()
        .setAside.map((x) => x.name)
        .sort(),
    ).toEqual(['Cũ hỏng', 'Hỏng']);
    const blob = await p.downloadSetAside('old2');
    expect(JSON.parse(await blob!.text())).toMatchObject({ type: 'FeatureCollection', features: one });
    await p.deleteSetAside('bad');
    expect(store.getState().setAside.map((x) => x.id)).toEqual(['old2']);
    p.stop();
    const again = await reload(factory);
    expect(again.store.getState().imported.map((l) => l.id)).toEqual(['old']);
    expect(again.store.getState().setAside.map((x) => x.id)).toEqual(['old2']);
    again.p.stop();
  });
});
