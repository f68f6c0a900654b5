/**
 * The timeline's years. The five sources run from 2005 to 2017; an event set loaded with other years widens
 * the range so that every event can be found by its year. A year outside 1900–2100 is taken for a slip of
 * the keyboard: it stays out of the range, and such an event shows under "All years" only.
 */
export const SOURCE_YEARS = { first: 2005, last: 2017 } as const;
const PLAUSIBLE_YEARS = { first: 1900, last: 2100 } as const;

export function timelineYears(years: Iterable<number | null>): number[] {
  let { first, last }: { first: number; last: number } = SOURCE_YEARS;
  for (const year of years) {
    if (year === null || year < PLAUSIBLE_YEARS.first || year > PLAUSIBLE_YEARS.last) continue;
    if (year < first) first = year;
    if (year > last) last = year;
  }
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The range before any data are in, and for the five sources. */
export const DEFAULT_YEARS: readonly number[] = timelineYears([]);
