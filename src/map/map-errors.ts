/**
 * What a map error means for the reader. Before its first `load`, an error that names no source — MapLibre's
 * code failing to load (react-map-gl imports it lazily and reports with no map as target), a worker that
 * cannot start, no WebGL — leaves an empty map area: the app shows the list with the reason instead. A basemap
 * file that fails names its source: the map still starts without it, and the app lists the file with the
 * other data files that failed, with a retry.
 */
import type { LoadFailure } from '../corpus/load-data.ts';
import type { MessageKey } from '../i18n/message-key.ts';
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

/** The tile archives the map reads by byte range, by source id: the file, and the part of the map it holds. */
export type ArchiveFiles = Readonly<Record<string, { file: string; part: MessageKey }>>;

/**
 * A tile archive that cannot be read, said with what the reader can do: a host that answers a range with the
 * whole file (the pmtiles reader says "Byte Serving"), a file not there, no connection, or bytes that are no
 * archive (cut short, damaged). Null for any other error, and for a request the map itself called off.
 */
export function archiveFailure(event: MapErrorLike, archives: ArchiveFiles): LoadFailure | null {
  const archive = event.sourceId !== undefined ? archives[event.sourceId] : undefined;
  const error = event.error as { message?: string; name?: string } | null | undefined;
  if (archive === undefined || error?.name === 'AbortError') return null;
  const words = error?.message ?? '';
  const part = say(archive.part);
  const status = /Bad response code: (\d+)/.exec(words)?.[1] ?? event.error?.status;
  const message = /byte serving|content-length/i.test(words)
    ? say('map.archiveNoRanges', { part })
    : status !== undefined && Number(status) > 0
      ? say('map.archiveHttp', { part, status: String(status) })
      : /failed to fetch|networkerror|network error|load failed/i.test(words)
        ? say('map.archiveUnreachable', { part })
        : say('map.archiveCorrupt', { part });
  return { file: archive.file, message };
}
