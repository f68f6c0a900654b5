/** The order every list of events is kept in. */
import type { EventProperties } from './schema.ts';

/** Oldest first, undated last; plain comparison, not localeCompare, because it sorts 100,000 rows. */
export function byDate(a: EventProperties, b: EventProperties): number {
  const x = a.date ?? '9999';
  const y = b.date ?? '9999';
  if (x !== y) return x < y ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export const byFeatureDate = (a: { properties: EventProperties }, b: { properties: EventProperties }) =>
  byDate(a.properties, b.properties);
