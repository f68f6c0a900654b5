/**
 * What the reader has selected (year, kinds, sources, comparisons) and the pure functions that apply it.
 * The map, legend, timeline, list and panels all read through these, so they always agree.
 */
import type { EventKind, EventProperties } from '../records/schema.ts';
import { EVENT_KINDS } from '../records/schema.ts';
import type { Language } from '../i18n/languages.ts';
import { reportedByVisibleSource } from './selection-rules.ts';
import { countInto, sumTally, type Tally, type TallyYear } from '../records/event-tally.ts';

export { addTally, countInto, type Tally } from '../records/event-tally.ts';
export { matchesIgnoringYear, matchesSelection, reportedByVisibleSource } from './selection-rules.ts';

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

/** The tally of the events at least one switched-on source reports. */
export function tallyEvents(events: readonly EventProperties[], hidden: ReadonlySet<string>): Tally {
  const tally: Tally = new Map();
  for (const e of events) if (reportedByVisibleSource(e, hidden)) countInto(tally, e);
  return tally;
}

const ALL: TallyYear[] = ['all'];
/** Per kind, in the chosen year (or all); kinds switched off still say how many they would show. */
export function kindCounts(tally: Tally, s: Selection): Record<EventKind, number> {
  const years = s.year === null ? ALL : [s.year];
  return Object.fromEntries(
    EVENT_KINDS.map((k) => [k, sumTally(tally, years, [k], s.comparisons)]),
  ) as Record<EventKind, number>;
}

/** Per year on the timeline, for the kinds shown: the bars show every year whichever is chosen. */
export function yearCounts(
  tally: Tally,
  s: Pick<Selection, 'kinds' | 'comparisons'>,
  years: readonly number[],
): Map<number, number> {
  return new Map(years.map((y) => [y, sumTally(tally, [y], [...s.kinds], s.comparisons)]));
}

/** Regional comparisons (abroad) in the chosen year for the kinds shown, whether or not they are switched on. */
export function comparisonCount(tally: Tally, s: Selection): number {
  const years = s.year === null ? ALL : [s.year];
  return sumTally(tally, years, [...s.kinds], true) - sumTally(tally, years, [...s.kinds], false);
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
