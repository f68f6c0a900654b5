/**
 * Events pre-split into one GeoJSON source per year. Changing the year then only switches layer visibility,
 * which costs one repaint, instead of a filter change that makes MapLibre re-tile every event (see README,
 * "Speed": at 100,000 events a year filter cost several repaints; visibility costs about one).
 */
import type { EventsCollection } from '../data/schema.ts';
import { YEARS } from '../data/selection.ts';

export const UNDATED = 'undated';
export const YEAR_KEYS: string[] = [...YEARS.map(String), UNDATED];

export function yearKey(year: number | null): string {
  return year === null ? UNDATED : String(year);
}

export function splitByYear(events: EventsCollection): Map<string, EventsCollection> {
  const split = new Map<string, EventsCollection>(
    YEAR_KEYS.map((k) => [k, { type: 'FeatureCollection', features: [] }]),
  );
  for (const f of events.features) {
    const key = yearKey(f.properties.year);
    // A year outside the timeline still gets drawn under "all years", like undated events.
    (split.get(key) ?? split.get(UNDATED)!).features.push(f);
  }
  return split;
}

/** Which year layers are visible: the chosen year's, or all of them (undated included) for all years. */
export function isYearVisible(key: string, selectedYear: number | null): boolean {
  return selectedYear === null || key === String(selectedYear);
}
