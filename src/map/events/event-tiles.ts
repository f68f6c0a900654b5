/**
 * The page's side of the event tiles: one tile worker, a `steppe-events://` protocol MapLibre fetches tiles
 * through, and `showEvents` to hand the worker new data. A data change gives the tiles a new version in
 * their URL, so MapLibre never mixes tiles of two versions.
 */
import type { TileRange, TileReply, TileRequest } from '../../tiles/event-tiles-messages.ts';

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
      const match = /^[\w-]+:\/\/v(\d+)\/(?:r(\d+)\/)?(\d+)\/(\d+)\/(\d+)$/.exec(params.url);
      if (!match) throw new Error(`not an event tile: ${params.url}`);
      const [version, range, z, x, y] = match.slice(1).map((n) => (n === undefined ? undefined : Number(n)));
      const id = nextId++;
      const bytes = await new Promise<ArrayBuffer>((resolve) => {
        pending.set(id, resolve);
        post({ type: 'tile', id, version: version!, range, z: z!, x: x!, y: y! });
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

let rangeVersion = 0;

/** Asks the worker for the tiles of the current events in a range; returns their URL template. */
export function showRange(days: TileRange): string {
  rangeVersion += 1;
  post({ type: 'range', version, range: rangeVersion, days });
  return `${EVENT_TILE_PROTOCOL}://v${version}/r${rangeVersion}/{z}/{x}/{y}`;
}
