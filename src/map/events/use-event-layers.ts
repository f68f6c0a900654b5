/**
 * The event layers the map draws and their filters: a layer per year key with events (the year itself is shown
 * by the icons, year-icons.ts), another per year of a published archive, each filtered by the reader's kinds and
 * comparisons (and, in an archive, sources). Made again only when those change.
 */
import { useMemo } from 'react';
import type { FilterSpecification } from 'maplibre-gl';
import type { Selection } from '../../corpus/selection.ts';
import { archiveSourcesFilter, yearLayerFilter } from './event-filter.ts';
import { archiveLayerId, eventLayerId, PLACE_DOT_LAYER_ID, PLACE_LABEL_LAYER_ID } from './layers.ts';
import { yearKeysWithEvents } from './year-icons.ts';

/** A site published as an archive: its tiles, years and sources (corpus/event-archive.ts). */
export interface ArchiveOnMap {
  url: string;
  years: ReadonlyArray<number | null>;
  sourceIds: readonly string[];
}

export const PLACE_LAYER_IDS = [PLACE_DOT_LAYER_ID, PLACE_LABEL_LAYER_ID];

export function useEventLayers(
  eventYears: ReadonlyArray<number | null>,
  archive: ArchiveOnMap | null,
  selection: Pick<Selection, 'kinds' | 'comparisons' | 'hiddenSources'>,
) {
  const { kinds, comparisons, hiddenSources } = selection;
  const yearKeys = useMemo(() => yearKeysWithEvents(eventYears), [eventYears]);
  const yearFilters = useMemo(
    () => Object.fromEntries(yearKeys.map((key) => [key, yearLayerFilter(key, kinds, comparisons)])),
    [yearKeys, kinds, comparisons],
  );
  const archiveYearKeys = useMemo(() => (archive ? yearKeysWithEvents(archive.years) : []), [archive]);
  const archiveFilters = useMemo(() => {
    const sources = archive ? archiveSourcesFilter(archive.sourceIds, hiddenSources) : null;
    return Object.fromEntries(
      archiveYearKeys.map((key) => {
        const year = yearLayerFilter(key, kinds, comparisons);
        return [key, sources ? (['all', year, sources] as FilterSpecification) : year];
      }),
    );
  }, [archive, archiveYearKeys, kinds, comparisons, hiddenSources]);
  const interactiveLayerIds = useMemo(
    () => [...yearKeys.map(eventLayerId), ...archiveYearKeys.map(archiveLayerId), ...PLACE_LAYER_IDS],
    [yearKeys, archiveYearKeys],
  );
  return { yearKeys, yearFilters, archiveYearKeys, archiveFilters, interactiveLayerIds };
}
