/** What the page and the events-file worker say to each other. */
import type { Message } from '../i18n/message.ts';
import type { EventColumns } from '../datasets/event-columns.ts';
import type { LeftOut } from './parse-records.ts';

export type EventsFileReply =
  | { type: 'progress'; fraction: number }
  | { type: 'events'; columns: EventColumns }
  | {
      type: 'done';
      total: number;
      leftOut: LeftOut[];
      bbox?: [number, number, number, number];
      /** The valid events as the map's GeoJSON features (map/map-events.ts), for the tile worker. */
      mapPart: Blob;
    }
  | { type: 'failed'; message: Message };
