/**
 * The counts the legend and the timeline show for the current selection. The events are tallied once per
 * change of sources (the data may hold 100,000); every count after that is a sum over the tally.
 */
import { useMemo } from 'react';
import { archiveTally } from '../corpus/event-archive.ts';
import type { Indexes } from '../corpus/indexes.ts';
import {
  addTally,
  comparisonCount,
  kindCounts,
  tallyEvents,
  yearCounts,
  type Selection,
} from '../corpus/selection.ts';

export function useSelectionCounts(indexes: Indexes, selection: Selection) {
  const tally = useMemo(() => {
    const hidden = selection.hiddenSources;
    // The articles' events one by one (an event may have several sources), or a published archive's tallies;
    // a dataset whole.
    const counts = indexes.archive
      ? archiveTally(indexes.archive, hidden)
      : tallyEvents(indexes.baseEvents, hidden);
    for (const { id, index } of indexes.datasetParts) if (!hidden.has(id)) addTally(counts, index.tally);
    return counts;
  }, [indexes, selection.hiddenSources]);
  const byKind = useMemo(() => kindCounts(tally, selection), [tally, selection]);
  const { kinds, comparisons } = selection;
  // The bars ignore the chosen year: recount only when kinds, comparisons or sources change.
  const byYear = useMemo(
    () => yearCounts(tally, { kinds, comparisons }, indexes.years),
    [tally, kinds, comparisons, indexes.years],
  );
  const comparisonsNow = useMemo(() => comparisonCount(tally, selection), [tally, selection]);
  // The legend counts every kind, shown or not; what the map shows is the sum over the kinds switched on.
  const shown = [...kinds].reduce((total, kind) => total + byKind[kind], 0);
  return { byKind, byYear, comparisons: comparisonsNow, shown };
}
