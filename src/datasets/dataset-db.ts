/**
 * Imported datasets kept in the browser (IndexedDB), so they are there after a reload and never leave the
 * machine. Used by the import worker (to save) and the page (to list and remove). Where IndexedDB is
 * refused (some private windows), calls reject and the page says the dataset will not be kept.
 */
import { MessageError, say } from '../i18n/message.ts';
import { fromColumns, type EventColumns } from './event-columns.ts';
import type { ResolvedDataset } from './resolve-dataset.ts';

const DB_NAME = 'steppe-sources';
const STORE = 'datasets';
const VERSION = 2;

/** As kept: the events as columns, a slice each (storing objects one by one is several times slower). */
export type StoredDataset = Omit<ResolvedDataset, 'events'> & { columns: EventColumns[] };

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new MessageError(say('storage.noIndexedDb')));
    const request = indexedDB.open(DB_NAME, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (db.objectStoreNames.contains(STORE)) db.deleteObjectStore(STORE);
      db.createObjectStore(STORE, { keyPath: 'info.id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new MessageError(say('storage.couldNotOpen')));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new MessageError(say('storage.changeRefused')));
      tx.onabort = () => reject(tx.error ?? new MessageError(say('storage.changeAborted')));
    });
  } finally {
    db.close();
  }
}

export const saveDataset = (dataset: StoredDataset) =>
  run('readwrite', (s) => s.put(dataset)).then(() => undefined);
export const removeStoredDataset = (id: string) =>
  run('readwrite', (s) => s.delete(id)).then(() => undefined);
export const storedDatasets = () =>
  run<StoredDataset[]>('readonly', (s) => s.getAll()).then((list) =>
    list.map(({ columns, ...rest }): ResolvedDataset => ({ ...rest, events: columns.flatMap(fromColumns) })),
  );
