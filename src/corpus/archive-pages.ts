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
import { dayOf, parseDateSpan, type DaySpan } from '../records/day-span.ts';

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

/**
 * The pages of a place that can hold events of the range (all of them for all time), in order. Pages run
 * oldest first by their date as written; an event dated to its year sorts before its year's days but spans all
 * of it, so a page is kept while its first date starts before the range ends and its last date's year (and a
 * week's three days past it) reaches the range's start.
 */
export function pagesFor(manifest: ArchiveManifest, placeId: string, range: DaySpan | null): number[] {
  const pages = manifest.places[placeId]?.pages ?? [];
  const out: number[] = [];
  pages.forEach((p, i) => {
    if (range === null) return out.push(i);
    // Undated events come last, so a page that starts undated holds no dated event.
    if (p.first === null) return;
    const starts = parseDateSpan(p.first)?.from ?? -Infinity;
    const lastYear = Number((p.last ?? '9999').slice(0, 4));
    if (starts <= range.to && dayOf(lastYear + 1, 1, 3) >= range.from) out.push(i);
  });
  return out;
}
