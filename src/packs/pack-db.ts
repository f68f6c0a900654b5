/**
 * The reader's own sources kept in this browser (IndexedDB, a database of their own beside the datasets'), so
 * they are there after a reload. Nothing leaves the machine. Where IndexedDB is refused (some private windows),
 * calls reject and the page says the sources will not be kept.
 */
import { inStore, type StoreSpec } from '../lib/indexed-db.ts';
import { storageFault } from '../i18n/storage-faults.ts';
import type { SourcePack } from './pack-layout.ts';

const DB_NAME = 'steppe-sources-own';
const STORE = 'sets';
const KEY = 'own';

/** As kept: the texts as pairs (a Map is kept too, but pairs read the same in every tool that opens the store). */
type StoredSet = Omit<SourcePack, 'texts'> & { texts: Array<[string, string]> };

const SPEC: StoreSpec = {
  database: DB_NAME,
  version: 1,
  store: STORE,
  upgrade: (db) => db.createObjectStore(STORE),
  fault: storageFault,
};

const run = <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>) =>
  inStore(SPEC, mode, act);

export const saveOwnSources = (own: SourcePack): Promise<void> =>
  run('readwrite', (s) => s.put({ ...own, texts: [...own.texts] } satisfies StoredSet, KEY)).then(
    () => undefined,
  );

export const storedOwnSources = (): Promise<SourcePack | null> =>
  run<StoredSet | undefined>('readonly', (s) => s.get(KEY)).then((kept) =>
    kept ? { ...kept, texts: new Map(kept.texts) } : null,
  );
