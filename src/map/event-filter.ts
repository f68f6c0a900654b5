/** Builds the MapLibre filter for the event layer from the selection: a pure function, memoised by callers. */
import type { FilterSpecification } from 'maplibre-gl';
import type { EventKind } from '../data/schema.ts';

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
