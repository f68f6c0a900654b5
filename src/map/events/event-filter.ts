/** Builds the MapLibre filters for the event layers: pure functions, memoised by callers. */
import type { FilterSpecification } from 'maplibre-gl';
import type { EventKind } from '../../records/schema.ts';
import { ALL_YEARS, HAS_YEAR_EXPRESSION, UNDATED } from './year-icons.ts';

export function buildEventFilter(
  year: number | null,
  kinds: ReadonlySet<EventKind>,
  comparisons: boolean,
): FilterSpecification {
  const parts: unknown[] = [['in', ['get', 'kind'], ['literal', [...kinds].sort()]]];
  if (year !== null) parts.push(['==', ['get', 'year'], year]);
  if (!comparisons) parts.push(['!', ['get', 'abroad']]);
  return ['all', ...parts] as FilterSpecification;
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
  if (hidden.size === 0) return null;
  const shown = sourceIds.filter((id) => !hidden.has(id));
  return ['any', ...shown.map((id) => ['in', `,${id},`, ['get', 'sources']])] as FilterSpecification;
}
