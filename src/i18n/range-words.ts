/**
 * A range of days in the reader's words, as precise as its ends: "2016", "2011 – 2016", "January 2022",
 * "4 January 2022 – 6 January 2022"; all time as "All years".
 */
import { writeRange, type DaySpan } from '../records/day-span.ts';
import type { Translator } from './translator.ts';

const PRECISION = { 4: 'year', 7: 'month', 10: 'day' } as const;

export function rangeWords(range: DaySpan | null, tr: Pick<Translator, 't' | 'date'>): string {
  if (range === null) return tr.t('timeline.allYears');
  const { from, to } = writeRange(range);
  const say = (date: string) => tr.date(date, PRECISION[date.length as 4 | 7 | 10]);
  return from === to ? say(from) : `${say(from)} – ${say(to)}`;
}
