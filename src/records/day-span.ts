/**
 * Dates as day numbers (days since 1 January 1970, UTC) and the span of days a date at its precision may mean:
 * a day is itself, a week the three days either side, a month or a year all of it. The timeline, the range
 * rules, the map's features and the URL all count in these, so an event dated only to its month is treated as
 * the whole month everywhere.
 */
import { rememberedPairs } from '../lib/remembered.ts';
import type { DatePrecision } from './record-terms.ts';

const DAY_MS = 86_400_000;

/** A span of days, both ends included. */
export interface DaySpan {
  from: number;
  to: number;
}

export const dayOf = (year: number, month = 1, day = 1): number => Date.UTC(year, month - 1, day) / DAY_MS;

/** The date of a day number as its parts (month 1–12). */
export function partsOfDay(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A day number as YYYY-MM-DD. */
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The days an event may have happened on, as [first, last] day numbers, at its precision; null undated. */
export function dayRange(date: string | null, precision: DatePrecision): [number, number] | null {
  if (date === null || precision === 'undated') return null;
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  const start = dayOf(y!, m, d);
  if (precision === 'day') return [start, start];
  if (precision === 'week') return [start - 3, start + 3];
  if (precision === 'month') return [start, dayOf(y!, m + 1, 0)];
  return [start, dayOf(y!, 12, 31)];
}

/** dayRange, each date worked out once: events repeat the same few thousand dates. */
export const daySpanOf: (precision: DatePrecision, date: string | null) => [number, number] | null =
  rememberedPairs((precision: DatePrecision, date: string | null) => dayRange(date, precision));

/**
 * A date as the URL writes it (`2022`, `2022-01`, `2022-01-04`) as the span of days it names; null when it is
 * not a real date in one of those forms.
 */
export function parseDateSpan(text: string): DaySpan | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [match[1], match[2], match[3]].map((s) =>
    s === undefined ? undefined : Number(s),
  );
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined) {
    const at = dayOf(year!, month, day);
    return partsOfDay(at).day === day ? { from: at, to: at } : null;
  }
  if (month !== undefined) return { from: dayOf(year!, month), to: dayOf(year!, month + 1, 0) };
  return { from: dayOf(year!), to: dayOf(year!, 12, 31) };
}

/**
 * The shortest way to write a range in the URL: whole years as `2022`, whole months as `2022-01`, else days;
 * both ends in the same form, so each reads back as the span it was.
 */
export function writeRange(range: DaySpan): { from: string; to: string } {
  const a = partsOfDay(range.from);
  const b = partsOfDay(range.to);
  const wholeYears = a.month === 1 && a.day === 1 && b.month === 12 && b.day === 31;
  if (wholeYears) return { from: String(a.year), to: String(b.year) };
  const wholeMonths = a.day === 1 && partsOfDay(range.to + 1).day === 1;
  const month = (p: { year: number; month: number }) => `${p.year}-${String(p.month).padStart(2, '0')}`;
  if (wholeMonths) return { from: month(a), to: month(b) };
  return { from: isoOfDay(range.from), to: isoOfDay(range.to) };
}

/** The whole year a range is, when it is exactly one; else null. */
export function wholeYearOf(range: DaySpan | null): number | null {
  if (range === null) return null;
  const { year } = partsOfDay(range.from);
  return range.from === dayOf(year) && range.to === dayOf(year, 12, 31) ? year : null;
}

/** The years a range touches, first and last. */
export function yearsOf(range: DaySpan): [number, number] {
  return [partsOfDay(range.from).year, partsOfDay(range.to).year];
}

/** Whether a span of days is shown in a range: it overlaps it, or (`wholly`) lies inside it. */
export function spanShown(from: number, to: number, range: DaySpan, wholly: boolean): boolean {
  return wholly ? from >= range.from && to <= range.to : to >= range.from && from <= range.to;
}
