/**
 * The selection, read from the URL and written back on every change (the hash stays MapLibre's).
 * The page renders before the data arrive, so the URL is read against the real ids once they are in, and
 * nothing is written back before that (else a `place` not yet known would be dropped from the URL).
 */
import { useEffect, useState } from 'react';
import type { Selection } from '../data/selection.ts';
import { parseSelection, serialiseSelection, type Known } from './url-state.ts';

export function useUrlSelection(known: Known, dataReady: boolean) {
  const [startSearch] = useState(() => window.location.search);
  const [selection, setSelection] = useState<Selection>(() => parseSelection(startSearch, known));
  const [readAgainstData, setReadAgainstData] = useState(false);
  if (dataReady && !readAgainstData) {
    // Adjusting state while rendering (not in an effect): React re-renders at once, before painting.
    setReadAgainstData(true);
    setSelection(parseSelection(startSearch, known));
  }
  useEffect(() => {
    if (!readAgainstData) return;
    const query = serialiseSelection(selection, known);
    if (query !== window.location.search) {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${query}${window.location.hash}`,
      );
    }
  }, [selection, known, readAgainstData]);
  return [selection, setSelection] as const;
}
