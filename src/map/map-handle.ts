/**
 * The map on screen, for the few things outside the map view that need the map itself: the exported figure
 * and the printed page draw its current picture. Set when the map has loaded, cleared when it goes.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

let shown: MaplibreMap | null = null;

export function setShownMap(map: MaplibreMap | null): void {
  shown = map;
}

export function shownMap(): MaplibreMap | null {
  return shown;
}
