/**
 * What happens once the map has loaded: it is handed to what needs it (the pointer's cursor, the tests), the
 * benchmark's first-idle mark is asked for when the data are in too (whichever comes last: the map is made
 * asynchronously), and a lost WebGL context reports the camera so a new map can open where it was.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapRef } from 'react-map-gl/maplibre';
import { exposeMap, markFirstIdleWithData } from './bench-hooks.ts';

export interface Camera {
  longitude: number;
  latitude: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

export function useMapLoaded(
  mapRef: RefObject<MapRef | null>,
  dataReady: boolean,
  onContextLost: (camera: Camera) => void,
  watchPointer: (map: MaplibreMap) => void,
) {
  const dataReadyRef = useRef(dataReady);
  // Whether the map exists yet: a place opened from the URL may be chosen before it does.
  const [mapLoaded, setMapLoaded] = useState(false);
  const loadedRef = useRef(false);
  const onLoad = useCallback(() => {
    const map = mapRef.current?.getMap();
    if (!map) return;
    exposeMap(map);
    loadedRef.current = true;
    setMapLoaded(true);
    watchPointer(map);
    markFirstIdleWithData(map, dataReadyRef.current);
    map.getCanvas().addEventListener('webglcontextlost', () => {
      const { lng, lat } = map.getCenter();
      onContextLost({
        longitude: lng,
        latitude: lat,
        zoom: map.getZoom(),
        bearing: map.getBearing(),
        pitch: map.getPitch(),
      });
    });
  }, [mapRef, onContextLost, watchPointer]);

  useEffect(() => {
    dataReadyRef.current = dataReady;
    markFirstIdleWithData(mapRef.current?.getMap(), dataReady);
  }, [mapRef, dataReady]);

  return { mapLoaded, loadedRef, onLoad };
}
