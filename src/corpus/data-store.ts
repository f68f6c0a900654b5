/**
 * Holds the loaded data for React (useSyncExternalStore), with a retry that reloads everything. The
 * datasets and the reader's own sources kept in this browser are read beside the site's files and merged in;
 * adding or removing one merges again.
 */
import { useSyncExternalStore } from 'react';
import { messageOf, say, type Message } from '../i18n/message.ts';
import { removeStoredDataset, storedDatasets } from '../datasets/dataset-db.ts';
import {
  EMPTY_DATA,
  loadAppData,
  loadSourceText,
  type AppData,
  type LoadedFiles,
  type LoadFailure,
} from './load-data.ts';
import { withDatasets } from './merge-datasets.ts';
import { linkableRecords, takenRecords, withOwnSources } from './merge-own-sources.ts';
import { EMPTY_PACK, type SourcePack } from '../packs/pack-layout.ts';
import { saveOwnSources, storedOwnSources } from '../packs/pack-db.ts';
import { addPack, removeSource } from '../packs/own-sources.ts';
import type { KnownRecords } from '../records/checks/check-links.ts';
import type { TakenRecords } from '../packs/pack-clashes.ts';
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
  /** The reader's own sources (added as packs), and why they cannot be kept, if they cannot. */
  own: SourcePack;
  ownProblem: Message | null;
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
  own: EMPTY_PACK,
  ownProblem: null,
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
  return { data: withDatasets(withOwnSources(base, state.own), datasets), datasets };
}

export async function loadData(): Promise<void> {
  set({ ...state, status: 'loading' });
  const [loaded, kept, own] = await Promise.all([
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
    storedOwnSources().then(
      (set) => ({ set: set ?? EMPTY_PACK, problem: null }),
      (error: unknown) => ({
        set: EMPTY_PACK,
        problem: say('storage.notKept', { reason: messageOf(error, say('storage.refused')) }),
      }),
    ),
  ]);
  // The app's first drawing with the data (its indexes and counts made as it renders) gets a task of its own,
  // apart from the task that finished reading the files: with 100,000 events each is about 150 ms.
  await new Promise((resolve) => setTimeout(resolve, 0));
  files = loaded.data;
  imported = kept.list.sort((a, b) => a.info.importedAt.localeCompare(b.info.importedAt));
  state = { ...state, own: own.set, ownProblem: own.problem };
  set({
    ...state,
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

/** Keeps the reader's own sources: in the page at once, in this browser as soon as it will take them. */
function keepOwn(own: SourcePack): Promise<void> {
  state = { ...state, own };
  set({ ...state, ...merged() });
  return saveOwnSources(own).then(
    () => set({ ...state, ownProblem: null }),
    (error: unknown) =>
      set({
        ...state,
        ownProblem: say('storage.notKept', { reason: messageOf(error, say('storage.refused')) }),
      }),
  );
}

/** A pack read, checked and settled (its clashes with the site's ids decided by the reader). */
export function addOwnPack(pack: SourcePack): Promise<void> {
  const siteFiles = new Set((files?.sources ?? []).map((s) => s.file));
  return keepOwn(addPack(state.own, pack, siteFiles));
}

/** Changes the reader's own sources (an article added, a passage marked, a figure given) and keeps them. */
export function changeOwnSources(change: (own: SourcePack) => SourcePack): Promise<void> {
  return keepOwn(change(state.own));
}

/** The reader's own sources as they stand now (for an action that reads before it changes them). */
export const ownSources = (): SourcePack => state.own;

/** Removes one of the reader's sources at once (kept in this browser soon after); the function returned puts it back. */
export function removeOwnSource(sourceId: string): () => Promise<void> {
  const before = state.own;
  void keepOwn(removeSource(before, sourceId));
  return () => keepOwn(before);
}

/** What a new pack may link to, and which ids it may not take: the site's records and the reader's own. */
export function packContext(): { known: KnownRecords; taken: TakenRecords } {
  const base = files ?? EMPTY_DATA;
  return { known: linkableRecords(base, state.own), taken: takenRecords(base, state.own) };
}

/** The site's own places and events, which the reader's sources may link to by id (their export is checked against them). */
export function siteLinks(): KnownRecords {
  return linkableRecords(files ?? EMPTY_DATA, EMPTY_PACK);
}

/** A source's text: one of the reader's own from this browser, an article's from the site. */
export function readSourceText(file: string): Promise<string> {
  const own = state.own.texts.get(file);
  return own !== undefined ? Promise.resolve(own) : loadSourceText(file);
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
