/**
 * What the reader has selected (year, kinds, sources, comparisons) and the pure functions that apply it.
 * The map, legend, timeline, list and panels all read through these, so they always agree.
 */
import type { EventKind, EventProperties } from '../records/schema.ts';
import { EVENT_KINDS } from '../records/schema.ts';
import type { Language } from '../i18n/languages.ts';

export interface Selection {
  /** A year, or null for all years (undated events show only under all years). */
  year: number | null;
  kinds: ReadonlySet<EventKind>;
  /** Regional comparisons outside Kazakhstan (Nalchik, Tajikistan, Kyrgyzstan). */
  comparisons: boolean;
  /** Sources switched off by the reader. */
  hiddenSources: ReadonlySet<string>;
  placeId: string | null;
  /** The article open in the reader: at one of its passages, or (excerptId null) from the top. */
  reading: Reading | null;
  /** The interface's language as the reader chose it (`?lang=`), or null: the browser's then decides. */
  lang: Language | null;
}

export interface Reading {
  sourceId: string;
  excerptId: string | null;
}

export const DEFAULT_SELECTION: Selection = {
  year: null,
  kinds: new Set(EVENT_KINDS),
  comparisons: true,
  hiddenSources: new Set(),
  placeId: null,
  reading: null,
  lang: null,
};

/** An event stands while at least one source that reports it is switched on. */
export function reportedByVisibleSource(
  event: Pick<EventProperties, 'sourceIds'>,
  hidden: ReadonlySet<string>,
): boolean {
  // Called for every event when counts are made (100,000 and more): a plain loop, and no look at all while
  // every source is shown.
  if (hidden.size === 0) return true;
  for (const id of event.sourceIds) if (!hidden.has(id)) return true;
  return false;
}

/** Everything but the year: used for the timeline's bars, which show every year at once. */
export function matchesIgnoringYear(event: EventProperties, s: Selection): boolean {
  return (
    s.kinds.has(event.kind) &&
    (s.comparisons || !event.abroad) &&
    reportedByVisibleSource(event, s.hiddenSources)
  );
}

export function matchesSelection(event: EventProperties, s: Selection): boolean {
  return (s.year === null || event.year === s.year) && matchesIgnoringYear(event, s);
}

/**
 * Counts of events by year, kind and inside/abroad, for the sources switched on. Built once per data or
 * source change, so a year or kind change reads counts in constant time instead of walking every event.
 */
export type Tally = Map<number, number>;

/** A year, or every year at once (undated events and years off the timeline included). */
type TallyYear = number | 'all';
const ALL: TallyYear[] = ['all'];

// A number, not a string: 100,000 events make 200,000 keys. Year 0 stands for every year (no event has it).
const KIND_INDEX = new Map(EVENT_KINDS.map((k, i) => [k, i]));
const tallyKey = (year: TallyYear, kind: EventKind, abroad: boolean) =>
  ((year === 'all' ? 0 : year) * 16 + KIND_INDEX.get(kind)!) * 2 + (abroad ? 1 : 0);

export function tallyEvents(events: readonly EventProperties[], hidden: ReadonlySet<string>): Tally {
  const tally: Tally = new Map();
  for (const e of events) if (reportedByVisibleSource(e, hidden)) countInto(tally, e);
  return tally;
}

/** Adds one event (or `n` alike, from a tally the build wrote) to a tally. */
export function countInto(tally: Tally, e: Pick<EventProperties, 'kind' | 'abroad' | 'year'>, n = 1): void {
  const all = tallyKey('all', e.kind, e.abroad);
  tally.set(all, (tally.get(all) ?? 0) + n);
  if (e.year === null) return;
  const key = tallyKey(e.year, e.kind, e.abroad);
  tally.set(key, (tally.get(key) ?? 0) + n);
}

/** Adds a tally made apart (a dataset's) to another. */
export function addTally(into: Tally, from: Tally): Tally {
  for (const [key, n] of from) into.set(key, (into.get(key) ?? 0) + n);
  return into;
}

function sum(
  tally: Tally,
  years: readonly TallyYear[],
  kinds: readonly EventKind[],
  comparisons: boolean,
): number {
  let total = 0;
  for (const year of years) {
    for (const kind of kinds) {
      total += tally.get(tallyKey(year, kind, false)) ?? 0;
      if (comparisons) total += tally.get(tallyKey(year, kind, true)) ?? 0;
    }
  }
  return total;
}

/** Per kind, in the chosen year (or all); kinds switched off still say how many they would show. */
export function kindCounts(tally: Tally, s: Selection): Record<EventKind, number> {
  const years = s.year === null ? ALL : [s.year];
  return Object.fromEntries(EVENT_KINDS.map((k) => [k, sum(tally, years, [k], s.comparisons)])) as Record<
    EventKind,
    number
  >;
}

/** Per year on the timeline, for the kinds shown: the bars show every year whichever is chosen. */
export function yearCounts(
  tally: Tally,
  s: Pick<Selection, 'kinds' | 'comparisons'>,
  years: readonly number[],
): Map<number, number> {
  return new Map(years.map((y) => [y, sum(tally, [y], [...s.kinds], s.comparisons)]));
}

/** Regional comparisons (abroad) in the chosen year for the kinds shown, whether or not they are switched on. */
export function comparisonCount(tally: Tally, s: Selection): number {
  const years = s.year === null ? ALL : [s.year];
  return sum(tally, years, [...s.kinds], true) - sum(tally, years, [...s.kinds], false);
}

/** The claims or excerpts whose source is switched on. */
export function fromShownSources<T extends { sourceId: string }>(
  items: readonly T[],
  hidden: ReadonlySet<string>,
): T[] {
  return items.filter((x) => !hidden.has(x.sourceId));
}

/**
 * A place's passages read source by source: one group per source, in the order the data list the sources,
 * each group's passages in the order they stand in its text.
 */
export function groupedBySource<T extends { sourceId: string; start: number }>(
  excerpts: readonly T[],
  sourceOrder: readonly string[],
): Array<{ sourceId: string; excerpts: T[] }> {
  const groups = new Map<string, T[]>();
  for (const x of excerpts) {
    const group = groups.get(x.sourceId);
    if (group) group.push(x);
    else groups.set(x.sourceId, [x]);
  }
  const rank = (id: string) => {
    const i = sourceOrder.indexOf(id);
    return i === -1 ? sourceOrder.length : i;
  };
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([sourceId, list]) => ({ sourceId, excerpts: list.sort((x, y) => x.start - y.start) }));
}

/**
 * A place's passages for the chosen year, and those the year leaves out (other years, or no dated event):
 * a reader who picked a year is told the rest exist rather than left to think the sources say no more.
 * `index` is the place's per-year index from the build ("undated" holds the passages of no year).
 */
export function placeExcerptIds(
  index: Readonly<Record<string, { excerptIds: readonly string[] }>>,
  year: number | null,
): { inYear: string[]; otherYears: string[] } {
  const all = new Set(Object.values(index).flatMap((entry) => entry.excerptIds));
  if (year === null) return { inYear: [...all], otherYears: [] };
  const inYear = new Set(index[String(year)]?.excerptIds ?? []);
  return { inYear: [...inYear], otherYears: [...all].filter((id) => !inYear.has(id)) };
}
