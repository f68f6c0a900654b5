/**
 * Loads public/data once, outside React, and parses every file with the shared schema. Each file loads on
 * its own: one missing or corrupt file becomes a named failure, and whatever did load stays usable.
 */
import type { z } from 'zod';
import {
  claimsFile,
  eventsCollection,
  excerptsFile,
  placesCollection,
  sourcesFile,
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

const FILES = {
  places: { path: 'data/places.geojson', schema: placesCollection },
  events: { path: 'data/events.geojson', schema: eventsCollection },
  sources: { path: 'data/sources.json', schema: sourcesFile },
  excerpts: { path: 'data/excerpts.json', schema: excerptsFile },
  claims: { path: 'data/claims.json', schema: claimsFile },
} as const;

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

async function loadOne<S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>> {
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
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new Error(`does not match the data contract (${first.path.join('.') || 'root'}: ${first.message})`);
  }
  return parsed.data;
}

export async function loadAppData(): Promise<{ data: AppData; failures: LoadFailure[] }> {
  const names = Object.keys(FILES) as Array<keyof typeof FILES>;
  const results = await Promise.allSettled(names.map((n) => loadOne(FILES[n].path, FILES[n].schema)));
  const data: Record<string, unknown> = { ...EMPTY_DATA };
  const failures: LoadFailure[] = [];
  results.forEach((result, i) => {
    const name = names[i]!;
    if (result.status === 'fulfilled') data[name] = result.value;
    else failures.push({ file: FILES[name].path, message: (result.reason as Error).message });
  });
  return { data: data as unknown as AppData, failures };
}

export async function loadSourceText(file: string): Promise<string> {
  const response = await fetch(dataUrl(`data/sources/${encodeURIComponent(file)}`));
  if (!response.ok) throw new Error(`The article could not be loaded (HTTP ${response.status}).`);
  return response.text();
}
