/**
 * The counts the legend, the timeline and the status line show for the current selection. The events' spans
 * are put in a time index once per change of data or sources (the data may hold 100,000); every count after
 * that is one loop over its numbers.
 */
import { useMemo } from 'react';
import { addArchiveTallies } from '../corpus/event-archive.ts';
import type { Indexes } from '../corpus/indexes.ts';
import { selectionCounts, timeIndexOf, type Selection } from '../corpus/selection.ts';
import type { TimeIndex } from '../records/time-index.ts';

export function useTimeIndex(indexes: Indexes, hidden: ReadonlySet<string>): TimeIndex {
  return useMemo(() => {
    // The articles' events one by one (an event may have several sources), or a published archive's day
    // tallies; a dataset whole.
    const builder = timeIndexOf(indexes.baseEvents, hidden);
    if (indexes.archive) addArchiveTallies(builder, indexes.archive, hidden);
    for (const { id, index } of indexes.datasetParts) {
      if (!hidden.has(id)) builder.addIndex(index.time);
    }
    return builder.finish();
  }, [indexes, hidden]);
}

export function useSelectionCounts(indexes: Indexes, time: TimeIndex, selection: Selection) {
  const counts = useMemo(() => selectionCounts(time, selection), [time, selection]);
  // Out of how many: every event loaded, whatever is switched off.
  const total = indexes.events.length + (indexes.archive?.count ?? 0);
  return { ...counts, total };
}
