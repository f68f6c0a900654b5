/**
 * A site whose events are too many to send to the page whole publishes them as an archive instead
 * (`npm run publish-events`): the map reads vector tiles from `events.pmtiles` by range requests, the legend
 * and timeline read the counts the build tallied (`events-archive.json`), and a place's panel reads that
 * place's events a page at a time (`events-by-place/<place>/<page>.json`). `events.geojson` then holds no
 * events and names the archive.
 */
import { z } from '../records/zod.ts';
import { EVENT_KINDS, slug, type EventKind } from '../records/schema.ts';
import { dayOf, daySpanOf, partsOfDay } from '../records/day-span.ts';
import type { DatePrecision } from '../records/record-terms.ts';
import { TimeIndexBuilder, UNDATED_DAY, type TimeIndex } from '../records/time-index.ts';

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

/** Whole numbers, checked in one plain loop: a million events' tallies hold a million and more. */
const wholeNumbers = z.custom<number[]>((v) => Array.isArray(v) && v.every(Number.isInteger), {
  message: 'expected a list of whole numbers',
});

/**
 * Day tallies of the events that share one list of sources: how many events of a kind, inside or abroad, span
 * the same days. An event dated to its month is one span of the month's days, so the timeline spreads it as
 * it spreads a loaded one. Dated spans in columns, oldest first (a million events make some 300,000 of
 * them): `first` the first day (days since 1970) as the step from the entry before, `span` its last day
 * less its first, `kind` the kind's place in EVENT_KINDS times two plus one when abroad, `n` the events.
 */
const sourceTally = z.object({
  sourceIds: z.array(slug),
  days: z
    .object({ first: wholeNumbers, span: wholeNumbers, kind: wholeNumbers, n: wholeNumbers })
    .refine((d) => [d.span, d.kind, d.n].every((column) => column.length === d.first.length), {
      message: 'the columns differ in length',
    }),
  undated: z.array(z.tuple([z.enum(EVENT_KINDS), z.boolean(), z.number().int().positive()])),
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

/** A group's tallies as a time index, made once per manifest. */
const groupIndexes = new WeakMap<ArchiveManifest['tallies'][number], TimeIndex>();

function groupIndex(group: ArchiveManifest['tallies'][number]): TimeIndex {
  let index = groupIndexes.get(group);
  if (index) return index;
  const { first, span, kind, n } = group.days;
  const dated = first.length;
  const length = dated + group.undated.length;
  index = {
    length,
    from: new Int32Array(length).fill(UNDATED_DAY),
    to: new Int32Array(length).fill(UNDATED_DAY),
    kind: new Uint8Array(length),
    abroad: new Uint8Array(length),
    weight: new Float64Array(length),
    extent: null,
  };
  let day = 0;
  let last = -Infinity;
  for (let i = 0; i < dated; i++) {
    day += first[i]!;
    index.from[i] = day;
    index.to[i] = day + span[i]!;
    index.kind[i] = kind[i]! >> 1;
    index.abroad[i] = kind[i]! & 1;
    index.weight[i] = n[i]!;
    last = Math.max(last, index.to[i]!);
  }
  group.undated.forEach(([k, abroad, count], u) => {
    index!.kind[dated + u] = EVENT_KINDS.indexOf(k);
    index!.abroad[dated + u] = abroad ? 1 : 0;
    index!.weight[dated + u] = count;
  });
  if (dated > 0) index.extent = { from: index.from[0]!, to: last };
  groupIndexes.set(group, index);
  return index;
}

/** The tallies of the sources switched on into a time index: an event counts while one of its sources is on. */
export function addArchiveTallies(
  into: TimeIndexBuilder,
  manifest: ArchiveManifest,
  hidden: ReadonlySet<string>,
): void {
  for (const group of manifest.tallies) {
    if (hidden.size > 0 && group.sourceIds.every((id) => hidden.has(id))) continue;
    into.addIndex(groupIndex(group));
  }
}

export function archiveYears(manifest: ArchiveManifest): Set<number | null> {
  const years = new Set<number | null>();
  for (const group of manifest.tallies) {
    if (group.undated.length > 0) years.add(null);
    // Oldest first: a year is looked up once, at its first day.
    const { from } = groupIndex(group);
    let nextYear = -Infinity;
    for (let i = 0; i < from.length; i++) {
      if (from[i] === UNDATED_DAY || from[i]! < nextYear) continue;
      const { year } = partsOfDay(from[i]!);
      years.add(year);
      nextYear = dayOf(year + 1);
    }
  }
  return years;
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
  type Entry = { from: number; to: number; kind: number; n: number };
  const groups = new Map<
    string,
    { sourceIds: string[]; dated: Map<string, Entry>; undated: Map<string, [EventKind, boolean, number]> }
  >();
  for (const e of events) {
    const sourceIds = [...e.sourceIds].sort();
    const key = sourceIds.join(',');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { sourceIds, dated: new Map(), undated: new Map() }));
    const span = daySpanOf(e.datePrecision, e.date);
    if (span === null) {
      const undated = group.undated.get(`${e.kind}|${e.abroad}`);
      if (undated) undated[2] += 1;
      else group.undated.set(`${e.kind}|${e.abroad}`, [e.kind, e.abroad, 1]);
      continue;
    }
    const kind = EVENT_KINDS.indexOf(e.kind) * 2 + (e.abroad ? 1 : 0);
    const countKey = `${span[0]}|${span[1]}|${kind}`;
    const entry = group.dated.get(countKey);
    if (entry) entry.n += 1;
    else group.dated.set(countKey, { from: span[0], to: span[1], kind, n: 1 });
  }
  return [...groups.values()].map((g) => {
    const dated = [...g.dated.values()].sort((a, b) => a.from - b.from || a.to - b.to || a.kind - b.kind);
    return {
      sourceIds: g.sourceIds,
      days: {
        first: dated.map((d, i) => d.from - (i === 0 ? 0 : dated[i - 1]!.from)),
        span: dated.map((d) => d.to - d.from),
        kind: dated.map((d) => d.kind),
        n: dated.map((d) => d.n),
      },
      undated: [...g.undated.values()],
    };
  });
}
