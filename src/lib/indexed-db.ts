/**
 * One object store of an IndexedDB database, opened for each call and closed after it: the page's stores are
 * small and seldom written, and an open connection would block a newer tab's upgrade. The caller says how each
 * fault is told (its own words, in its own language).
 */
export type StoreFault = 'absent' | 'open' | 'refused' | 'aborted';

export interface StoreSpec {
  database: string;
  version: number;
  store: string;
  /** Makes (or remakes) the store when the database is new or older than `version`. */
  upgrade: (db: IDBDatabase) => void;
  fault: (what: StoreFault) => Error;
}

function open(spec: StoreSpec): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(spec.fault('absent'));
    const request = indexedDB.open(spec.database, spec.version);
    request.onupgradeneeded = () => spec.upgrade(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? spec.fault('open'));
  });
}

export async function inStore<T>(
  spec: StoreSpec,
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open(spec);
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(spec.store, mode);
      const request = act(tx.objectStore(spec.store));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? spec.fault('refused'));
      tx.onabort = () => reject(tx.error ?? spec.fault('aborted'));
    });
  } finally {
    db.close();
  }
}
