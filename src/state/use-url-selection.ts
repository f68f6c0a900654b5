/** The selection, read from the URL once and written back on every change (the hash stays MapLibre's). */
import { useEffect, useState } from 'react';
import type { Selection } from '../data/selection.ts';
import { parseSelection, serialiseSelection, type Known } from './url-state.ts';

export function useUrlSelection(known: Known) {
  const [selection, setSelection] = useState<Selection>(() => parseSelection(window.location.search, known));
  useEffect(() => {
    const query = serialiseSelection(selection, known);
    if (query !== window.location.search) {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${query}${window.location.hash}`,
      );
    }
  }, [selection, known]);
  return [selection, setSelection] as const;
}
