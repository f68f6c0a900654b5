/**
 * What the browser tests and the benchmark read off the page, kept apart from the map's own code: the live
 * map on `window.steppeMap`, and the `map-first-idle` mark, the first complete drawing with the data (which
 * the offline app also waits for: whenFirstDrawn).
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

/**
 * Resolves at the map's first complete drawing with its data, or after `atMostMs` where none comes (no WebGL,
 * the list instead): for work that must not slow the first view down.
 */
export function whenFirstDrawn(atMostMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('map-first-idle').length > 0) done();
    });
    const timer = setTimeout(done, atMostMs);
    observer.observe({ type: 'mark', buffered: true });
  });
}
