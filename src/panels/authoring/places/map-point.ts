/**
 * A point the reader clicks on the map (for a place the gazetteer does not have): the map hands its next
 * click over (map-handle.ts) instead of opening a place. Resolves with the click's coordinates, or null on
 * Escape or when no map is shown (the list view, no WebGL).
 */
import { shownMap, takeNextClick } from '../../../map/map-handle.ts';

export function clickedMapPoint(): Promise<{ lon: number; lat: number } | null> {
  const map = shownMap();
  if (!map) return Promise.resolve(null);
  return new Promise((resolve) => {
    const done = (point: { lon: number; lat: number } | null) => {
      giveBack();
      window.removeEventListener('keydown', onKey, true);
      map.getCanvas().style.cursor = '';
      resolve(point);
    };
    const giveBack = takeNextClick((lngLat) =>
      done({ lon: Math.round(lngLat.lng * 1e5) / 1e5, lat: Math.round(lngLat.lat * 1e5) / 1e5 }),
    );
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && done(null);
    map.getCanvas().style.cursor = 'crosshair';
    window.addEventListener('keydown', onKey, true);
  });
}
