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

type ClickTaker = (lngLat: { lng: number; lat: number }) => void;
let clickTaker: ClickTaker | null = null;

/**
 * The map's next click goes to `take` instead of picking a place (a reader placing a point of their own);
 * the function returned gives the clicks back.
 */
export function takeNextClick(take: ClickTaker): () => void {
  clickTaker = take;
  return () => {
    if (clickTaker === take) clickTaker = null;
  };
}

/** True when a click was taken (by takeNextClick), so the map does nothing else with it. */
export function handOverClick(lngLat: { lng: number; lat: number }): boolean {
  const take = clickTaker;
  if (!take) return false;
  clickTaker = null;
  take(lngLat);
  return true;
}
