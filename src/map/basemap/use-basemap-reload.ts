/**
 * Basemap files that failed to load are asked for again when the reader presses "Try again": the map keeps
 * running meanwhile, drawn without them.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { GeoJSONSource } from 'maplibre-gl';
import type { MapRef } from 'react-map-gl/maplibre';
import { dataUrl } from '../../corpus/load-data.ts';
import { BASEMAP_FILES } from './basemap-style.ts';

type BasemapSourceId = keyof typeof BASEMAP_FILES;

/** Returns `noteFailed(sourceId)` for the error handler; each new `attempt` reloads the sources noted. */
export function useBasemapReload(mapRef: RefObject<MapRef | null>, attempt: number) {
  const failed = useRef(new Set<BasemapSourceId>());
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || attempt === 0) return;
    for (const id of failed.current) {
      (map.getSource(id) as GeoJSONSource | undefined)?.setData(dataUrl(BASEMAP_FILES[id]));
    }
    failed.current.clear();
  }, [mapRef, attempt]);
  return (sourceId: string) => {
    if (sourceId in BASEMAP_FILES) failed.current.add(sourceId as BasemapSourceId);
  };
}
