/** The order every list of events is kept in. */
import type { EventProperties } from './schema.ts';

/** The date an undated event sorts by: after every real one. */
const UNDATED = '9999';

/** Oldest first, undated last; plain comparison, not localeCompare, because it sorts 100,000 rows. */
export function byDate(a: EventProperties, b: EventProperties): number {
  const x = a.date ?? UNDATED;
  const y = b.date ?? UNDATED;
  if (x !== y) return x < y ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export const byFeatureDate = (a: { properties: EventProperties }, b: { properties: EventProperties }) =>
  byDate(a.properties, b.properties);

/** Where `x` goes in a sorted list: after every item that sorts before or with it. */
function insertionPoint<T>(list: readonly T[], x: T, compare: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(list[mid]!, x) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Two sorted lists as one, as one sort of both would order them: a few items (the articles' 29 events) are
 * placed by binary search, else the two are walked once. Lists of 100,000 events are joined this way a slice
 * at a time, in tasks short enough to keep the page answering.
 */
export function mergeSorted<T>(a: readonly T[], b: readonly T[], compare: (x: T, y: T) => number): T[] {
  if (a.length === 0) return [...b];
  if (b.length === 0) return [...a];
  const [few, many] = a.length <= b.length ? [a, b] : [b, a];
  if (few.length <= 64) {
    const out: T[] = [];
    let from = 0;
    for (const x of few) {
      // Ties go after what `many` holds when `few` is b, before when it is a: the same as a merge would.
      const at = few === b ? insertionPoint(many, x, compare) : insertionBefore(many, x, compare);
      for (let i = from; i < at; i++) out.push(many[i]!);
      out.push(x);
      from = at;
    }
    for (let i = from; i < many.length; i++) out.push(many[i]!);
    return out;
  }
  const out: T[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compare(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/** Where `x` goes in a sorted list: before every item that sorts with or after it. */
function insertionBefore<T>(list: readonly T[], x: T, compare: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(list[mid]!, x) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A list in byDate's order built from slices that come in any order: each event goes into its date's bucket
 * as it comes (a lookup: the few thousand dates of a dataset repeat), in its place among that day's few events,
 * and the buckets are joined in date order at the end. Sorting each slice and merging them cost a comparison
 * of two events about twenty times an event; this costs a lookup and two or three comparisons, made while the
 * slices come rather than all at the end.
 */
export class DateOrder<T> {
  private readonly byDay = new Map<string, T[]>();
  private readonly compare: (a: T, b: T) => number;
  constructor(private readonly propertiesOf: (item: T) => EventProperties) {
    this.compare = (a, b) => byDate(propertiesOf(a), propertiesOf(b));
  }

  add(items: readonly T[]): void {
    for (const item of items) {
      const day = this.propertiesOf(item).date ?? UNDATED;
      const bucket = this.byDay.get(day);
      if (!bucket) this.byDay.set(day, [item]);
      // Rows mostly come in the order of their ids: then the event goes last.
      else if (this.compare(bucket[bucket.length - 1]!, item) <= 0) bucket.push(item);
      else bucket.splice(insertionPoint(bucket, item, this.compare), 0, item);
    }
  }

  /** Everything added, oldest first; the buckets are emptied. */
  finish(): T[] {
    // Dates compare as text (byDate): the default sort's order.
    const days = [...this.byDay.keys()].sort();
    const out: T[] = [];
    for (const day of days) for (const item of this.byDay.get(day)!) out.push(item);
    this.byDay.clear();
    return out;
  }
}
