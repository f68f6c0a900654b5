/**
 * What the map draws, from the data and the selection: the events' tiles (handed to the tile worker again only
 * when the data or the sources switched on change), the years with events, a published archive, and the places
 * to highlight. The map takes new data one render after the rest of the page (a new year's layers cost
 * MapLibre a check each): adding a large dataset then costs the page two shorter tasks instead of one long one.
 */
import { useDeferredValue, useMemo } from 'react';
import { archiveYears } from '../corpus/event-archive.ts';
import type { Indexes } from '../corpus/indexes.ts';
import type { AppData } from '../corpus/load-data.ts';
import type { Selection } from '../corpus/selection.ts';
import type { ResolvedDataset } from '../datasets/resolve-dataset.ts';
import { eventYears } from '../map/events/map-events.ts';
import { useEventTiles } from '../map/events/use-event-tiles.ts';
import type { MapContent } from '../map/map-view.tsx';

export function useMapContent(
  data: AppData,
  datasets: readonly ResolvedDataset[],
  indexes: Indexes,
  selection: Pick<Selection, 'hiddenSources' | 'placeId'>,
  sourceOnMap: string | null,
  dataReady: boolean,
): MapContent {
  const hidden = selection.hiddenSources;
  const eventTiles = useEventTiles(data.events, datasets, hidden);
  const years = useMemo(
    () => eventYears(indexes.baseEvents, indexes.datasetParts, hidden),
    [indexes, hidden],
  );
  const archive = useMemo(() => {
    const manifest = indexes.archive;
    if (!manifest) return null;
    const sourceIds = [...new Set(manifest.tallies.flatMap((t) => t.sourceIds))];
    return { file: `data/${manifest.tiles}`, years: [...archiveYears(manifest)], sourceIds };
  }, [indexes.archive]);
  const mapTiles = useDeferredValue(eventTiles);
  const mapYears = useDeferredValue(years);
  const sourcePlaceIds = useMemo(
    () => (sourceOnMap ? (indexes.placeIdsBySource.get(sourceOnMap) ?? []) : []),
    [sourceOnMap, indexes],
  );
  const highlightedPlaceIds = useMemo(
    () => (selection.placeId ? [...sourcePlaceIds, selection.placeId] : sourcePlaceIds),
    [sourcePlaceIds, selection.placeId],
  );
  return useMemo(
    () => ({
      eventTiles: mapTiles,
      archive,
      eventYears: mapYears,
      places: data.places,
      dataReady,
      highlightedPlaceIds,
      sourcePlaceIds,
    }),
    [mapTiles, archive, mapYears, data.places, dataReady, highlightedPlaceIds, sourcePlaceIds],
  );
}
