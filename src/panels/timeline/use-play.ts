/**
 * Play: the range steps through the view one bin at a time (a year, a month or a day, as the histogram reads),
 * or, cumulative, grows from the view's start by a bin at a time. Stops at the view's end.
 */
import { useEffect, useState } from 'react';
import type { DaySpan } from '../../records/day-span.ts';
import { binAfter, binEnd, binStart, type BinUnit } from '../../corpus/time/time-bins.ts';

const STEP_MS = 1400;

/** The range after this one (from the view's first bin when there is none), or null at the view's end. */
export function nextStep(
  range: DaySpan | null,
  view: DaySpan,
  unit: BinUnit,
  cumulative: boolean,
): DaySpan | null {
  const start = binStart(view.from, unit);
  if (range === null) return { from: start, to: binEnd(start, unit) };
  const next = binAfter(range.to, unit);
  if (next > view.to) return null;
  return { from: cumulative ? start : next, to: binEnd(next, unit) };
}

export function usePlay(
  range: DaySpan | null,
  view: DaySpan,
  unit: BinUnit,
  onRange: (range: DaySpan) => void,
) {
  const [playing, setPlaying] = useState(false);
  const [cumulative, setCumulative] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      const next = nextStep(range, view, unit, cumulative);
      if (next === null) setPlaying(false);
      else onRange(next);
    }, STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, range, view, unit, cumulative, onRange]);
  const toggle = () => {
    // From the start when playing from all time or from the end.
    if (!playing && (range === null || range.to >= view.to)) onRange(nextStep(null, view, unit, cumulative)!);
    setPlaying(!playing);
  };
  return { playing, toggle, stop: () => setPlaying(false), cumulative, setCumulative };
}
