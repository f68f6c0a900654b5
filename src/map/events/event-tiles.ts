/**
 * The page's side of the event tiles: one tile worker, a `steppe-events://` protocol MapLibre fetches tiles
 * through, `showEvents` to hand the worker new data, and `showRange` to ask which ids a range shows. A data
 * change gives the tiles a new version in their URL, so MapLibre never mixes tiles of two versions.
 */
import type { IdChanges, TileRange, TileReply, TileRequest } from '../../tiles/event-tiles-messages.ts';

export const EVENT_TILE_PROTOCOL = 'steppe-events';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (bytes: ArrayBuffer) => void>();

let registered: Promise<void> | null = null;

/**
 * Registers the tile protocol with MapLibre, loaded as react-map-gl loads it (later than the page), so the
 * events' source is added only once this has resolved.
 */
export function eventTilesReady(): Promise<void> {
  registered ??= import('maplibre-gl').then(({ addProtocol }) => {
    addProtocol(EVENT_TILE_PROTOCOL, async (params) => {
      const match = /^[\w-]+:\/\/v(\d+)\/(r\/)?(\d+)\/(\d+)\/(\d+)$/.exec(params.url);
      if (!match) throw new Error(`not an event tile: ${params.url}`);
      const [version, z, x, y] = [match[1], match[3], match[4], match[5]].map(Number) as [
        number,
        number,
        number,
        number,
      ];
      const id = nextId++;
      const bytes = await new Promise<ArrayBuffer>((resolve) => {
        pending.set(id, resolve);
        post({ type: 'tile', id, version, range: match[2] !== undefined, z, x, y });
      });
      return { data: bytes };
    });
  });
  return registered;
}

function tileWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./event-tiles-worker.ts', import.meta.url), {
      type: 'module',
      name: 'event-tiles',
    });
    worker.onmessage = (event: MessageEvent<TileReply>) => {
      const reply = event.data;
      if (reply.type === 'shown') {
        // Only replies since the page last cleared its states.
        if (reply.epoch === epoch) onShown?.(reply);
        return;
      }
      pending.get(reply.id)?.(reply.bytes);
      pending.delete(reply.id);
    };
  }
  return worker;
}

const post = (message: TileRequest) => tileWorker().postMessage(message);

let version = 0;

/** Hands the worker the events to show; returns the tile URL template of this version. */
export function showEvents(blob: Blob): string {
  version += 1;
  post({ type: 'data', version, blob });
  return `${EVENT_TILE_PROTOCOL}://v${version}/{z}/{x}/{y}`;
}

/** The range marks' tile URL template of the current version. */
export const rangeTiles = (tiles: string): string => tiles.replace('/{z}/', '/r/{z}/');

export type RangeChanges = { marks: IdChanges; singles: IdChanges };
let onShown: ((changes: RangeChanges) => void) | null = null;
/** Raised each time the page clears its states: replies to requests made before are stale, and dropped. */
let epoch = 0;

/** Asks the worker which range marks and single events a range shows; `shown` receives the changes in order. */
export function showRange(days: TileRange, shown: (changes: RangeChanges) => void): void {
  onShown = shown;
  post({ type: 'range', version, epoch, days });
}

/** The page has cleared every state it set (no range now, or new data): the worker starts again from none. */
export function rangeStatesCleared(): void {
  epoch += 1;
  post({ type: 'range', version, epoch, days: null });
}
