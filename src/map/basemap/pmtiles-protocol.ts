/**
 * PMTiles archives read by HTTP range requests through the pmtiles package's protocol: the basemap's detail
 * (once the reader zooms in) and a site's event archive (src/corpus/event-archive.ts). Registered with MapLibre
 * the first time one is wanted, so a first view that needs neither loads neither.
 */
import { dataUrl } from '../../corpus/load-data.ts';

let registered: Promise<void> | null = null;

export function pmtilesReady(): Promise<void> {
  registered ??= Promise.all([import('maplibre-gl'), import('pmtiles')]).then(
    ([{ addProtocol }, { Protocol }]) => {
      addProtocol('pmtiles', new Protocol().tile);
    },
  );
  return registered;
}

/**
 * A file of the site's as MapLibre takes it: the pmtiles protocol over the file's own URL. `attempt` (the
 * reader's "Try again") makes it a new address: the protocol keeps a failed archive's answer under its address.
 */
export const pmtilesUrl = (path: string, attempt = 0) =>
  `pmtiles://${dataUrl(path)}${attempt > 0 ? `?attempt=${attempt}` : ''}`;
