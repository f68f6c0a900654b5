/** Holds the loaded data for React (useSyncExternalStore), with a retry that reloads everything. */
import { useSyncExternalStore } from 'react';
import { EMPTY_DATA, loadAppData, type AppData, type LoadFailure } from './load-data.ts';

export interface DataState {
  status: 'loading' | 'ready';
  /** True once the first load has finished: a retry keeps showing the page. */
  loadedOnce: boolean;
  data: AppData;
  failures: LoadFailure[];
}

let state: DataState = { status: 'loading', loadedOnce: false, data: EMPTY_DATA, failures: [] };
const listeners = new Set<() => void>();

function set(next: DataState): void {
  state = next;
  for (const l of listeners) l();
}

export async function loadData(): Promise<void> {
  set({ ...state, status: 'loading' });
  const { data, failures } = await loadAppData();
  set({ status: 'ready', loadedOnce: true, data, failures });
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
