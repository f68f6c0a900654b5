/**
 * The rules that decide whether an event is shown, each written once in two forms side by side: a test on an
 * event (the list, the panels, the counts, the exports) and the same test as a MapLibre filter expression over
 * the map's features (map/events/event-filter.ts puts them together). A unit test runs both forms on the same
 * events and selections and holds them equal.
 */
import type { EventKind, EventProperties } from '../records/schema.ts';
import { daySpanOf, spanShown, type DaySpan } from '../records/day-span.ts';

/** The part of the reader's selection (selection.ts) that decides what is shown. */
export interface ShownFilter {
  /** The days shown, both ends included, or null for all time (undated events show only then). */
  range: DaySpan | null;
  /** Only events known to lie wholly inside the range, not those that may merely overlap it. */
  wholly: boolean;
  kinds: ReadonlySet<EventKind>;
  comparisons: boolean;
  hiddenSources: ReadonlySet<string>;
}

/** A MapLibre expression as plain JSON (the map's layer code gives it its type). */
export type Expression = unknown[];

/** A rule over events of shape `E`, reading the part `K` of the selection. */
interface Rule<E, K extends keyof ShownFilter> {
  test: (event: E, s: Pick<ShownFilter, K>) => boolean;
  /** The same test on a map feature's properties; null when it lets every event through. `sourceIds`: every
   * source the features may carry. */
  expression: (s: Pick<ShownFilter, K>, sourceIds: readonly string[]) => Expression | null;
}

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

export const KIND_RULE: Rule<Pick<EventProperties, 'kind'>, 'kinds'> = {
  test: (e, s) => s.kinds.has(e.kind),
  expression: (s) => ['in', ['get', 'kind'], ['literal', [...s.kinds].sort()]],
};

/** Regional comparisons (events abroad) only while they are switched on. */
export const COMPARISONS_RULE: Rule<Pick<EventProperties, 'abroad'>, 'comparisons'> = {
  test: (e, s) => s.comparisons || !e.abroad,
  expression: (s) => (s.comparisons ? null : ['!', ['get', 'abroad']]),
};

/**
 * A range of days, or all time (undated events show only then). An event dated to its week, month or year
 * spans those days (records/day-span.ts): it is shown when its span overlaps the range, or, `wholly`, only when
 * its span lies inside it. The map's features carry the span as `dayFrom` and `dayTo` (map-feature-text.ts).
 */
export const RANGE_RULE: Rule<Pick<EventProperties, 'date' | 'datePrecision'>, 'range' | 'wholly'> = {
  test: (e, s) => {
    if (s.range === null) return true;
    const span = daySpanOf(e.datePrecision, e.date);
    return span !== null && spanShown(span[0], span[1], s.range, s.wholly);
  },
  expression: (s) => {
    if (s.range === null) return null;
    const [first, last] = s.wholly ? ['dayFrom', 'dayTo'] : ['dayTo', 'dayFrom'];
    return [
      'all',
      ['has', 'dayFrom'],
      ['>=', ['get', first], s.range.from],
      ['<=', ['get', last], s.range.to],
    ];
  },
};

/**
 * Sources switched off. The articles' events reach the map already sifted by this rule (map-events.ts); an
 * archive's tiles carry each event's sources as `,a,b,` (map-feature-text.ts), which the expression searches.
 */
export const SOURCES_RULE: Rule<Pick<EventProperties, 'sourceIds'>, 'hiddenSources'> = {
  test: (e, s) => reportedByVisibleSource(e, s.hiddenSources),
  expression: (s, sourceIds) =>
    s.hiddenSources.size === 0
      ? null
      : [
          'any',
          ...sourceIds
            .filter((id) => !s.hiddenSources.has(id))
            .map((id) => ['in', `,${id},`, ['get', 'sources']]),
        ],
};

/** Everything but the range: the timeline's histogram shows all time at once. */
export function matchesIgnoringRange(event: EventProperties, s: ShownFilter): boolean {
  return KIND_RULE.test(event, s) && COMPARISONS_RULE.test(event, s) && SOURCES_RULE.test(event, s);
}

export function matchesSelection(event: EventProperties, s: ShownFilter): boolean {
  return RANGE_RULE.test(event, s) && matchesIgnoringRange(event, s);
}
