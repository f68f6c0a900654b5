/**
 * The event tile worker: holds the events the map shows (GeoJSON from a blob) cut by geojson-vt, single and
 * aggregated where they crowd (aggregate-events.ts), and answers each tile MapLibre asks for as a Mapbox Vector
 * Tile (vt-pbf). Everything the map costs per event happens
 * here, off the page's thread: the page only forwards tile bytes. Messages are handled in order, so a tile of
 * a newer version is always cut from the data of that version.
 */
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import { AGGREGATE_BELOW_ZOOM, aggregateEvents } from '../../tiles/aggregate-events.ts';
import type { TileReply, TileRequest } from '../../tiles/event-tiles-messages.ts';
import { EVENT_TILE_OPTIONS, EVENT_TILE_LAYER } from '../../tiles/event-tiles-messages.ts';

/** Every event on its own, and (below AGGREGATE_BELOW_ZOOM) marks per place, kind and certainty, by year and all. */
let single: GeoJSONVT | null = null;
let aggregated: GeoJSONVT | null = null;
let version = -1;
const empty = new Uint8Array(0);

// One message at a time, in order: tile requests queued behind new data wait for its index.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<TileRequest>) => {
  queue = queue.then(() => handle(event.data));
};

async function handle(message: TileRequest): Promise<void> {
  if (message.type === 'data') {
    const events = JSON.parse(await message.blob.text());
    single = new GeoJSONVT(events, EVENT_TILE_OPTIONS);
    aggregated = new GeoJSONVT(aggregateEvents(events.features), {
      ...EVENT_TILE_OPTIONS,
      maxZoom: AGGREGATE_BELOW_ZOOM - 1,
    });
    version = message.version;
    return;
  }
  const index = message.z < AGGREGATE_BELOW_ZOOM ? aggregated : single;
  const tile = message.version === version ? index?.getTile(message.z, message.x, message.y) : null;
  const bytes = tile
    ? fromGeojsonVt({ [EVENT_TILE_LAYER]: tile }, { version: 2, extent: EVENT_TILE_OPTIONS.extent })
    : empty;
  const copy = bytes.slice();
  const reply: TileReply = { id: message.id, bytes: copy.buffer };
  postMessage(reply, { transfer: [copy.buffer] });
}
