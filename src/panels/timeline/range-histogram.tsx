/**
 * The histogram of the view, stacked by kind in the legend's colours, with the range over it: dragged across
 * the bars, or moved an end at a time by the two handles (each a `slider`: arrow keys move it by one bin, Page
 * keys by ten, Home and End to the view's ends).
 */
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { EVENT_KINDS } from '../../records/schema.ts';
import { KIND_STYLE } from '../../records/vocabulary.ts';
import { isoOfDay, type DaySpan } from '../../records/day-span.ts';
import { binAfter, binEnd, binStart, type BinUnit } from '../../corpus/time/time-bins.ts';
import { useT } from '../../i18n/i18n-context.tsx';

interface RangeHistogramProps {
  view: DaySpan;
  unit: BinUnit;
  edges: Int32Array;
  /** Events by kind then bin (time-index.ts histogram). */
  counts: Float64Array;
  range: DaySpan | null;
  onRange: (range: DaySpan) => void;
}

const HEIGHT = 48;
const STEP_KEYS: Record<string, number> = {
  ArrowLeft: -1,
  ArrowDown: -1,
  ArrowRight: 1,
  ArrowUp: 1,
  PageDown: -10,
  PageUp: 10,
};

export function RangeHistogram({ view, unit, edges, counts, range, onRange }: RangeHistogramProps) {
  const { t, date } = useT();
  const svg = useRef<SVGSVGElement>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const bins = edges.length - 1;
  const first = edges[0]!;
  const days = edges[bins]! - first;
  const x = (day: number) => ((day - first) / days) * 100;
  const totals = Array.from({ length: bins }, (_, b) =>
    EVENT_KINDS.reduce((n, _k, k) => n + counts[k * bins + b]!, 0),
  );
  const max = Math.max(1e-9, ...totals);
  const shown = range ?? view;

  const dayAt = (clientX: number) => {
    const box = svg.current!.getBoundingClientRect();
    const share = Math.min(1, Math.max(0, (clientX - box.left) / box.width));
    return Math.min(edges[bins]! - 1, first + Math.floor(share * days));
  };
  const dragTo = (a: number, b: number) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    onRange({ from: binStart(lo, unit), to: binEnd(hi, unit) });
  };
  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const day = dayAt(e.clientX);
    setDragFrom(day);
    dragTo(day, day);
  };
  const onPointerMove = (e: PointerEvent) => {
    if (dragFrom !== null) dragTo(dragFrom, dayAt(e.clientX));
  };

  const moveEnd = (end: 'from' | 'to') => (e: KeyboardEvent) => {
    let next: number;
    if (e.key in STEP_KEYS) {
      const n = STEP_KEYS[e.key]!;
      next = end === 'from' ? binAfter(shown.from, unit, n) : binEnd(binAfter(shown.to, unit, n), unit);
    } else if (e.key === 'Home') next = end === 'from' ? view.from : binEnd(view.from, unit);
    else if (e.key === 'End') next = end === 'from' ? binStart(view.to, unit) : view.to;
    else return;
    e.preventDefault();
    if (end === 'from') onRange({ from: Math.min(next, binStart(shown.to, unit)), to: shown.to });
    else onRange({ from: shown.from, to: Math.max(next, binEnd(shown.from, unit)) });
  };
  const handle = (end: 'from' | 'to') => {
    const day = shown[end];
    return (
      <div
        role="slider"
        tabIndex={0}
        className={`range-handle range-handle-${end}`}
        style={{ left: `${x(end === 'from' ? day : day + 1)}%` }}
        aria-label={t(end === 'from' ? 'timeline.rangeStart' : 'timeline.rangeEnd')}
        aria-valuemin={view.from}
        aria-valuemax={view.to}
        aria-valuenow={day}
        aria-valuetext={date(isoOfDay(day), 'day')}
        data-day={isoOfDay(day)}
        onKeyDown={moveEnd(end)}
      />
    );
  };

  return (
    <div className="range-histogram">
      <svg
        ref={svg}
        className="histogram"
        viewBox={`0 0 100 ${HEIGHT}`}
        preserveAspectRatio="none"
        aria-hidden="true"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => setDragFrom(null)}
        onPointerCancel={() => setDragFrom(null)}
      >
        {range && (
          <rect
            className="histogram-range"
            x={x(range.from)}
            width={x(range.to + 1) - x(range.from)}
            y={0}
            height={HEIGHT}
          />
        )}
        {totals.map((_, b) => {
          let top = HEIGHT;
          const left = x(edges[b]!);
          const width = Math.max(0.05, x(edges[b + 1]!) - left - 0.15);
          return EVENT_KINDS.map((kind, k) => {
            const h = (counts[k * bins + b]! / max) * (HEIGHT - 2);
            if (h <= 0) return null;
            top -= h;
            return (
              <rect
                key={`${b}-${kind}`}
                x={left}
                y={top}
                width={width}
                height={h}
                fill={KIND_STYLE[kind].colour}
              />
            );
          });
        })}
      </svg>
      {handle('from')}
      {handle('to')}
    </div>
  );
}
