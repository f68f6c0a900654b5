/**
 * What the reader has selected (year, kinds, sources, comparisons) and the pure functions that apply it.
 * The map, legend, timeline, list and panels all read through these, so they always agree.
 */
import type { Claim, EventKind, EventProperties, Excerpt } from './schema.ts';
import { EVENT_KINDS } from './schema.ts';

export const FIRST_YEAR = 2005;
export const LAST_YEAR = 2017;
export const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

export interface Selection {
  /** A year, or null for all years (undated events show only under all years). */
  year: number | null;
  kinds: ReadonlySet<EventKind>;
  /** Regional comparisons outside Kazakhstan (Nalchik, Tajikistan, Kyrgyzstan). */
  comparisons: boolean;
  /** Sources switched off by the reader. */
  hiddenSources: ReadonlySet<string>;
  placeId: string | null;
}

export const DEFAULT_SELECTION: Selection = {
  year: null,
  kinds: new Set(EVENT_KINDS),
  comparisons: true,
  hiddenSources: new Set(),
  placeId: null,
};

/** An event stands while at least one source that reports it is switched on. */
export function reportedByVisibleSource(
  event: Pick<EventProperties, 'sourceIds'>,
  hidden: ReadonlySet<string>,
): boolean {
  return event.sourceIds.some((id) => !hidden.has(id));
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

export function countByKind(events: readonly EventProperties[], s: Selection): Record<EventKind, number> {
  const counts = Object.fromEntries(EVENT_KINDS.map((k) => [k, 0])) as Record<EventKind, number>;
  // Counts ignore the kind toggles so a switched-off kind still says how many it would show.
  const all = { ...s, kinds: new Set(EVENT_KINDS) };
  for (const e of events) if (matchesSelection(e, all)) counts[e.kind] += 1;
  return counts;
}

export function countByYear(events: readonly EventProperties[], s: Selection): Map<number, number> {
  const counts = new Map(YEARS.map((y) => [y, 0]));
  for (const e of events) {
    if (e.year !== null && counts.has(e.year) && matchesIgnoringYear(e, s))
      counts.set(e.year, counts.get(e.year)! + 1);
  }
  return counts;
}

export function visibleExcerpts<T extends Pick<Excerpt, 'sourceId'>>(
  excerpts: readonly T[],
  hidden: ReadonlySet<string>,
): T[] {
  return excerpts.filter((x) => !hidden.has(x.sourceId));
}

export function visibleClaims(claims: readonly Claim[], hidden: ReadonlySet<string>): Claim[] {
  return claims.filter((c) => !hidden.has(c.sourceId));
}
