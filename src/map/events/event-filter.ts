/**
 * The event layers' MapLibre filters, put together from the selection rules' expressions (corpus/
 * selection-rules.ts), the same rules the list and the counts test events with. Pure; memoised by callers.
 */
import type { FilterSpecification } from 'maplibre-gl';
import type { EventKind } from '../../records/schema.ts';
import type { DaySpan } from '../../records/day-span.ts';
import {
  COMPARISONS_RULE,
  KIND_RULE,
  RANGE_RULE,
  SOURCES_RULE,
  type Expression,
} from '../../corpus/selection-rules.ts';
import { ALL_YEARS, HAS_YEAR_EXPRESSION, UNDATED } from './year-icons.ts';

const allOf = (parts: ReadonlyArray<Expression | null>): FilterSpecification =>
  ['all', ...parts.filter((p) => p !== null)] as FilterSpecification;

/** Kinds and comparisons, and (a year layer's own) the year. */
export function buildEventFilter(
  year: number | null,
  kinds: ReadonlySet<EventKind>,
  comparisons: boolean,
): FilterSpecification {
  return allOf([
    KIND_RULE.expression({ kinds }, []),
    year === null ? null : ['==', ['get', 'year'], year],
    COMPARISONS_RULE.expression({ comparisons }, []),
  ]);
}

/**
 * The filter of a published archive's events in a range: the range rule over each feature's first and last
 * day, the reader's kinds and comparisons, and not the marks of all years. A year's mark carries its events'
 * first and last day, and shows when those overlap the range.
 */
export function archiveRangeFilter(
  range: DaySpan,
  wholly: boolean,
  kinds: ReadonlySet<EventKind>,
  comparisons: boolean,
): FilterSpecification {
  return allOf([
    KIND_RULE.expression({ kinds }, []),
    RANGE_RULE.expression({ range, wholly }, []),
    COMPARISONS_RULE.expression({ comparisons }, []),
    ['!', ['has', 'allYears']],
  ]);
}

/**
 * The filter of one year's layer: its year (fixed) and the reader's kinds and comparisons. The undated layer
 * takes the events with no year; the all-years layer the marks that stand for every year (aggregate-events.ts).
 */
export function yearLayerFilter(
  key: string,
  kinds: ReadonlySet<EventKind>,
  comparisons: boolean,
): FilterSpecification {
  if (key !== UNDATED && key !== ALL_YEARS) return buildEventFilter(Number(key), kinds, comparisons);
  const [all, ...parts] = buildEventFilter(null, kinds, comparisons) as unknown[];
  const which =
    key === ALL_YEARS ? ['has', 'allYears'] : ['all', ['!', HAS_YEAR_EXPRESSION], ['!', ['has', 'allYears']]];
  return [all, ...parts, which] as FilterSpecification;
}

/**
 * An archive's tiles carry each event's sources (`,a,b,`): with some sources switched off, an event is drawn
 * while one of its sources is on. Null while every source is on.
 */
export function archiveSourcesFilter(
  sourceIds: readonly string[],
  hidden: ReadonlySet<string>,
): FilterSpecification | null {
  return SOURCES_RULE.expression({ hiddenSources: hidden }, sourceIds) as FilterSpecification | null;
}
