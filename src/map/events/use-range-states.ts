/**
 * A range that is no whole year, shown by feature state (see event-tiles-worker.ts): each change of range asks
 * the worker which range marks and single events to show and hide, and sets just those, one repaint. New data,
 * or leaving the range, clears every state set, so the next range starts from nothing shown.
 */
import { useEffect, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { TileRange } from '../../tiles/event-tiles-messages.ts';
import { EVENT_TILE_LAYER } from '../../tiles/event-tiles-messages.ts';
import { rangeStatesCleared, showRange, type RangeChanges } from './event-tiles.ts';

export const EVENTS_SOURCE = 'events';
export const RANGE_SOURCE = 'events-range';

function setShown(map: MaplibreMap, source: string, ids: readonly number[], shown: boolean): void {
  // A source not (or no longer) on the map has no states to set: its next tiles start hidden.
  if (!map.getSource(source)) return;
  for (const id of ids) map.setFeatureState({ source, sourceLayer: EVENT_TILE_LAYER, id }, { shown });
}

function apply(map: MaplibreMap, changes: RangeChanges): void {
  setShown(map, RANGE_SOURCE, changes.marks.hide, false);
  setShown(map, RANGE_SOURCE, changes.marks.show, true);
  setShown(map, EVENTS_SOURCE, changes.singles.hide, false);
  setShown(map, EVENTS_SOURCE, changes.singles.show, true);
}

function clear(map: MaplibreMap): void {
  try {
    for (const source of [RANGE_SOURCE, EVENTS_SOURCE]) {
      if (map.getSource(source)) map.removeFeatureState({ source, sourceLayer: EVENT_TILE_LAYER });
    }
  } catch {
    // A map already removed (a lost WebGL context remounts it) took its states with it.
  }
  // Either way the worker starts the next range from nothing shown.
  rangeStatesCleared();
}

export function useRangeStates(
  mapRef: RefObject<MapRef | null> | null,
  /** The events' tile URL: a new one is new data. */
  eventTiles: string,
  days: TileRange | null,
): void {
  const inRange = days !== null;
  // New data, or the range left: every state goes.
  useEffect(() => {
    const map = mapRef?.current?.getMap();
    if (!map || !inRange) return;
    return () => clear(map);
  }, [mapRef, eventTiles, inRange]);
  const from = days?.from;
  const to = days?.to;
  const wholly = days?.wholly ?? false;
  useEffect(() => {
    const map = mapRef?.current?.getMap();
    if (!map || from === undefined || to === undefined) return;
    showRange({ from, to, wholly }, (changes) => apply(map, changes));
  }, [mapRef, eventTiles, from, to, wholly]);
}
