/**
 * The map's events as vector tiles (see event-tiles.ts), their data handed to the tile worker again only when
 * the data or the sources switched on change. Returns the tiles' URL template of that version.
 */
import { useMemo } from 'react';
import type { EventsCollection } from '../data/schema.ts';
import type { ResolvedDataset } from '../data/resolve-dataset.ts';
import { showEvents } from './event-tiles.ts';
import { datasetPart, mapEventsBlob } from './map-events.ts';

export function useEventTiles(
  /** The events that came with no dataset (the articles', or a loaded events file). */
  events: EventsCollection & { mapPart?: Blob },
  datasets: readonly ResolvedDataset[],
  hidden: ReadonlySet<string>,
): string {
  return useMemo(
    () =>
      showEvents(
        mapEventsBlob(
          events.features,
          datasets.map((d) => ({ id: d.info.id, part: datasetPart(d) })),
          hidden,
          events.mapPart,
        ),
      ),
    [events, datasets, hidden],
  );
}
