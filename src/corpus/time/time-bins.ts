/**
 * The timeline's bins: whole years, months or days, chosen by how many days the histogram shows, so that a view of
 * decades reads by year and a view of a few weeks by day. Pure: the timeline, its keyboard steps and Play all
 * move by the same bins.
 */
import { dayOf, partsOfDay, type DaySpan } from '../../records/day-span.ts';

export type BinUnit = 'year' | 'month' | 'day';

/** More days than this in view: bins of a year; more than MONTHS_ABOVE: a month; else a day. */
const YEARS_ABOVE = 6 * 365;
const MONTHS_ABOVE = 120;

export function binUnitFor(view: DaySpan): BinUnit {
  const days = view.to - view.from + 1;
  if (days > YEARS_ABOVE) return 'year';
  return days > MONTHS_ABOVE ? 'month' : 'day';
}

/** The first day of the bin a day falls in. */
export function binStart(day: number, unit: BinUnit): number {
  if (unit === 'day') return day;
  const { year, month } = partsOfDay(day);
  return unit === 'year' ? dayOf(year) : dayOf(year, month);
}

/** The first day of the bin `n` bins after (or, negative, before) the one a day falls in. */
export function binAfter(day: number, unit: BinUnit, n = 1): number {
  if (unit === 'day') return day + n;
  const { year, month } = partsOfDay(day);
  return unit === 'year' ? dayOf(year + n) : dayOf(year, month + n);
}

/** The last day of the bin a day falls in. */
export const binEnd = (day: number, unit: BinUnit): number => binAfter(day, unit) - 1;

/** The edges of the bins covering a view: the first day of each bin, then the day after the last. */
export function binEdges(view: DaySpan, unit: BinUnit): Int32Array {
  const edges: number[] = [binStart(view.from, unit)];
  while (edges[edges.length - 1]! <= view.to) edges.push(binAfter(edges[edges.length - 1]!, unit));
  return Int32Array.from(edges);
}

/** A view widened to whole bins of its own unit, so the first and last bars are whole. */
export function wholeBins(view: DaySpan): DaySpan {
  const unit = binUnitFor(view);
  return { from: binStart(view.from, unit), to: binEnd(view.to, unit) };
}

/** The whole years from the first to the last, as a span of days. */
export const yearsSpan = (first: number, last: number): DaySpan => ({
  from: dayOf(first),
  to: dayOf(last, 12, 31),
});
