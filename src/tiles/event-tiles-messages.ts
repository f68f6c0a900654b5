/** What the page and the event tile worker say to each other, and how the tiles are cut. */

/** The vector tile layer the events are in (the layers' `source-layer`). */
export const EVENT_TILE_LAYER = 'events';

/** Tiles are cut down to this zoom and overzoomed past it: points keep 1/4096 of a z14 tile (~2 m). */
export const EVENT_TILE_MAX_ZOOM = 14;

export const EVENT_TILE_OPTIONS = {
  maxZoom: EVENT_TILE_MAX_ZOOM,
  indexMaxZoom: 4,
  indexMaxPoints: 100_000,
  tolerance: 0,
  extent: 4096,
  // Wide enough that an icon beside its point (kinds sit side by side) is drawn on both tiles it crosses.
  buffer: 128,
} as const;

/** A range of days (both ends included), and whether only events wholly inside it count. */
export interface TileRange {
  from: number;
  to: number;
  wholly: boolean;
}

/**
 * `data`: the events to show, as a new version. `range`: cut a second set of tiles from that version's events
 * in a range (the map shows them while a range that is not one whole year is chosen). `tile`: one tile of a
 * version, of the range's set when `range` names it.
 */
export type TileRequest =
  | { type: 'data'; version: number; blob: Blob }
  | { type: 'range'; version: number; range: number; days: TileRange }
  | { type: 'tile'; id: number; version: number; range?: number; z: number; x: number; y: number };

/** A tile's bytes (empty where the tile holds no event), for the request of that id. */
export interface TileReply {
  id: number;
  bytes: ArrayBuffer;
}
