/**
 * Every file that failed to load, data and basemap alike, in one list with one "Try again". Data files are
 * fetched again by the data store; basemap files by the map, which is told through a new `basemapAttempt`.
 */
import { useCallback, useMemo, useState } from 'react';
import { loadData } from '../corpus/data-store.ts';
import type { LoadFailure } from '../corpus/load-data.ts';

export function useLoadFailures(dataFailures: readonly LoadFailure[], retrying: boolean) {
  const [basemapFailures, setBasemapFailures] = useState<LoadFailure[]>([]);
  const [basemapAttempt, setBasemapAttempt] = useState(0);
  const onBasemapFailure = useCallback(
    (failure: LoadFailure) =>
      setBasemapFailures((list) => (list.some((f) => f.file === failure.file) ? list : [...list, failure])),
    [],
  );
  const retry = useCallback(() => {
    if (basemapFailures.length > 0) {
      setBasemapFailures([]);
      setBasemapAttempt((n) => n + 1);
    }
    if (dataFailures.length > 0) void loadData();
  }, [basemapFailures.length, dataFailures.length]);
  // While the data files load again their old failures are not shown: they may be gone.
  const failures = useMemo(
    () => (retrying ? basemapFailures : [...dataFailures, ...basemapFailures]),
    [retrying, dataFailures, basemapFailures],
  );
  return { failures, retry, onBasemapFailure, basemapAttempt };
}
