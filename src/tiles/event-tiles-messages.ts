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
 * `data`: the events to show, as a new version. `range`: the ids a range shows among that version's events
 * (null: no range now; the page has cleared the states it set); `epoch`, raised at each clearing, comes back
 * with the answer. `tile`: one tile of a version, of its range
 * marks when `range` is set.
 */
export type TileRequest =
  | { type: 'data'; version: number; blob: Blob }
  | { type: 'range'; version: number; epoch: number; days: TileRange | null }
  | { type: 'tile'; id: number; version: number; range?: boolean; z: number; x: number; y: number };

export interface IdChanges {
  show: number[];
  hide: number[];
}

/**
 * A tile's bytes (empty where the tile holds no event), for the request of that id; or what a range request
 * changed: the range marks and the single events to show and to hide, by feature id.
 */
export type TileReply =
  | { type: 'tile'; id: number; bytes: ArrayBuffer }
  | { type: 'shown'; epoch: number; marks: IdChanges; singles: IdChanges };
