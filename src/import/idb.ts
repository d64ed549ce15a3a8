/**
 * The IndexedDB database that keeps imported layers: `layers` (one record per layer), `chunks` (the
 * layer's compressed GeoJSON in pieces, keyed "<id>:<n>") and `setAside` (records that no longer
 * validate, kept until the user downloads or deletes them). A store that is missing, because another
 * tab, a browser extension or an old version removed it, is recreated by opening the database one
 * version higher; every operation retries once after that.
 */
export const DB_NAME = 'hanoi-iz-user-layers';
/** Where version 1 (idb-keyval) kept set-aside layers. */
export const OLD_SET_ASIDE_DB = 'hanoi-iz-user-layers-set-aside';
export const STORES = ['layers', 'chunks', 'setAside'] as const;
type StoreName = (typeof STORES)[number];

const promised = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
  });

export const chunkRange = (id: string) => IDBKeyRange.bound(`${id}:`, `${id}:\uffff`);

export class LayerDb {
  private db: Promise<IDBDatabase> | null = null;
  constructor(private readonly factory: IDBFactory) {}

  private open(version?: number): Promise<IDBDatabase> {
    return new Promise((resolve, reject) => {
      let req: IDBOpenDBRequest;
      try {
        req = version === undefined ? this.factory.open(DB_NAME) : this.factory.open(DB_NAME, version);
      } catch (e) {
        return reject(e);
      }
      req.onupgradeneeded = () => {
        for (const s of STORES) if (!req.result.objectStoreNames.contains(s)) req.result.createObjectStore(s);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new DOMException('blocked by another tab', 'InvalidStateError'));
    });
  }

  private async connect(): Promise<IDBDatabase> {
    let db = await this.open();
    if (STORES.some((s) => !db.objectStoreNames.contains(s))) {
      const next = db.version + 1;
      db.close();
      db = await this.open(next);
    }
    // Another tab (or a test) upgrading the database: let it, and reconnect on the next operation.
    db.onversionchange = () => {
      db.close();
      this.db = null;
    };
    db.onclose = () => {
      this.db = null;
    };
    return db;
  }

  private get(): Promise<IDBDatabase> {
    this.db ??= this.connect().catch((e: unknown) => {
      this.db = null;
      throw e;
    });
    return this.db;
  }

  /** Runs `fn` in one transaction; on a missing store or a closed connection, reconnects and retries once. */
  async run<T>(stores: StoreName[], mode: IDBTransactionMode, fn: (tx: IDBTransaction) => Promise<T> | T) {
    for (let attempt = 0; ; attempt++) {
      try {
        const tx = (await this.get()).transaction(stores, mode);
        const finished = done(tx);
        const result = await fn(tx);
        await finished;
        return result;
      } catch (e) {
        const name = (e as { name?: unknown } | null)?.name;
        if (attempt > 0 || (name !== 'NotFoundError' && name !== 'InvalidStateError')) throw e;
        this.db = null;
      }
    }
  }

  getAll(tx: IDBTransaction, store: StoreName): Promise<[IDBValidKey, unknown][]> {
    const s = tx.objectStore(store);
    return Promise.all([promised(s.getAllKeys()), promised(s.getAll())]).then(([keys, values]) =>
      keys.map((k, i) => [k, values[i]] as [IDBValidKey, unknown]),
    );
  }

  chunks(tx: IDBTransaction, id: string): Promise<unknown[]> {
    return promised(tx.objectStore('chunks').getAll(chunkRange(id)));
  }

  close(): void {
    void this.db?.then((db) => db.close()).catch(() => {});
    this.db = null;
  }
}

export { promised };
