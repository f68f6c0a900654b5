/**
 * Counts of events by year, kind and inside/abroad: made once per data or source change (and by the build for an
 * archive), so a year or kind change reads counts in constant time instead of walking every event.
 */
import { EVENT_KINDS, type EventKind, type EventProperties } from './schema.ts';

export type Tally = Map<number, number>;

/** A year, or every year at once (undated events and years off the timeline included). */
export type TallyYear = number | 'all';

// A number, not a string: 100,000 events make 200,000 keys. Year 0 stands for every year (no event has it).
const KIND_INDEX = new Map(EVENT_KINDS.map((k, i) => [k, i]));
const tallyKey = (year: TallyYear, kind: EventKind, abroad: boolean) =>
  ((year === 'all' ? 0 : year) * 16 + KIND_INDEX.get(kind)!) * 2 + (abroad ? 1 : 0);

/** Adds one event (or `n` alike, from a tally the build wrote) to a tally. */
export function countInto(tally: Tally, e: Pick<EventProperties, 'kind' | 'abroad' | 'year'>, n = 1): void {
  const all = tallyKey('all', e.kind, e.abroad);
  tally.set(all, (tally.get(all) ?? 0) + n);
  if (e.year === null) return;
  const key = tallyKey(e.year, e.kind, e.abroad);
  tally.set(key, (tally.get(key) ?? 0) + n);
}

/** Adds a tally made apart (a dataset's) to another. */
export function addTally(into: Tally, from: Tally): Tally {
  for (const [key, n] of from) into.set(key, (into.get(key) ?? 0) + n);
  return into;
}

/** Events of the given years and kinds, abroad too when `comparisons`. */
export function sumTally(
  tally: Tally,
  years: readonly TallyYear[],
  kinds: readonly EventKind[],
  comparisons: boolean,
): number {
  let total = 0;
  for (const year of years) {
    for (const kind of kinds) {
      total += tally.get(tallyKey(year, kind, false)) ?? 0;
      if (comparisons) total += tally.get(tallyKey(year, kind, true)) ?? 0;
    }
  }
  return total;
}
