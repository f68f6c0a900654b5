/**
 * The event tile worker: holds the events the map shows (GeoJSON from a blob) cut by geojson-vt, single and
 * aggregated where they crowd (aggregate-events.ts), and answers each tile MapLibre asks for as a Mapbox Vector
 * Tile (vt-pbf). Everything the map costs per event happens here, off the page's thread: the page only forwards
 * tile bytes. For a range that is no whole year it cuts, once per version, a mark for every size a crowd can
 * take (range-marks.ts), and answers each range with the ids to show and hide, which the page sets as feature
 * state: moving the range cuts nothing. Messages are handled in order, so a tile of a newer version is always
 * cut from the data of that version.
 */
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import { AGGREGATE_BELOW_ZOOM, aggregateEvents } from '../../tiles/aggregate-events.ts';
import type { TileReply, TileRequest } from '../../tiles/event-tiles-messages.ts';
import { EVENT_TILE_OPTIONS, EVENT_TILE_LAYER } from '../../tiles/event-tiles-messages.ts';
import type { MapEventProperties } from '../../tiles/map-feature-text.ts';
import { idChanges, rangeMarks, shownIds, singleId, type RangeMarks } from '../../tiles/range-marks.ts';

interface Feature {
  id?: number;
  geometry: { coordinates: number[] };
  properties: MapEventProperties;
}

function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const marksOptions = { ...EVENT_TILE_OPTIONS, maxZoom: AGGREGATE_BELOW_ZOOM - 1 };

let features: Feature[] = [];
let version = -1;
/** The marks below AGGREGATE_BELOW_ZOOM, cut at once: the map asks for those first. */
let aggregated: GeoJSONVT | null = null;
/** Every event on its own, cut when a tile first needs it. */
let single: () => GeoJSONVT | null = () => null;
/** The range marks, cut when a range is first asked for; and what the page was last told to show. */
let range: () => { marks: RangeMarks; index: GeoJSONVT } | null = () => null;
let shown = { marks: new Set<number>(), singles: new Set<number>() };
const empty = new Uint8Array(0);

// One message at a time, in order: tile requests queued behind new data wait for its index.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<TileRequest>) => {
  queue = queue.then(() => handle(event.data));
};

async function handle(message: TileRequest): Promise<void> {
  if (message.type === 'data') {
    features = JSON.parse(await message.blob.text()).features;
    // Ids for feature state: a single event is shown in a range by its id.
    features.forEach((f, i) => (f.id = singleId(i)));
    version = message.version;
    aggregated = new GeoJSONVT(aggregateEvents(features), marksOptions);
    const all = features;
    single = once(
      () => new GeoJSONVT({ type: 'FeatureCollection', features: all } as never, EVENT_TILE_OPTIONS),
    );
    range = once(() => {
      const marks = rangeMarks(all);
      return { marks, index: new GeoJSONVT(marks.collection as never, marksOptions) };
    });
    shown = { marks: new Set(), singles: new Set() };
    return;
  }
  if (message.type === 'range') {
    // No range: the page has cleared its states, so the next range starts from nothing shown.
    if (message.days === null) shown = { marks: new Set(), singles: new Set() };
    if (message.days === null || message.version !== version) return;
    const now = shownIds(features, range()!.marks, message.days);
    const reply: TileReply = {
      type: 'shown',
      epoch: message.epoch,
      marks: idChanges(shown.marks, now.marks),
      singles: idChanges(shown.singles, now.singles),
    };
    shown = now;
    postMessage(reply);
    return;
  }
  const index =
    message.version !== version
      ? null
      : message.range
        ? message.z < AGGREGATE_BELOW_ZOOM
          ? range()?.index
          : null
        : message.z < AGGREGATE_BELOW_ZOOM
          ? aggregated
          : single();
  const tile = index?.getTile(message.z, message.x, message.y);
  const bytes = tile
    ? fromGeojsonVt({ [EVENT_TILE_LAYER]: tile }, { version: 2, extent: EVENT_TILE_OPTIONS.extent })
    : empty;
  const copy = bytes.slice();
  const reply: TileReply = { type: 'tile', id: message.id, bytes: copy.buffer };
  postMessage(reply, { transfer: [copy.buffer] });
}
