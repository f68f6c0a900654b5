/**
 * What the reader has selected (range of days, kinds, sources, comparisons) and the pure functions that apply it.
 * The map, legend, timeline, list and panels all read through these, so they always agree.
 */
import type { EventKind, EventProperties } from '../records/schema.ts';
import { EVENT_KINDS } from '../records/schema.ts';
import type { Language } from '../i18n/languages.ts';
import { reportedByVisibleSource } from './selection-rules.ts';
import { countInRange, TimeIndexBuilder, type TimeIndex } from '../records/time-index.ts';
import { yearsOf, type DaySpan } from '../records/day-span.ts';

export { matchesSelection, reportedByVisibleSource } from './selection-rules.ts';

export interface Selection {
  /** The days shown, both ends included, or null for all time (undated events show only then). */
  range: DaySpan | null;
  /** Only events known to lie wholly inside the range (an event dated to its month overlaps many ranges). */
  wholly: boolean;
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
  range: null,
  wholly: false,
  kinds: new Set(EVENT_KINDS),
  comparisons: true,
  hiddenSources: new Set(),
  placeId: null,
  reading: null,
  lang: null,
};

/** The time index of the events at least one switched-on source reports. */
export function timeIndexOf(
  events: readonly EventProperties[],
  hidden: ReadonlySet<string>,
): TimeIndexBuilder {
  const builder = new TimeIndexBuilder();
  for (const e of events) if (reportedByVisibleSource(e, hidden)) builder.addEvent(e);
  return builder;
}

export interface SelectionCounts {
  /** Per kind in the range (or all time); kinds switched off still say how many they would show. */
  byKind: Record<EventKind, number>;
  /** Regional comparisons (abroad) in the range for the kinds shown, whether or not they are switched on. */
  comparisons: number;
  /** What the map and the list show. */
  shown: number;
}

export function selectionCounts(index: TimeIndex, s: Selection): SelectionCounts {
  const { inside, abroad } = countInRange(index, s.range, s.wholly);
  const byKind = Object.fromEntries(
    EVENT_KINDS.map((k, i) => [k, inside[i]! + (s.comparisons ? abroad[i]! : 0)]),
  ) as Record<EventKind, number>;
  let comparisons = 0;
  let shown = 0;
  EVENT_KINDS.forEach((k, i) => {
    if (!s.kinds.has(k)) return;
    comparisons += abroad[i]!;
    shown += byKind[k];
  });
  return { byKind, comparisons, shown };
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
 * A place's passages for the years the range touches, and those it leaves out (other years, or no dated event):
 * a reader who picked a range is told the rest exist rather than left to think the sources say no more.
 * `index` is the place's per-year index from the build ("undated" holds the passages of no year). Passages go
 * by year, as the build indexes them: a range of days inside 2016 keeps all of 2016's passages.
 */
export function placeExcerptIds(
  index: Readonly<Record<string, { excerptIds: readonly string[] }>>,
  range: DaySpan | null,
): { inYear: string[]; otherYears: string[] } {
  const all = new Set(Object.values(index).flatMap((entry) => entry.excerptIds));
  if (range === null) return { inYear: [...all], otherYears: [] };
  const [first, last] = yearsOf(range);
  const inYear = new Set<string>();
  for (let year = first; year <= last; year++)
    for (const id of index[String(year)]?.excerptIds ?? []) inYear.add(id);
  return { inYear: [...inYear], otherYears: [...all].filter((id) => !inYear.has(id)) };
}
