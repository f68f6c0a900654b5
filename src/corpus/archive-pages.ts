/**
 * A place's events from a site published as an archive, read a page at a time (1,000 events, oldest first)
 * and checked like every data file: a record that breaks the contract is left out and counted. Pages read
 * stay cached while the reader moves between places and years; the oldest go first past a few dozen.
 */
import { MessageError, messageOf, say, type Message } from '../i18n/message.ts';
import { placePagePath, type ArchiveManifest } from './event-archive.ts';
import { fetchDataText, parseDataJson } from './load-data.ts';
import { parseFeatureCollection } from './parse-records.ts';
import { eventFeature, type EventProperties } from '../records/schema.ts';

export interface ArchivePage {
  events: EventProperties[];
  /** Records of the page that break the contract, left out. */
  leftOut: number;
}

const CACHED_PAGES = 40;
const cache = new Map<string, Promise<ArchivePage>>();

async function readPage(path: string): Promise<ArchivePage> {
  const file = `data/${path}`;
  const fault = (reason: Message) => new MessageError(say('load.fileFault', { file, reason }));
  let json: unknown;
  try {
    json = parseDataJson(await fetchDataText(file));
  } catch (error) {
    throw fault(messageOf(error));
  }
  const parsed = parseFeatureCollection(json, eventFeature);
  if (!parsed.ok) throw fault(parsed.reason);
  return { events: parsed.value.features.map((f) => f.properties), leftOut: parsed.leftOut.length };
}

export function archivePage(placeId: string, page: number): Promise<ArchivePage> {
  const path = placePagePath(placeId, page);
  let pending = cache.get(path);
  if (!pending) {
    pending = readPage(path);
    // A page that failed is asked for again next time.
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
    if (cache.size > CACHED_PAGES) cache.delete(cache.keys().next().value!);
  }
  return pending;
}

/** The pages of a place that can hold events of `year` (all of them for all years), in order. */
export function pagesFor(manifest: ArchiveManifest, placeId: string, year: number | null): number[] {
  const pages = manifest.places[placeId]?.pages ?? [];
  const out: number[] = [];
  pages.forEach((p, i) => {
    if (year === null) return out.push(i);
    // Pages run oldest first; undated events come last, so a page that starts undated holds no dated event.
    const firstYear = p.first === null ? Infinity : Number(p.first.slice(0, 4));
    const lastYear = p.last === null ? Infinity : Number(p.last.slice(0, 4));
    if (firstYear <= year && lastYear >= year) out.push(i);
  });
  return out;
}
