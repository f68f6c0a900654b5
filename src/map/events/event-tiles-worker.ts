/**
 * The event tile worker: holds the events the map shows (GeoJSON from a blob) cut by geojson-vt, single and
 * aggregated where they crowd (aggregate-events.ts), and answers each tile MapLibre asks for as a Mapbox Vector
 * Tile (vt-pbf). Everything the map costs per event happens here, off the page's thread: the page only forwards
 * tile bytes. For a range of days it cuts a second set from the events in the range, so a mark's size counts
 * the range's events only. Messages are handled in order, so a tile of a newer version is always cut from the
 * data of that version.
 */
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import { AGGREGATE_BELOW_ZOOM, aggregateEvents } from '../../tiles/aggregate-events.ts';
import type { TileRange, TileReply, TileRequest } from '../../tiles/event-tiles-messages.ts';
import { EVENT_TILE_OPTIONS, EVENT_TILE_LAYER } from '../../tiles/event-tiles-messages.ts';
import type { MapEventProperties } from '../../tiles/map-feature-text.ts';
import { spanShown } from '../../corpus/selection-rules.ts';

interface Feature {
  geometry: { coordinates: number[] };
  properties: MapEventProperties;
}

/** Every event on its own, made when a tile first needs it (a range seen only zoomed out never cuts its single
 * events), and (below AGGREGATE_BELOW_ZOOM) marks per place, kind and certainty, cut at once: the map asks
 * for those first, and the cut is under way while it does. */
interface Cut {
  single: () => GeoJSONVT;
  aggregated: GeoJSONVT;
}

function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

let features: Feature[] = [];
let all: Cut | null = null;
let version = -1;
let inRange: Cut | null = null;
let rangeVersion = -1;
const empty = new Uint8Array(0);

function cut(chosen: Feature[]): Cut {
  return {
    single: once(
      () => new GeoJSONVT({ type: 'FeatureCollection', features: chosen } as never, EVENT_TILE_OPTIONS),
    ),
    aggregated: new GeoJSONVT(aggregateEvents(chosen), {
      ...EVENT_TILE_OPTIONS,
      maxZoom: AGGREGATE_BELOW_ZOOM - 1,
    }),
  };
}

/** The events a range shows: their span overlaps it, or (wholly) lies inside it; undated ones never. */
function inside(days: TileRange): Feature[] {
  return features.filter(({ properties: p }) => {
    if (p.dayFrom === undefined || p.dayTo === undefined) return false;
    return spanShown(p.dayFrom, p.dayTo, days, days.wholly);
  });
}

// One message at a time, in order: tile requests queued behind new data wait for its index.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<TileRequest>) => {
  queue = queue.then(() => handle(event.data));
};

async function handle(message: TileRequest): Promise<void> {
  if (message.type === 'data') {
    features = JSON.parse(await message.blob.text()).features;
    all = cut(features);
    version = message.version;
    inRange = null;
    return;
  }
  if (message.type === 'range') {
    // A range asked of an older version is cut when its data comes; the page asks again then.
    if (message.version !== version) return;
    inRange = cut(inside(message.days));
    rangeVersion = message.range;
    return;
  }
  const set = message.range === undefined ? all : message.range === rangeVersion ? inRange : null;
  const index =
    message.version !== version || !set
      ? null
      : message.z < AGGREGATE_BELOW_ZOOM
        ? set.aggregated
        : set.single();
  const tile = index?.getTile(message.z, message.x, message.y);
  const bytes = tile
    ? fromGeojsonVt({ [EVENT_TILE_LAYER]: tile }, { version: 2, extent: EVENT_TILE_OPTIONS.extent })
    : empty;
  const copy = bytes.slice();
  const reply: TileReply = { id: message.id, bytes: copy.buffer };
  postMessage(reply, { transfer: [copy.buffer] });
}
