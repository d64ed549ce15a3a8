/**
 * Keeps imported layers in IndexedDB (idb-keyval), so they survive a reload. What comes back is
 * validated like any other input; a layer that no longer validates is moved to a separate store
 * and named in a notice, never dropped silently.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { type ImportedLayer, parseStoredLayer } from '../domain/import/layer';
import { translate } from '../i18n';
import type { AppState, AppStore } from '../store';

let started = false;
let dbs: { layers: UseStore; setAside: UseStore } | null = null;
const db = () =>
  (dbs ??= {
    layers: createStore('hanoi-iz-user-layers', 'layers'),
    setAside: createStore('hanoi-iz-user-layers-set-aside', 'layers'),
  });

export async function restoreLayers(): Promise<{ layers: ImportedLayer[]; setAside: string[] }> {
  const layers: ImportedLayer[] = [];
  const setAside: string[] = [];
  for (const [key, value] of await entries(db().layers)) {
    const layer = parseStoredLayer(value);
    if (layer) layers.push(layer);
    else {
      await set(key, value, db().setAside);
      await del(key, db().layers);
      const name = (value as { name?: unknown } | null)?.name;
      setAside.push(typeof name === 'string' ? name.slice(0, 80) : String(key));
    }
  }
  return { layers: layers.sort((a, b) => a.importedAt.localeCompare(b.importedAt)), setAside };
}

/** Writes every added or changed layer and deletes removed ones, by reference diff. */
function mirror(store: AppStore, restored: readonly ImportedLayer[]): () => void {
  let prev = restored;
  const onError = (e: unknown) =>
    store.getState().notify(translate(store.getState().lang, 'import.storageFailed', { message: String(e) }));
  const write = (s: AppState) => {
    if (s.imported === prev) return;
    const before = new Map(prev.map((l) => [l.id, l]));
    for (const l of s.imported) if (before.get(l.id) !== l) set(l.id, l, db().layers).catch(onError);
    const now = new Set(s.imported.map((l) => l.id));
    for (const id of before.keys()) if (!now.has(id)) del(id, db().layers).catch(onError);
    prev = s.imported;
  };
  write(store.getState()); // layers imported while the restore was still running
  return store.subscribe(write);
}

/** Restores saved layers, then mirrors changes. Once per page, whatever re-mounts. */
export function startPersistence(store: AppStore): void {
  if (started || typeof indexedDB === 'undefined') return;
  started = true;
  let restored: ImportedLayer[] = [];
  restoreLayers()
    .then(({ layers, setAside }) => {
      const s = store.getState();
      restored = layers;
      if (layers.length) s.addImportedLayers(layers);
      for (const name of setAside) s.notify(translate(s.lang, 'import.setAside', { name }));
    })
    .catch((e: unknown) =>
      store
        .getState()
        .notify(translate(store.getState().lang, 'import.storageFailed', { message: String(e) })),
    )
    .finally(() => mirror(store, restored));
}
