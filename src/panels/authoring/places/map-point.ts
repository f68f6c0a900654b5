/**
 * A point the reader clicks on the map (for a place the gazetteer does not have): resolves with the click's
 * coordinates, or null on Escape or when no map is shown (the list view, no WebGL).
 */
import { shownMap } from '../../../map/map-handle.ts';

export function clickedMapPoint(): Promise<{ lon: number; lat: number } | null> {
  const map = shownMap();
  if (!map) return Promise.resolve(null);
  return new Promise((resolve) => {
    const done = (point: { lon: number; lat: number } | null) => {
      map.off('click', onClick);
      window.removeEventListener('keydown', onKey, true);
      map.getCanvas().style.cursor = '';
      resolve(point);
    };
    const onClick = (e: { lngLat: { lng: number; lat: number } }) =>
      done({ lon: Math.round(e.lngLat.lng * 1e5) / 1e5, lat: Math.round(e.lngLat.lat * 1e5) / 1e5 });
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && done(null);
    map.getCanvas().style.cursor = 'crosshair';
    map.on('click', onClick);
    window.addEventListener('keydown', onKey, true);
  });
}
