/**
 * What the reader can do to the selection (kept in the URL by use-url-selection.ts): open a place or an
 * article, choose a year, switch kinds, comparisons and sources on and off.
 */
import { useCallback, useMemo } from 'react';
import type { DaySpan } from '../records/day-span.ts';
import type { Indexes } from '../corpus/indexes.ts';
import type { Reading, Selection } from '../corpus/selection.ts';
import type { EventKind } from '../records/schema.ts';

function toggle<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

export function useReaderActions(
  indexes: Indexes,
  setSelection: (update: (s: Selection) => Selection) => void,
) {
  const setReading = useCallback(
    (next: Reading | null) => setSelection((s) => ({ ...s, reading: next })),
    [setSelection],
  );
  const readExcerpt = useCallback(
    (excerptId: string) => {
      const excerpt = indexes.excerptById.get(excerptId);
      if (excerpt) setReading({ sourceId: excerpt.sourceId, excerptId });
    },
    [indexes, setReading],
  );
  const selectPlace = useCallback(
    (placeId: string | null) => {
      // An event whose place is missing from the data (a file partly left out) opens nothing, not an empty panel.
      if (placeId !== null && !indexes.placeById.has(placeId)) return;
      setSelection((s) => ({ ...s, placeId }));
    },
    [setSelection, indexes],
  );
  const rest = useMemo(
    () => ({
      selectRange: (range: DaySpan | null) => setSelection((s) => ({ ...s, range })),
      setWholly: (wholly: boolean) => setSelection((s) => ({ ...s, wholly })),
      toggleKind: (kind: EventKind) => setSelection((s) => ({ ...s, kinds: toggle(s.kinds, kind) })),
      toggleComparisons: () => setSelection((s) => ({ ...s, comparisons: !s.comparisons })),
      toggleSource: (id: string) =>
        setSelection((s) => ({ ...s, hiddenSources: toggle(s.hiddenSources, id) })),
    }),
    [setSelection],
  );
  return useMemo(
    () => ({ setReading, readExcerpt, selectPlace, ...rest }),
    [setReading, readExcerpt, selectPlace, rest],
  );
}
