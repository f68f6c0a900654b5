/**
 * Every shown event's span of days, kind and inside/abroad as typed arrays (a published archive's as the day
 * tallies its build wrote, each with how many events it stands for; a dataset's made once with its index and
 * joined whole): made once per change of data or sources,
 * so that moving the range, or switching kinds, recounts in one plain loop over numbers (100,000 events in a
 * few milliseconds) rather than over objects.
 */
import { daySpanOf, type DaySpan } from './day-span.ts';
import { EVENT_KINDS, type EventKind, type EventProperties } from './schema.ts';

const KIND_INDEX = new Map(EVENT_KINDS.map((k, i) => [k, i]));
/** The span of an undated event: it lies in no range. */
export const UNDATED_DAY = -2_147_483_648;
const UNDATED = UNDATED_DAY;

export interface TimeIndex {
  length: number;
  from: Int32Array;
  to: Int32Array;
  kind: Uint8Array;
  abroad: Uint8Array;
  /** How many events each entry stands for: 1, or a tally's count. */
  weight: Float64Array;
  /** The first and last day of any dated event; null when none is dated. */
  extent: DaySpan | null;
}

/** One entry: a span (null undated), its kind, whether abroad, and how many events. */
export type TimeEntry = [from: number | null, to: number | null, kind: EventKind, abroad: boolean, n: number];

export class TimeIndexBuilder {
  private entries: TimeEntry[] = [];
  /** Indexes made apart (a dataset's, once), joined whole. */
  private parts: TimeIndex[] = [];
  addEvent(e: Pick<EventProperties, 'date' | 'datePrecision' | 'kind' | 'abroad'>): void {
    const span = daySpanOf(e.datePrecision, e.date);
    this.entries.push([span?.[0] ?? null, span?.[1] ?? null, e.kind, e.abroad, 1]);
  }
  addEntry(entry: TimeEntry): void {
    this.entries.push(entry);
  }
  addIndex(index: TimeIndex): void {
    this.parts.push(index);
  }
  finish(): TimeIndex {
    // One index made apart and nothing else (an archive's tallies, all sources on): it is the answer as it is.
    if (this.entries.length === 0 && this.parts.length === 1) return this.parts[0]!;
    const n = this.entries.length + this.parts.reduce((sum, p) => sum + p.length, 0);
    const index: TimeIndex = {
      length: n,
      from: new Int32Array(n),
      to: new Int32Array(n),
      kind: new Uint8Array(n),
      abroad: new Uint8Array(n),
      weight: new Float64Array(n),
      extent: null,
    };
    let first = Infinity;
    let last = -Infinity;
    this.entries.forEach(([from, to, kind, abroad, weight], i) => {
      index.from[i] = from ?? UNDATED;
      index.to[i] = to ?? UNDATED;
      index.kind[i] = KIND_INDEX.get(kind)!;
      index.abroad[i] = abroad ? 1 : 0;
      index.weight[i] = weight;
      if (from !== null && to !== null) {
        first = Math.min(first, from);
        last = Math.max(last, to);
      }
    });
    let at = this.entries.length;
    for (const part of this.parts) {
      for (const column of ['from', 'to', 'kind', 'abroad', 'weight'] as const) {
        (index[column] as Int32Array).set(part[column] as Int32Array, at);
      }
      at += part.length;
      if (part.extent) {
        first = Math.min(first, part.extent.from);
        last = Math.max(last, part.extent.to);
      }
    }
    if (first <= last) index.extent = { from: first, to: last };
    return index;
  }
}

/** The events each kind has in the range (or all time), inside Kazakhstan and abroad apart. */
export interface RangeCounts {
  inside: Float64Array;
  abroad: Float64Array;
}

export function countInRange(index: TimeIndex, range: DaySpan | null, wholly: boolean): RangeCounts {
  const counts: RangeCounts = {
    inside: new Float64Array(EVENT_KINDS.length),
    abroad: new Float64Array(EVENT_KINDS.length),
  };
  const { from, to, kind, abroad, weight } = index;
  const lo = range?.from ?? 0;
  const hi = range?.to ?? 0;
  for (let i = 0; i < index.length; i++) {
    if (range !== null) {
      if (from[i] === UNDATED) continue;
      if (wholly ? from[i]! < lo || to[i]! > hi : to[i]! < lo || from[i]! > hi) continue;
    }
    (abroad[i] ? counts.abroad : counts.inside)[kind[i]!]! += weight[i]!;
  }
  return counts;
}

/**
 * The histogram: for each kind shown, the events in each bin (`edges`: the first day of each bin, then the day
 * after the last). An event is spread over the bins its span covers in proportion to the days it has in each, so
 * one dated only to its month weighs as much in each of its days; an event outside every bin adds nothing.
 * Returns counts by kind then bin (`kind * bins + bin`).
 */
export function histogram(
  index: TimeIndex,
  edges: Int32Array,
  shown: { kinds: ReadonlySet<EventKind>; comparisons: boolean },
): Float64Array {
  const bins = edges.length - 1;
  const out = new Float64Array(EVENT_KINDS.length * bins);
  if (bins <= 0) return out;
  const kindShown = EVENT_KINDS.map((k) => shown.kinds.has(k));
  const start = edges[0]!;
  const end = edges[bins]! - 1;
  const { from, to, kind, abroad, weight } = index;
  for (let i = 0; i < index.length; i++) {
    const a = from[i]!;
    const b = to[i]!;
    if (a === UNDATED || b < start || a > end || !kindShown[kind[i]!]) continue;
    if (abroad[i] && !shown.comparisons) continue;
    const row = kind[i]! * bins;
    if (a === b) {
      out[row + binOf(edges, a)]! += weight[i]!;
      continue;
    }
    const perDay = weight[i]! / (b - a + 1);
    let bin = binOf(edges, Math.max(a, start));
    const last = Math.min(b, end);
    for (let day = Math.max(a, start); day <= last; bin++) {
      const binEnd = Math.min(edges[bin + 1]! - 1, last);
      out[row + bin]! += perDay * (binEnd - day + 1);
      day = binEnd + 1;
    }
  }
  return out;
}

/** The bin a day (inside the edges) falls in: binary search over the edges. */
function binOf(edges: Int32Array, day: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (edges[mid]! <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
