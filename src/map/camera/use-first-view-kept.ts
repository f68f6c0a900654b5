/**
 * Until the reader first touches the map, it keeps all of Kazakhstan in whatever room it has. A panel opened
 * by a link (`?place=astana`) or by a button (Sources) narrows the map, and MapLibre keeps centre and zoom on
 * a resize, so without this the country's ends are cut off. Only input on the map itself counts (a press,
 * wheel or touch on it, a key while it has focus, its zoom buttons): the legend, the timeline and the panels
 * do not move the camera. After that first input, or once anything has moved the camera off the first view
 * (a place brought into view, a link's own camera), a resize leaves the camera alone: the map never zooms by
 * itself when a click on it opens a panel.
 */
import { useCallback, useEffect, useRef } from 'react';
// Types only: MapLibre's code is loaded on its own, after the page (a value imported here would pull it in).
import type { LngLatLike, Map as MapLibreMap } from 'maplibre-gl';
import { FIRST_VIEW } from '../basemap/basemap-style.ts';

const READER_INPUT = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Returns the handler for the map's `resize` event (wired from the map's creation, before it loads). */
export function useFirstViewKept(keep: boolean): (event: { target: MapLibreMap }) => void {
  const touched = useRef(false);
  useEffect(() => {
    const stopListening = () => {
      for (const type of READER_INPUT) window.removeEventListener(type, onInput, true);
    };
    const onInput = (event: Event) => {
      if (!(event.target instanceof Element) || !event.target.closest('.maplibregl-map')) return;
      touched.current = true;
      stopListening();
    };
    for (const type of READER_INPUT) window.addEventListener(type, onInput, { capture: true, passive: true });
    return stopListening;
  }, []);
  return useCallback(
    ({ target: map }) => {
      if (!keep || touched.current) return;
      const fit = map.cameraForBounds(FIRST_VIEW.bounds, FIRST_VIEW.fitBoundsOptions);
      if (!fit?.center || fit.zoom === undefined) return;
      // A resize keeps the centre; fitting the same bounds again gives the same centre. Any other move does not.
      if (!sameCentre(map.getCenter(), fit.center) || map.getBearing() !== 0 || map.getPitch() !== 0) return;
      map.jumpTo({ center: fit.center, zoom: fit.zoom });
    },
    [keep],
  );
}

function sameCentre(a: { lng: number; lat: number }, like: LngLatLike): boolean {
  const [lng, lat] = Array.isArray(like) ? like : ['lng' in like ? like.lng : like.lon, like.lat];
  return Math.abs(a.lng - lng) < 1e-6 && Math.abs(a.lat - lat) < 1e-6;
}
