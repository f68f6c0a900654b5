/**
 * A site whose events are too many to send to the page whole publishes them as an archive instead
 * (`npm run publish-events`): the map reads vector tiles from `events.pmtiles` by range requests, the legend
 * and timeline read the counts the build tallied (`events-archive.json`), and a place's panel reads that
 * place's events a page at a time (`events-by-place/<place>/<page>.json`). `events.geojson` then holds no
 * events and names the archive.
 */
import { z } from '../records/zod.ts';
import { EVENT_KINDS, slug, type EventKind } from '../records/schema.ts';
import { daySpanOf, partsOfDay } from '../records/day-span.ts';
import type { DatePrecision } from '../records/record-terms.ts';
import type { TimeIndexBuilder } from '../records/time-index.ts';

/**
 * Above this many events a set is published as an archive. Measured on this machine with the bench's set
 * (docs/scaling.md): loaded whole, 100,000 events hold about 92 MB of JavaScript heap, near 0.9 MB per
 * 1,000 events, so the 200 MB the page may use is reached near 215,000; the archive's page holds 40 MB
 * whatever the count.
 */
export const ARCHIVE_THRESHOLD = 200_000;

/** Events per page of a place's list: one page is about 400 KB of JSON. */
export const ARCHIVE_PAGE_SIZE = 1000;

export const ARCHIVE_FILE = 'events-archive.json';
export const ARCHIVE_TILES = 'events.pmtiles';
export const placePagePath = (placeId: string, page: number) => `events-by-place/${placeId}/${page}.json`;

const day = z.number().int().nullable();

/**
 * Day tallies of the events that share one list of sources: how many events of a kind, inside or abroad, span
 * the same days (first and last day, days since 1970; null undated). An event dated to its month is one span
 * of the month's days, so the timeline spreads it as it spreads a loaded one.
 */
const sourceTally = z.object({
  sourceIds: z.array(slug),
  counts: z.array(z.tuple([day, day, z.enum(EVENT_KINDS), z.boolean(), z.number().int().positive()])),
});

export const archiveManifest = z.object({
  count: z.number().int().nonnegative(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  tiles: z.string(),
  pageSize: z.number().int().positive(),
  tallies: z.array(sourceTally),
  /** Each place's events, oldest first, in pages: the first and last date of each (null: undated). */
  places: z.record(
    slug,
    z.object({
      count: z.number().int().positive(),
      pages: z.array(
        z.object({ first: z.string().nullable(), last: z.string().nullable(), n: z.number().int() }),
      ),
    }),
  ),
});
export type ArchiveManifest = z.infer<typeof archiveManifest>;

/** The tallies of the sources switched on into a time index: an event counts while one of its sources is on. */
export function addArchiveTallies(
  into: TimeIndexBuilder,
  manifest: ArchiveManifest,
  hidden: ReadonlySet<string>,
): void {
  for (const group of manifest.tallies) {
    if (hidden.size > 0 && group.sourceIds.every((id) => hidden.has(id))) continue;
    for (const entry of group.counts) into.addEntry(entry);
  }
}

export function archiveYears(manifest: ArchiveManifest): Set<number | null> {
  return new Set(
    manifest.tallies.flatMap((g) => g.counts.map(([from]) => (from === null ? null : partsOfDay(from).year))),
  );
}

/** Tallies of a set of events, one per list of sources, as the build writes them. */
export function tallyBySources(
  events: Iterable<{
    date: string | null;
    datePrecision: DatePrecision;
    kind: EventKind;
    abroad: boolean;
    sourceIds: readonly string[];
  }>,
): ArchiveManifest['tallies'] {
  type Count = ArchiveManifest['tallies'][number]['counts'][number];
  const groups = new Map<string, { sourceIds: string[]; counts: Map<string, Count> }>();
  for (const e of events) {
    const sourceIds = [...e.sourceIds].sort();
    const key = sourceIds.join(',');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { sourceIds, counts: new Map() }));
    const [from, to] = daySpanOf(e.datePrecision, e.date) ?? [null, null];
    const countKey = `${from}|${to}|${e.kind}|${e.abroad}`;
    const count = group.counts.get(countKey);
    if (count) count[4] += 1;
    else group.counts.set(countKey, [from, to, e.kind, e.abroad, 1]);
  }
  return [...groups.values()].map((g) => ({ sourceIds: g.sourceIds, counts: [...g.counts.values()] }));
}
