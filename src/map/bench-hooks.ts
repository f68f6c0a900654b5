/**
 * What the browser tests and the benchmark read off the page, kept apart from the map's own code: the live
 * map on `window.steppeMap`, and the `map-first-idle` mark, the first complete drawing with the data.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The live MapLibre map, for browser tests and the benchmark. */
    steppeMap?: MaplibreMap;
  }
}

export function exposeMap(map: MaplibreMap): void {
  window.steppeMap = map;
}

/** The benchmark reads this mark: navigation to the first complete drawing of the map with its data. */
export function markFirstIdleWithData(map: MaplibreMap | undefined, dataReady: boolean): void {
  const marked = () => performance.getEntriesByName('map-first-idle').length > 0;
  if (!map || !dataReady || marked()) return;
  map.once('idle', () => {
    if (!marked()) performance.mark('map-first-idle');
  });
}
