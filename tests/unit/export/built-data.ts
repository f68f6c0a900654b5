/** The app's data as the build wrote it to public/data, read through the app's own schemas. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppData } from '../../../src/corpus/load-data.ts';
import {
  claimsFile,
  eventsCollection,
  excerptsFile,
  translationsFile,
  placesCollection,
  sourcesFile,
} from '../../../src/records/schema.ts';

const DATA = new URL('../../../public/data/', import.meta.url).pathname;
const read = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));

export function builtData(): AppData {
  return {
    places: placesCollection.parse(read('places.geojson')),
    events: eventsCollection.parse(read('events.geojson')),
    sources: sourcesFile.parse(read('sources.json')),
    excerpts: excerptsFile.parse(read('excerpts.json')),
    claims: claimsFile.parse(read('claims.json')),
    translations: translationsFile.parse(read('translations.json')),
  };
}
