/**
 * Basemap files and tile archives that failed to load are asked for again when the reader presses "Try
 * again": the map keeps running meanwhile, drawn without them. A GeoJSON file is set again; a tile archive is
 * read under a new address (pmtilesUrl's `attempt`), as the pmtiles protocol keeps a failed answer under its
 * address. Sources that did not fail are left as they are.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { GeoJSONSource, VectorTileSource } from 'maplibre-gl';
import type { MapRef } from 'react-map-gl/maplibre';
import { dataUrl } from '../../corpus/load-data.ts';
import type { ArchiveFiles } from '../map-errors.ts';
import { BASEMAP_FILES } from './basemap-style.ts';
import { pmtilesUrl } from './pmtiles-protocol.ts';

/** Returns `noteFailed(sourceId)` for the error handler; each new `attempt` reloads the sources noted. */
export function useBasemapReload(mapRef: RefObject<MapRef | null>, attempt: number, archives: ArchiveFiles) {
  const failed = useRef(new Set<string>());
  // Read when the reader tries again, not a reason to: the archive's file arrives with the data.
  const archivesNow = useRef(archives);
  useEffect(() => {
    archivesNow.current = archives;
  }, [archives]);
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!map || attempt === 0) return;
    for (const id of failed.current) {
      const archive = archivesNow.current[id];
      if (archive)
        (map.getSource(id) as VectorTileSource | undefined)?.setUrl(pmtilesUrl(archive.file, attempt));
      else if (id in BASEMAP_FILES)
        (map.getSource(id) as GeoJSONSource | undefined)?.setData(
          dataUrl(BASEMAP_FILES[id as keyof typeof BASEMAP_FILES]),
        );
    }
    failed.current.clear();
  }, [mapRef, attempt]);
  return (sourceId: string) => {
    failed.current.add(sourceId);
  };
}
