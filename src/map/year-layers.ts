/**
 * One event layer per year over a single events source, each with a fixed year filter. Changing the year then
 * only swaps the layers' opacity, which costs about one repaint, instead of a filter change that makes MapLibre
 * rebuild every event's tile buckets in its worker (see docs/scaling.md for the measured figures).
 */
import type { EventsCollection } from '../data/schema.ts';
import { YEARS } from '../data/selection.ts';

export const UNDATED = 'undated';
export const YEAR_KEYS: string[] = [...YEARS.map(String), UNDATED];

/** The layer an event belongs to: its year, or "undated" (also for a year outside the timeline). */
export function yearKey(year: number | null): string {
  return year !== null && YEARS.includes(year) ? String(year) : UNDATED;
}

/** Year keys that have at least one event, in timeline order: only these get a layer. */
export function yearKeysWithEvents(events: EventsCollection): string[] {
  const present = new Set(events.features.map((f) => yearKey(f.properties.year)));
  return YEAR_KEYS.filter((k) => present.has(k));
}

/** Which year layers are shown: the chosen year's, or all of them (undated included) for all years. */
export function isYearVisible(key: string, selectedYear: number | null): boolean {
  return selectedYear === null || key === String(selectedYear);
}
