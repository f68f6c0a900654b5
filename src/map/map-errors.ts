/**
 * What a map error means for the reader. Before its first `load`, an error that names no source — MapLibre's
 * code failing to load (react-map-gl imports it lazily and reports with no map as target), a worker that
 * cannot start, no WebGL — leaves an empty map area: the app shows the list with the reason instead. A basemap
 * file that fails names its source: the map still starts without it, and the app lists the file with the
 * other data files that failed, with a retry.
 */
import type { LoadFailure } from '../corpus/load-data.ts';
import { runtimeSaid, say, type Message } from '../i18n/message.ts';

export interface MapErrorLike {
  error?: { message?: string; status?: number } | null;
  sourceId?: string;
}

/** The reason the map will not start, or null when the error leaves it working. */
export function startFailure(event: MapErrorLike, mapLoaded: boolean): Message | null {
  if (mapLoaded || event.sourceId !== undefined) return null;
  // Without its closing full stop: the reason is quoted inside a sentence.
  const message = event.error?.message?.trim().replace(/\.$/, '');
  return runtimeSaid(message, say('map.errorBeforeDrawing'));
}

/** The basemap file an error is about, said as the data files' failures are; null for any other error. */
export function basemapFailure(
  event: MapErrorLike,
  basemapFiles: Readonly<Record<string, string>>,
): LoadFailure | null {
  const file = event.sourceId !== undefined ? basemapFiles[event.sourceId] : undefined;
  if (file === undefined) return null;
  const status = event.error?.status;
  const message =
    typeof status === 'number' && status > 0
      ? say('map.basemapHttp', { status: String(status) })
      : say('map.basemapCorrupt');
  return { file, message };
}
