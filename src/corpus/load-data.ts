/**
 * Loads public/data once, outside React, and parses every file with the shared schema. Each file loads on
 * its own, and each record is checked on its own: a missing or corrupt file, or a record that breaks the
 * contract, becomes a named failure, and whatever did load stays usable.
 */
import {
  describeLeftOut,
  parseFeatureCollection,
  parseList,
  parseWhole,
  type LeftOut,
  type Parsed,
} from './parse-records.ts';
import { MessageError, messageOf, runtimeSaid, say, type Message } from '../i18n/message.ts';
import { DateOrder } from '../records/by-date.ts';
import { archiveManifest, type ArchiveManifest } from './event-archive.ts';
import { fromColumns } from '../datasets/event-columns.ts';
import type { EventsFileReply } from './events-file-messages.ts';
import type { ResolvedDataset } from '../datasets/resolve-dataset.ts';
import { resolvedDatasetShell } from '../datasets/dataset-schema.ts';
import {
  claimOutput,
  eventFeature,
  excerptRecord,
  placeFeature,
  sourceRecord,
  type Claim,
  type EventsCollection,
  type Excerpt,
  type PlacesCollection,
  type Source,
  translationsFile,
  type Translations,
} from '../records/schema.ts';

export interface AppData {
  places: PlacesCollection;
  /** The events of a site published as an archive: read a piece at a time, never whole (event-archive.ts). */
  archive?: ArchiveManifest;
  /** `mapPart`: the map's GeoJSON of these events, when a worker checked the file (see map-events.ts). */
  events: EventsCollection & { mapPart?: Blob };
  sources: Source[];
  excerpts: Excerpt[];
  claims: Claim[];
  /** Our words (summaries, date notes, who is speaking) in Russian and Kazakh, by record id. */
  translations: Translations;
}

/** What the loaded files hold: the articles' data, and the datasets the site was built with. */
export type LoadedFiles = AppData & { published: ResolvedDataset[] };

export interface LoadFailure {
  file: string;
  /** What went wrong, said after the file's name ("data/places.geojson could not be loaded (HTTP 404)"). */
  message: Message;
}

interface DataFile<T> {
  path: string;
  parse: (json: unknown) => Parsed<T>;
  /** For a file too large to check on the page's thread: checked in a worker instead, with progress. */
  checkLarge?: (text: string, onProgress: (fraction: number) => void) => Promise<Parsed<T>>;
}

/** Past this many characters (a few thousand events) a file with a worker of its own is checked there. */
const LARGE_FILE_CHARS = 1_000_000;

/**
 * data/datasets.json: the datasets published with the site (npm run import), each checked record by record
 * like the other files.
 */
function parsePublished(json: unknown): Parsed<ResolvedDataset[]> {
  const shell = parseList(json, resolvedDatasetShell);
  if (!shell.ok) return shell;
  const leftOut: LeftOut[] = [...shell.leftOut];
  let total = shell.total;
  const value = shell.value.map((d) => {
    const events = parseFeatureCollection({ type: 'FeatureCollection', features: d.events }, eventFeature);
    const places = parseFeatureCollection({ type: 'FeatureCollection', features: d.places }, placeFeature);
    const of = (x: LeftOut) => ({ ...x, record: `${d.info.id} ${x.record}` });
    if (events.ok) leftOut.push(...events.leftOut.map(of));
    if (places.ok) leftOut.push(...places.leftOut.map(of));
    total += d.events.length + d.places.length;
    return {
      ...d,
      events: events.ok ? events.value.features : [],
      places: places.ok ? places.value.features : [],
    };
  });
  return { ok: true, value, leftOut, total };
}

// The archive's index is read only when the events name it (see loadAppData).
const FILES: { [K in Exclude<keyof LoadedFiles, 'archive'>]: DataFile<LoadedFiles[K]> } = {
  places: { path: 'data/places.geojson', parse: (json) => parseFeatureCollection(json, placeFeature) },
  events: {
    path: 'data/events.geojson',
    parse: (json) => parseFeatureCollection(json, eventFeature),
    checkLarge: checkEventsInWorker,
  },
  sources: { path: 'data/sources.json', parse: (json) => parseList(json, sourceRecord) },
  excerpts: { path: 'data/excerpts.json', parse: (json) => parseList(json, excerptRecord) },
  claims: { path: 'data/claims.json', parse: (json) => parseList(json, claimOutput) },
  translations: {
    path: 'data/translations.json',
    parse: (json) => parseWhole(json, translationsFile, 'translations'),
  },
  published: { path: 'data/datasets.json', parse: parsePublished },
};

export const EMPTY_DATA: AppData = {
  places: { type: 'FeatureCollection', features: [] },
  events: { type: 'FeatureCollection', features: [] },
  sources: [],
  excerpts: [],
  claims: [],
  translations: { events: {}, sources: {}, attributions: {}, oblasts: {} },
};

export function dataUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

/** A data file's text; failing, an error that says how (no answer, an HTTP status, cut off). */
export async function fetchDataText(path: string, init?: RequestInit): Promise<string> {
  let response: Response;
  try {
    response = await fetch(dataUrl(path), init);
  } catch {
    throw new MessageError(say('load.unreachable'));
  }
  if (!response.ok) throw new MessageError(say('load.http', { status: String(response.status) }));
  try {
    return await response.text();
  } catch {
    throw new MessageError(say('load.brokeOff'));
  }
}

/** A data file's text read as JSON; failing, an error that says the file is cut short or corrupt. */
export function parseDataJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new MessageError(say('load.badJson'));
  }
}

/** Resolves with the file's valid records and, if some were left out, a sentence naming them. */
async function loadOne<T>(
  file: DataFile<T>,
  onProgress: (file: string, fraction: number) => void,
): Promise<{ value: T; leftOut: Message | null }> {
  const { path } = file;
  const text = await fetchDataText(path, { cache: 'no-cache' });
  const parsed =
    file.checkLarge && text.length > LARGE_FILE_CHARS
      ? await file.checkLarge(text, (fraction) => onProgress(path, fraction))
      : file.parse(parseDataJson(text));
  if (!parsed.ok) throw new MessageError(parsed.reason);
  const leftOut = parsed.leftOut.length > 0 ? describeLeftOut(parsed.leftOut, parsed.total) : null;
  return { value: parsed.value, leftOut };
}

export async function loadAppData(
  onProgress: (file: string, fraction: number) => void = () => undefined,
): Promise<{ data: LoadedFiles; failures: LoadFailure[] }> {
  const names = Object.keys(FILES) as Array<keyof typeof FILES>;
  const results = await Promise.allSettled(names.map((n) => loadOne<unknown>(FILES[n], onProgress)));
  const data: Record<string, unknown> = { ...EMPTY_DATA, published: [] };
  const failures: LoadFailure[] = [];
  results.forEach((result, i) => {
    const file = FILES[names[i]!].path;
    if (result.status === 'rejected') {
      failures.push({ file, message: messageOf(result.reason) });
      return;
    }
    data[names[i]!] = result.value.value;
    if (result.value.leftOut) failures.push({ file, message: result.value.leftOut });
  });
  const events = data.events as LoadedFiles['events'];
  if (events.archive) {
    const path = `data/${events.archive}`;
    try {
      data.archive = (
        await loadOne(
          { path, parse: (json) => parseWhole(json, archiveManifest, 'archive-index') },
          onProgress,
        )
      ).value;
    } catch (error) {
      failures.push({ file: path, message: messageOf(error) });
    }
  }
  return { data: data as unknown as LoadedFiles, failures };
}

/**
 * A large events file checked by a worker (events-file-worker.ts): its slices are rebuilt here one task at a
 * time, each event put by its date (DateOrder), so the app's indexes find them in order; the map's
 * GeoJSON of them comes with them, for the tile worker.
 */
function checkEventsInWorker(
  text: string,
  onProgress: (fraction: number) => void,
): Promise<Parsed<AppData['events']>> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./events-file-worker.ts', import.meta.url), {
      type: 'module',
      name: 'events-file',
    });
    const sorted = new DateOrder<EventsCollection['features'][number]>((f) => f.properties);
    worker.onmessage = (event: MessageEvent<EventsFileReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.fraction);
      else if (reply.type === 'events') {
        sorted.add(fromColumns(reply.columns));
      } else {
        worker.terminate();
        if (reply.type === 'failed') resolve({ ok: false, reason: reply.message });
        else
          resolve({
            ok: true,
            value: {
              type: 'FeatureCollection',
              bbox: reply.bbox,
              features: sorted.finish(),
              mapPart: reply.mapPart,
            },
            leftOut: reply.leftOut,
            total: reply.total,
          });
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({
        ok: false,
        reason: say('load.uncheckable', {
          reason: runtimeSaid(event.message, say('load.workerDidNotStart')),
        }),
      });
    };
    worker.postMessage({ text });
  });
}

export async function loadSourceText(file: string): Promise<string> {
  const response = await fetch(dataUrl(`data/sources/${encodeURIComponent(file)}`));
  // The reader says what failed in its own words; this says only how.
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}
