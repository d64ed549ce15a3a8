/**
 * Keeps imported layers in IndexedDB so they survive a reload, and says so, layer by layer.
 *
 * A layer is written as its description plus its compressed GeoJSON in chunks (see layer.ts), after
 * checking the description with the same schema reading uses. Every write ends in a status the layer
 * list shows: saved, or "not saved: will be gone after reload" with the reason in plain words.
 * What comes back is validated like any other input (the features in a worker); a record that no
 * longer validates is set aside, listed, and can be downloaded as GeoJSON or deleted.
 */
import { type ImportedLayer, type StoredRecord, storedRecordSchema } from '../domain/import/layer';
import type { ImportHost, ImportHostState } from './host';
import type { SetAsideLayer, StorageFailure } from '../domain/import/state';
import { chunkRange, DB_NAME, LayerDb, promised } from './idb';
import { type EncodeFeatures, metaOf, migrateOldSetAside, upgradeLegacy } from './persistLegacy';

/** What persistence needs from the layers worker (or, in tests, from the functions it runs). */
export type LayerCodec = {
  /** Stored chunks → the GeoJSON Blob the map reads, or null when the features do not validate. */
  restore(chunks: ArrayBuffer[], featureCount: number): Promise<Blob | null>;
  /** A version-1 layer's features, re-encoded (see persistLegacy.ts). */
  encode: EncodeFeatures;
  /** Whatever can still be read from a set-aside record, as GeoJSON. */
  salvage(value: unknown, chunks: ArrayBuffer[]): Promise<Blob>;
};

export type LayerPersistence = {
  /** Writes a new layer with its chunks; the layer list shows the outcome. */
  save(layer: ImportedLayer, chunks: ArrayBuffer[], bytes: number): Promise<void>;
  downloadSetAside(id: string): Promise<Blob | null>;
  deleteSetAside(id: string): Promise<void>;
  /** Resolves once saved layers are back in the store. */
  ready: Promise<void>;
  stop(): void;
};

const chunkKey = (id: string, i: number) => `${id}:${String(i).padStart(5, '0')}`;

/** A browser's refusal, as one of the reasons the interface can say in plain words. */
export function failureOf(e: unknown): StorageFailure {
  const name = (e as { name?: unknown } | null)?.name;
  const message = String((e as { message?: unknown } | null)?.message ?? '');
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'DataCloneError' || /too large|size/i.test(message)) return 'tooLarge';
  if (name === 'InvalidStateError' || name === 'NotFoundError' || name === 'SecurityError')
    return 'unavailable';
  return 'refused';
}

export function startLayerPersistence(
  store: ImportHost,
  codec: LayerCodec,
  factory: IDBFactory | undefined = globalThis.indexedDB,
): LayerPersistence {
  const s = () => store.getState();
  if (!factory) {
    s().setStorageAvailable(false);
    return {
      save: async (layer) => s().setLayerStorage(layer.id, { state: 'failed', reason: 'unavailable' }),
      downloadSetAside: async () => null,
      deleteSetAside: async () => {},
      ready: Promise.resolve(),
      stop: () => {},
    };
  }
  const db = new LayerDb(factory);
  let stopped = false;
  let unsubscribe = () => {};
  /** Marks the layer, and says so in a notice too: the layer list may not be in view. */
  const markFailed = (id: string, reason: StorageFailure) => {
    if (stopped) return;
    const st = s();
    st.setLayerStorage(id, { state: 'failed', reason });
    const name = st.imported.find((l) => l.id === id)?.name ?? id;
    st.notify({ key: 'import.storageFailed', params: { name, reason: { key: `import.storage.${reason}` } } });
  };
  const failed = (id: string, e: unknown) => {
    const reason = failureOf(e);
    markFailed(id, reason);
    if (reason === 'unavailable') s().setStorageAvailable(false);
  };

  async function writeRecord(record: StoredRecord, chunks: ArrayBuffer[] | null): Promise<void> {
    await db.run(['layers', 'chunks'], 'readwrite', (tx) => {
      const id = record.meta.id;
      if (chunks) {
        tx.objectStore('chunks').delete(chunkRange(id));
        chunks.forEach((c, i) => tx.objectStore('chunks').put(c, chunkKey(id, i)));
      }
      tx.objectStore('layers').put(record, id);
    });
  }

  async function save(layer: ImportedLayer, chunks: ArrayBuffer[], bytes: number): Promise<void> {
    await ready.catch(() => {});
    const record = { v: 2, meta: metaOf(layer), encoding: 'geojson+gzip', chunks: chunks.length, bytes };
    const checked = storedRecordSchema.safeParse(record);
    if (!checked.success) return markFailed(layer.id, 'invalid');
    s().setLayerStorage(layer.id, { state: 'saving' });
    try {
      await writeRecord(checked.data, chunks);
      if (stopped) return;
      // Removed while it was being written: remove it from storage too.
      if (!s().imported.some((l) => l.id === layer.id)) return void remove(layer.id);
      s().setLayerStorage(layer.id, { state: 'saved' });
      s().setStorageAvailable(true);
    } catch (e) {
      failed(layer.id, e);
    }
  }

  async function remove(id: string): Promise<void> {
    await db.run(['layers', 'chunks'], 'readwrite', (tx) => {
      tx.objectStore('layers').delete(id);
      tx.objectStore('chunks').delete(chunkRange(id));
    });
  }

  /** Rename, show/hide, filter: the description only, checked before it is written. */
  async function updateMeta(layer: ImportedLayer): Promise<void> {
    const status = s().layerStorage[layer.id];
    if (status?.state === 'failed') return;
    try {
      await db.run(['layers'], 'readwrite', async (tx) => {
        const old = storedRecordSchema.safeParse(await promised(tx.objectStore('layers').get(layer.id)));
        if (!old.success) return;
        const record = storedRecordSchema.safeParse({ ...old.data, meta: metaOf(layer) });
        if (!record.success) throw Object.assign(new Error('invalid'), { name: 'Invalid' });
        tx.objectStore('layers').put(record.data, layer.id);
      });
    } catch (e) {
      if ((e as { name?: unknown }).name === 'Invalid') markFailed(layer.id, 'invalid');
      else failed(layer.id, e);
    }
  }

  async function setAside(
    id: string,
    value: unknown,
    reason: SetAsideLayer['reason'],
  ): Promise<SetAsideLayer> {
    await db.run(['layers', 'setAside'], 'readwrite', (tx) => {
      tx.objectStore('setAside').put(value, id);
      tx.objectStore('layers').delete(id);
    });
    return { id, name: nameOf(value, id), reason };
  }

  async function restore(): Promise<void> {
    await migrateOldSetAside(factory!, db).catch(() => {});
    const { records, aside } = await db.run(['layers', 'chunks', 'setAside'], 'readonly', async (tx) => {
      const records: { key: string; value: unknown; chunks: unknown[] }[] = [];
      for (const [key, value] of await db.getAll(tx, 'layers'))
        records.push({ key: String(key), value, chunks: await db.chunks(tx, String(key)) });
      return { records, aside: await db.getAll(tx, 'setAside') };
    });
    const layers: ImportedLayer[] = [];
    const setAsideList: SetAsideLayer[] = aside.map(([k, v]) => ({
      id: String(k),
      name: nameOf(v, String(k)),
      reason: 'invalid',
    }));
    for (const { key, value, chunks } of records) {
      const record = storedRecordSchema.safeParse(value);
      const buffers = chunks.filter((c): c is ArrayBuffer => c instanceof ArrayBuffer);
      if (record.success && record.data.meta.id === key && buffers.length === record.data.chunks) {
        const blob = await codec.restore(buffers, record.data.meta.featureCount).catch(() => null);
        if (blob) layers.push({ ...record.data.meta, data: blob });
        else setAsideList.push(await setAside(key, value, 'invalid'));
        continue;
      }
      const upgraded = await upgradeLegacy(key, value, (f) => codec.encode(f));
      if (upgraded) {
        await writeRecord(upgraded.record, upgraded.chunks);
        layers.push(upgraded.layer);
        continue;
      }
      setAsideList.push(await setAside(key, value, record.success ? 'unreadable' : 'invalid'));
    }
    if (stopped) return;
    layers.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    const st = s();
    if (layers.length) st.addImportedLayers(layers);
    for (const l of layers) st.setLayerStorage(l.id, { state: 'saved' });
    st.setSetAside(setAsideList);
    for (const x of setAsideList.slice(aside.length))
      st.notify({ key: 'import.setAside', params: { name: x.name } });
    st.setStorageAvailable(true);
  }

  /** Mirrors description changes and removals, by reference diff against what was last seen. */
  function mirror(): void {
    let prev = s().imported;
    unsubscribe = store.subscribe((state: ImportHostState) => {
      if (state.imported === prev) return;
      const before = new Map(prev.map((l) => [l.id, l]));
      // Before anything below updates the store (and calls this listener again).
      prev = state.imported;
      const now = new Set(state.imported.map((l) => l.id));
      for (const l of state.imported) {
        const old = before.get(l.id);
        if (old && old !== l) void updateMeta(l);
      }
      for (const id of before.keys())
        if (!now.has(id)) {
          s().setLayerStorage(id, null);
          remove(id).catch(() => {});
        }
    });
  }

  const ready = restore()
    .catch(() => {
      if (!stopped) s().setStorageAvailable(false);
    })
    .finally(() => {
      if (!stopped) mirror();
    });

  return {
    save,
    ready,
    async downloadSetAside(id) {
      const got = await db.run(['setAside', 'chunks'], 'readonly', async (tx) => ({
        value: await promised(tx.objectStore('setAside').get(id)),
        chunks: await db.chunks(tx, id),
      }));
      if (got.value === undefined) return null;
      return codec.salvage(
        got.value,
        got.chunks.filter((c): c is ArrayBuffer => c instanceof ArrayBuffer),
      );
    },
    async deleteSetAside(id) {
      await db.run(['setAside', 'chunks'], 'readwrite', (tx) => {
        tx.objectStore('setAside').delete(id);
        tx.objectStore('chunks').delete(chunkRange(id));
      });
      s().setSetAside(s().setAside.filter((x) => x.id !== id));
    },
    stop() {
      stopped = true;
      unsubscribe();
      db.close();
    },
  };
}

function nameOf(value: unknown, fallback: string): string {
  const v = value as { name?: unknown; meta?: { name?: unknown } } | null;
  const name = typeof v?.meta?.name === 'string' ? v.meta.name : v?.name;
  return typeof name === 'string' && name.trim() ? name.slice(0, 120) : fallback;
}

export { DB_NAME };
