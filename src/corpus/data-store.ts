/**
 * Holds the loaded data for React (useSyncExternalStore), with a retry that reloads everything. The
 * datasets kept in this browser are read beside the site's files and merged in; adding or removing one
 * merges again.
 */
import { useSyncExternalStore } from 'react';
import { messageOf, say, type Message } from '../i18n/message.ts';
import { removeStoredDataset, storedDatasets } from '../datasets/dataset-db.ts';
import { EMPTY_DATA, loadAppData, type AppData, type LoadedFiles, type LoadFailure } from './load-data.ts';
import { withDatasets } from './merge-datasets.ts';
import type { ResolvedDataset } from '../datasets/resolve-dataset.ts';

export interface DataState {
  status: 'loading' | 'ready';
  /** True once the first load has finished: a retry keeps showing the page. */
  loadedOnce: boolean;
  data: AppData;
  failures: LoadFailure[];
  /** Every dataset merged in, published first, with its problem list (for the Sources view). */
  datasets: ResolvedDataset[];
  /** Why imported datasets cannot be kept in this browser, if they cannot. */
  storageProblem: Message | null;
  /** A large file being checked (in a worker), and how far. */
  progress: { file: string; fraction: number } | null;
}

let state: DataState = {
  status: 'loading',
  loadedOnce: false,
  data: EMPTY_DATA,
  failures: [],
  datasets: [],
  storageProblem: null,
  progress: null,
};
let files: LoadedFiles | null = null;
let imported: ResolvedDataset[] = [];
const listeners = new Set<() => void>();

function set(next: DataState): void {
  state = next;
  for (const l of listeners) l();
}

function merged(): Pick<DataState, 'data' | 'datasets'> {
  const { published = [], ...base } = files ?? { ...EMPTY_DATA, published: [] };
  const datasets = [...published, ...imported.filter((d) => !published.some((p) => p.info.id === d.info.id))];
  return { data: withDatasets(base, datasets), datasets };
}

export async function loadData(): Promise<void> {
  set({ ...state, status: 'loading' });
  const [loaded, kept] = await Promise.all([
    loadAppData((file, fraction) => set({ ...state, progress: { file, fraction } })),
    storedDatasets().then(
      (list) => ({ list, problem: null }),
      (error: unknown) => ({
        list: [] as ResolvedDataset[],
        problem: say('storage.notKept', {
          reason: messageOf(error, say('storage.refused')),
        }),
      }),
    ),
  ]);
  // The app's first drawing with the data (its indexes and counts made as it renders) gets a task of its own,
  // apart from the task that finished reading the files: with 100,000 events each is about 150 ms.
  await new Promise((resolve) => setTimeout(resolve, 0));
  files = loaded.data;
  imported = kept.list.sort((a, b) => a.info.importedAt.localeCompare(b.info.importedAt));
  set({
    status: 'ready',
    loadedOnce: true,
    failures: loaded.failures,
    storageProblem: kept.problem,
    progress: null,
    ...merged(),
  });
}

/** A dataset the import worker has read, resolved and (where it could) saved. */
export function addDataset(dataset: ResolvedDataset): void {
  imported = [...imported.filter((d) => d.info.id !== dataset.info.id), dataset];
  set({ ...state, ...merged() });
}

/** Gone from the page once gone from storage, so a reload straight after never brings it back. */
export async function removeDataset(id: string): Promise<void> {
  await removeStoredDataset(id).catch(() => undefined);
  imported = imported.filter((d) => d.info.id !== id);
  set({ ...state, ...merged() });
}

/** The article data the import worker resolves a new dataset against (its own places and events). */
export function articleData(): Pick<AppData, 'places' | 'events'> {
  const base = files ?? EMPTY_DATA;
  return { places: base.places, events: base.events };
}

export function useDataState(): DataState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
