/**
 * The map's events as vector tiles (see event-tiles.ts), their data handed to the tile worker again only when
 * the data or the sources switched on change, or when a dataset's part of the map arrives after its report.
 * Returns the tiles' URL template of that version.
 */
import { useEffect, useMemo, useState } from 'react';
import type { EventsCollection } from '../../records/schema.ts';
import type { ResolvedDataset } from '../../datasets/resolve-dataset.ts';
import { showEvents } from './event-tiles.ts';
import { datasetPart, mapEventsBlob, partWritten } from './map-events.ts';

export function useEventTiles(
  /** The events that came with no dataset (the articles', or a loaded events file). */
  events: EventsCollection & { mapPart?: Blob },
  datasets: readonly ResolvedDataset[],
  hidden: ReadonlySet<string>,
): string {
  // The parts a worker was still writing when their dataset came: each one's arrival draws the map again.
  const [written, setWritten] = useState<ReadonlyMap<Promise<Blob>, Blob>>(() => new Map());
  useEffect(() => {
    let live = true;
    for (const { mapPart, events } of datasets) {
      if (!(mapPart instanceof Promise)) continue;
      // A part already taken leaves the state as it is: no new version of the tiles for it.
      void partWritten(mapPart, events).then(
        (part) => live && setWritten((w) => (w.has(mapPart) ? w : new Map(w).set(mapPart, part))),
      );
    }
    return () => {
      live = false;
    };
  }, [datasets]);
  return useMemo(() => {
    const parts = datasets.flatMap((d) => {
      const part = datasetPart(d, written);
      return part ? [{ id: d.info.id, part }] : [];
    });
    return showEvents(mapEventsBlob(events.features, parts, hidden, events.mapPart));
  }, [events, datasets, hidden, written]);
}
