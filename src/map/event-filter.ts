/** Builds the MapLibre filters for the event layers: pure functions, memoised by callers. */
import type { FilterSpecification } from 'maplibre-gl';
import type { EventKind } from '../data/schema.ts';
import { HAS_YEAR_EXPRESSION, UNDATED } from './year-icons.ts';

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

/** The filter of one year's layer: its year (fixed) and the reader's kinds and comparisons. */
export function yearLayerFilter(
  key: string,
  kinds: ReadonlySet<EventKind>,
  comparisons: boolean,
): FilterSpecification {
  if (key !== UNDATED) return buildEventFilter(Number(key), kinds, comparisons);
  const [all, ...parts] = buildEventFilter(null, kinds, comparisons) as unknown[];
  return [all, ...parts, ['!', HAS_YEAR_EXPRESSION]] as FilterSpecification;
}
