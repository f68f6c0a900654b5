/**
 * The event layers the map draws and their filters: a layer per year key with events (the year itself is shown
 * by the icons, year-icons.ts), another per year of a published archive, each filtered by the reader's kinds and
 * comparisons (and, in an archive, sources); and, for a range that is not one whole year, the range's own layer
 * (and an archive's, filtered by the range). Made again only when those change.
 */
import { useMemo } from 'react';
import type { FilterSpecification } from 'maplibre-gl';
import type { Selection } from '../../corpus/selection.ts';
import { wholeYearOf } from '../../records/day-span.ts';
import {
  archiveRangeFilter,
  archiveSourcesFilter,
  buildEventFilter,
  yearLayerFilter,
} from './event-filter.ts';
import {
  archiveLayerId,
  eventLayerId,
  PLACE_DOT_LAYER_ID,
  PLACE_LABEL_LAYER_ID,
  rangeSinglesLayer,
} from './layers.ts';
import { RANGE_KEY, yearKeysWithEvents, type YearView } from './year-icons.ts';

/** A site published as an archive: its tiles, years and sources (corpus/event-archive.ts). */
export interface ArchiveOnMap {
  /** The archive's file, as the site serves it (`data/events.pmtiles`). */
  file: string;
  years: ReadonlyArray<number | null>;
  sourceIds: readonly string[];
}

export const PLACE_LAYER_IDS = [PLACE_DOT_LAYER_ID, PLACE_LABEL_LAYER_ID];

/** How the icons show the range: all time, one whole year, or (any other range) none of the years' icons. */
export function yearViewOf(s: Pick<Selection, 'range' | 'wholly'>): YearView {
  if (s.range === null) return null;
  const year = wholeYearOf(s.range);
  return year !== null && !s.wholly ? year : 'none';
}

export function useEventLayers(
  eventYears: ReadonlyArray<number | null>,
  archive: ArchiveOnMap | null,
  selection: Pick<Selection, 'kinds' | 'comparisons' | 'hiddenSources' | 'range' | 'wholly'>,
) {
  const { kinds, comparisons, hiddenSources, range, wholly } = selection;
  const view = yearViewOf(selection);
  const inRange = view === 'none';
  const yearKeys = useMemo(() => yearKeysWithEvents(eventYears), [eventYears]);
  const yearFilters = useMemo(
    () => Object.fromEntries(yearKeys.map((key) => [key, yearLayerFilter(key, kinds, comparisons)])),
    [yearKeys, kinds, comparisons],
  );
  const rangeFilter = useMemo(() => buildEventFilter(null, kinds, comparisons), [kinds, comparisons]);
  const archiveYearKeys = useMemo(
    () => (!archive ? [] : inRange ? [RANGE_KEY] : yearKeysWithEvents(archive.years)),
    [archive, inRange],
  );
  const archiveFilters = useMemo(() => {
    const sources = archive ? archiveSourcesFilter(archive.sourceIds, hiddenSources) : null;
    return Object.fromEntries(
      archiveYearKeys.map((key) => {
        const shown =
          key === RANGE_KEY && range
            ? archiveRangeFilter(range, wholly, kinds, comparisons)
            : yearLayerFilter(key, kinds, comparisons);
        return [key, sources ? (['all', shown, sources] as FilterSpecification) : shown];
      }),
    );
  }, [archive, archiveYearKeys, kinds, comparisons, hiddenSources, range, wholly]);
  const interactiveLayerIds = useMemo(
    () => [
      ...yearKeys.map(eventLayerId),
      ...(inRange ? [eventLayerId(RANGE_KEY), rangeSinglesLayer.id] : []),
      ...archiveYearKeys.map(archiveLayerId),
      ...PLACE_LAYER_IDS,
    ],
    [yearKeys, archiveYearKeys, inRange],
  );
  return { view, yearKeys, yearFilters, rangeFilter, archiveYearKeys, archiveFilters, interactiveLayerIds };
}
