/**
 * Imported datasets kept in the browser (IndexedDB), so they are there after a reload and never leave the
 * machine. Used by the import worker (to save) and the page (to list and remove). Where IndexedDB is
 * refused (some private windows), calls reject and the page says the dataset will not be kept.
 */
import { inStore, type StoreSpec } from '../lib/indexed-db.ts';
import { storageFault } from '../i18n/storage-faults.ts';
import { fromColumns, type EventColumns } from './event-columns.ts';
import type { ResolvedDataset } from './resolve-dataset.ts';

const DB_NAME = 'steppe-sources';
const STORE = 'datasets';
const VERSION = 2;

/** As kept: the events as columns, a slice each (storing objects one by one is several times slower). */
export type StoredDataset = Omit<ResolvedDataset, 'events'> & { columns: EventColumns[] };

const SPEC: StoreSpec = {
  database: DB_NAME,
  version: VERSION,
  store: STORE,
  upgrade: (db) => {
    if (db.objectStoreNames.contains(STORE)) db.deleteObjectStore(STORE);
    db.createObjectStore(STORE, { keyPath: 'info.id' });
  },
  fault: storageFault,
};

const run = <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>) =>
  inStore(SPEC, mode, act);

export const saveDataset = (dataset: StoredDataset) =>
  run('readwrite', (s) => s.put(dataset)).then(() => undefined);
export const removeStoredDataset = (id: string) =>
  run('readwrite', (s) => s.delete(id)).then(() => undefined);
export const storedDatasets = () =>
  run<StoredDataset[]>('readonly', (s) => s.getAll()).then((list) =>
    list.map(({ columns, ...rest }): ResolvedDataset => ({ ...rest, events: columns.flatMap(fromColumns) })),
  );
