/**
 * Loads public/data once, outside React, and parses every file with the shared schema. Each file loads on
 * its own, and each record is checked on its own: a missing or corrupt file, or a record that breaks the
 * contract, becomes a named failure, and whatever did load stays usable.
 */
import { describeLeftOut, parseFeatureCollection, parseList, type Parsed } from './parse-records.ts';
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
} from './schema.ts';

export interface AppData {
  places: PlacesCollection;
  events: EventsCollection;
  sources: Source[];
  excerpts: Excerpt[];
  claims: Claim[];
}

export interface LoadFailure {
  file: string;
  message: string;
}

interface DataFile<T> {
  path: string;
  parse: (json: unknown) => Parsed<T>;
}

const FILES: { [K in keyof AppData]: DataFile<AppData[K]> } = {
  places: { path: 'data/places.geojson', parse: (json) => parseFeatureCollection(json, placeFeature) },
  events: { path: 'data/events.geojson', parse: (json) => parseFeatureCollection(json, eventFeature) },
  sources: { path: 'data/sources.json', parse: (json) => parseList(json, sourceRecord) },
  excerpts: { path: 'data/excerpts.json', parse: (json) => parseList(json, excerptRecord) },
  claims: { path: 'data/claims.json', parse: (json) => parseList(json, claimOutput) },
};

export const EMPTY_DATA: AppData = {
  places: { type: 'FeatureCollection', features: [] },
  events: { type: 'FeatureCollection', features: [] },
  sources: [],
  excerpts: [],
  claims: [],
};

export function dataUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

/** Resolves with the file's valid records and, if some were left out, a sentence naming them. */
async function loadOne<T>(file: DataFile<T>): Promise<{ value: T; leftOut: string | null }> {
  const { path } = file;
  let response: Response;
  try {
    response = await fetch(dataUrl(path), { cache: 'no-cache' });
  } catch {
    throw new Error('could not be fetched (the server did not answer)');
  }
  if (!response.ok) throw new Error(`could not be loaded (HTTP ${response.status})`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error('is not valid JSON (the file may be cut short or corrupt)');
  }
  const parsed = file.parse(json);
  if (!parsed.ok) throw new Error(parsed.reason);
  const leftOut = parsed.leftOut.length > 0 ? describeLeftOut(parsed.leftOut, parsed.total) : null;
  return { value: parsed.value, leftOut };
}

export async function loadAppData(): Promise<{ data: AppData; failures: LoadFailure[] }> {
  const names = Object.keys(FILES) as Array<keyof typeof FILES>;
  const results = await Promise.allSettled(names.map((n) => loadOne<unknown>(FILES[n])));
  const data: Record<string, unknown> = { ...EMPTY_DATA };
  const failures: LoadFailure[] = [];
  results.forEach((result, i) => {
    const file = FILES[names[i]!].path;
    if (result.status === 'rejected') {
      failures.push({ file, message: (result.reason as Error).message });
      return;
    }
    data[names[i]!] = result.value.value;
    if (result.value.leftOut) failures.push({ file, message: result.value.leftOut });
  });
  return { data: data as unknown as AppData, failures };
}

export async function loadSourceText(file: string): Promise<string> {
  const response = await fetch(dataUrl(`data/sources/${encodeURIComponent(file)}`));
  if (!response.ok) throw new Error(`The article could not be loaded (HTTP ${response.status}).`);
  return response.text();
}
