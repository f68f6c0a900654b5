/**
 * The reader's own sources kept in this browser (IndexedDB, a database of their own beside the datasets'), so
 * they are there after a reload. Nothing leaves the machine. Where IndexedDB is refused (some private windows),
 * calls reject and the page says the sources will not be kept.
 */
import { MessageError, say } from '../i18n/message.ts';
import type { SourcePack } from './pack-layout.ts';

const DB_NAME = 'steppe-sources-own';
const STORE = 'sets';
const KEY = 'own';

/** As kept: the texts as pairs (a Map is kept too, but pairs read the same in every tool that opens the store). */
type StoredSet = Omit<SourcePack, 'texts'> & { texts: Array<[string, string]> };

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new MessageError(say('storage.noIndexedDb')));
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
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

export const saveOwnSources = (own: SourcePack): Promise<void> =>
  run('readwrite', (s) => s.put({ ...own, texts: [...own.texts] } satisfies StoredSet, KEY)).then(
    () => undefined,
  );

export const storedOwnSources = (): Promise<SourcePack | null> =>
  run<StoredSet | undefined>('readonly', (s) => s.get(KEY)).then((kept) =>
    kept ? { ...kept, texts: new Map(kept.texts) } : null,
  );
