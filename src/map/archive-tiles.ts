/**
 * The tiles of a site published as an archive (src/data/event-archive.ts): one PMTiles file read by HTTP
 * range requests through the pmtiles package's protocol, registered with MapLibre only when a site has one.
 */
import { dataUrl } from '../data/load-data.ts';

let registered: Promise<void> | null = null;

export function archiveTilesReady(): Promise<void> {
  registered ??= Promise.all([import('maplibre-gl'), import('pmtiles')]).then(
    ([{ addProtocol }, { Protocol }]) => {
      addProtocol('pmtiles', new Protocol().tile);
    },
  );
  return registered;
}

/** The archive's TileJSON address as MapLibre takes it: the pmtiles protocol over the file's own URL. */
export const archiveTilesUrl = (file: string) => `pmtiles://${dataUrl(`data/${file}`)}`;
