/**
 * The selection, read from the URL and written back on every change (the hash stays MapLibre's).
 * The page renders before the data arrive, so the URL is read against the real ids once they are in, and
 * nothing is written back before that (else a `place` not yet known would be dropped from the URL).
 *
 * Opening, replacing or closing a city or an article adds a history entry, so the browser's Back returns to
 * the city before or closes the article; year, layer and source changes replace the entry (stepping through
 * the years is not worth a Back press each).
 */
import { useEffect, useRef, useState } from 'react';
import type { Selection } from '../corpus/selection.ts';
import { withEmbed } from '../export/embed-code.ts';
import { parseSelection, serialiseSelection, type Known } from './url-state.ts';

/** What a history entry stands for: the city open and the article read. */
function entryOf(s: Selection): string {
  return `${s.placeId ?? ''}|${s.reading?.sourceId ?? ''}|${s.reading?.excerptId ?? ''}`;
}

/** `embedded`: the page is an embed, whose address keeps its `embed=1` as the selection changes. */
export function useUrlSelection(known: Known, dataReady: boolean, embedded = false) {
  const [startSearch] = useState(() => window.location.search);
  const [selection, setSelection] = useState<Selection>(() => parseSelection(startSearch, known));
  const [readAgainstData, setReadAgainstData] = useState(false);
  // What the current history entry holds (entryOf); undefined until the first write.
  const entry = useRef<string | undefined>(undefined);
  if (dataReady && !readAgainstData) {
    // Adjusting state while rendering (not in an effect): React re-renders at once, before painting.
    setReadAgainstData(true);
    setSelection(parseSelection(startSearch, known));
  }

  useEffect(() => {
    if (!readAgainstData) return;
    const query = withEmbed(serialiseSelection(selection, known), embedded);
    const entryChanged = entry.current !== undefined && entry.current !== entryOf(selection);
    entry.current = entryOf(selection);
    if (query === window.location.search) return;
    // A whole URL, not `pathname + query`: a path like `//` would read as a host and throw.
    const url = new URL(window.location.href);
    url.search = query;
    try {
      if (entryChanged) window.history.pushState(null, '', url);
      else window.history.replaceState(window.history.state, '', url);
    } catch (error) {
      // Browsers may refuse history writes (Safari caps them per second, sandboxed frames forbid them):
      // the link then lags behind the view, which is better than a stopped page.
      console.warn('The address could not be updated:', error);
    }
  }, [selection, known, readAgainstData, embedded]);

  useEffect(() => {
    if (!readAgainstData) return;
    // Back and Forward: the URL is already the entry's; the selection follows it and writes nothing.
    const onPopState = () => {
      const next = parseSelection(window.location.search, known);
      entry.current = entryOf(next);
      // A hash-only entry (the camera typed into the address bar) leaves the selection as it is.
      setSelection((now) =>
        withEmbed(serialiseSelection(now, known), embedded) === window.location.search ? now : next,
      );
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [known, readAgainstData, embedded]);

  return [selection, setSelection] as const;
}
