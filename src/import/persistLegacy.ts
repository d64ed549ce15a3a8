/**
 * What version 1 left in the browser, brought forward once: layers stored as one record with their
 * features inline (re-encoded into chunks), and set-aside records kept in a database of their own
 * (moved into the `setAside` store).
 */
import {
  type ImportedLayer,
  type LayerMeta,
  legacyLayerSchema,
  type StoredRecord,
  storedRecordSchema,
} from '../domain/import/layer';
import { type LayerDb, OLD_SET_ASIDE_DB, promised } from './idb';

/** A version-1 layer's features → chunks and the Blob, or null when they do not validate. */
export type EncodeFeatures = (
  features: unknown[],
) => Promise<{ blob: Blob; chunks: ArrayBuffer[]; bytes: number; keys: string[] } | null>;

export const metaOf = ({ data: _data, ...meta }: ImportedLayer): LayerMeta => meta;

/** A version-1 layer as a version-2 record with its chunks, or null when it is not one or does not validate. */
export async function upgradeLegacy(
  key: string,
  value: unknown,
  encode: EncodeFeatures,
): Promise<{ layer: ImportedLayer; record: StoredRecord; chunks: ArrayBuffer[] } | null> {
  const legacy = legacyLayerSchema.safeParse(value);
  if (!legacy.success || legacy.data.id !== key) return null;
  const encoded = await encode(legacy.data.data.features).catch(() => null);
  if (!encoded) return null;
  const { data: _features, ...meta } = legacy.data;
  const layer: ImportedLayer = { ...meta, keys: encoded.keys, data: encoded.blob };
  const record = storedRecordSchema.safeParse({
    v: 2,
    meta: metaOf(layer),
    encoding: 'geojson+gzip',
    chunks: encoded.chunks.length,
    bytes: encoded.bytes,
  });
  return record.success ? { layer, record: record.data, chunks: encoded.chunks } : null;
}

/** Set-aside records of version 1 lived in a database of their own: move them over once. */
export async function migrateOldSetAside(factory: IDBFactory, db: LayerDb): Promise<void> {
  const list = await factory.databases?.().catch(() => []);
  if (!list?.some((d) => d.name === OLD_SET_ASIDE_DB)) return;
  const old = new OldSetAsideDb(factory, OLD_SET_ASIDE_DB);
  const entries = await old.entries();
  await db.run(['setAside'], 'readwrite', (tx) => {
    for (const [k, v] of entries) tx.objectStore('setAside').put(v, String(k));
  });
  await old.drop();
}

/** Just enough of a key-value database to read and drop version 1's set-aside store. */
class OldSetAsideDb {
  constructor(
    private readonly factory: IDBFactory,
    private readonly name: string,
  ) {}
  entries(): Promise<[IDBValidKey, unknown][]> {
    return new Promise((resolve, reject) => {
      const req = this.factory.open(this.name);
      req.onerror = () => reject(req.error);
      req.onupgradeneeded = () => req.result.createObjectStore('layers');
      req.onsuccess = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('layers')) {
          db.close();
          return resolve([]);
        }
        const tx = db.transaction('layers', 'readonly');
        const st = tx.objectStore('layers');
        Promise.all([promised(st.getAllKeys()), promised(st.getAll())])
          .then(([k, v]) => resolve(k.map((key, i) => [key, v[i]] as [IDBValidKey, unknown])))
          .catch(reject)
          .finally(() => db.close());
      };
    });
  }
  drop(): Promise<void> {
    return new Promise((resolve) => {
      const req = this.factory.deleteDatabase(this.name);
      req.onsuccess = req.onerror = req.onblocked = () => resolve();
    });
  }
}
