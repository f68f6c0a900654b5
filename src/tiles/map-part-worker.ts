/**
 * Writes the map's GeoJSON text of a set of events (map-events.ts) from their column slices, beside the
 * worker that reads and checks them: the text is a quarter of an import's work, and done here it no longer
 * waits its turn behind the parsing. Takes slices as they come; answers `finish` with the whole part as a blob.
 */
import type { EventColumns } from '../datasets/event-columns.ts';
import { columnsMapPart } from './map-feature-text.ts';

export type MapPartRequest = { type: 'slice'; columns: EventColumns } | { type: 'finish' };

const parts: string[] = [];

self.onmessage = (event: MessageEvent<MapPartRequest>) => {
  const request = event.data;
  if (request.type === 'slice') {
    const part = columnsMapPart(request.columns);
    if (part !== '') parts.push(part);
    return;
  }
  postMessage(new Blob([parts.join(',')]));
  parts.length = 0;
};
