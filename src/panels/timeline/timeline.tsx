/**
 * The timeline: Play, the years as presets, and (in a drawer on a phone) the histogram of the view with the
 * range over it, its typed dates and presets. The view zooms from all the years to a few days, the bins
 * following it; the range lives in the selection (and the URL), the view only here.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EventKind } from '../../records/schema.ts';
import { wholeYearOf, type DaySpan } from '../../records/day-span.ts';
import { binEdges, binUnitFor, wholeBins, yearsSpan } from '../../corpus/time/time-bins.ts';
import { histogram, type TimeIndex } from '../../records/time-index.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { rangeWords } from '../../i18n/range-words.ts';
import { RangeFields } from './range-fields.tsx';
import { RangeHistogram } from './range-histogram.tsx';
import { usePlay } from './use-play.ts';
import { YearStrip } from './year-strip.tsx';

interface TimelineProps {
  /** The years on the timeline, oldest first. */
  years: readonly number[];
  time: TimeIndex;
  shown: { kinds: ReadonlySet<EventKind>; comparisons: boolean };
  range: DaySpan | null;
  wholly: boolean;
  onRange: (range: DaySpan | null) => void;
  onWholly: (wholly: boolean) => void;
  /** How many events the selection shows, out of how many are loaded: said on the drawer's summary. */
  count: { shown: number; total: number };
}

const BIN_KEY = { year: 'timeline.binYear', month: 'timeline.binMonth', day: 'timeline.binDay' } as const;

/** The view kept while it holds the range; else the range with half its length either side, in whole bins. */
function viewFor(range: DaySpan | null, view: DaySpan, extent: DaySpan): DaySpan {
  if (range === null || (range !== view && range.from >= view.from && range.to <= view.to)) return view;
  const pad = Math.max(3, Math.round((range.to - range.from) / 2));
  return wholeBins({
    from: Math.max(Math.min(extent.from, range.from), range.from - pad),
    to: Math.min(Math.max(extent.to, range.to), range.to + pad),
  });
}

/** The histogram, its recount timed for the benchmark (histogramRecountMs). */
function measuredHistogram(...args: Parameters<typeof histogram>): Float64Array {
  performance.mark('histogram-start');
  const bars = histogram(...args);
  performance.measure('histogram-recount', 'histogram-start');
  return bars;
}

/** The drawer starts open where there is room for it beside a map of useful height. */
const ROOMY = () => window.matchMedia?.('(min-width: 700px) and (min-height: 900px)').matches ?? false;

export function Timeline({ years, time, shown, range, wholly, onRange, onWholly, count }: TimelineProps) {
  const tr = useT();
  const { t } = tr;
  const extent = useMemo(() => yearsSpan(years[0]!, years[years.length - 1]!), [years]);
  // A range the page opens with (a link) is shown in the view, not as a sliver of all the years.
  const [view, setView] = useState(() => (range ? viewFor(range, range, extent) : extent));
  const lastExtent = useRef(extent);
  // A range set from outside (a link, a year, Play past the view) brings the view to it; new data, to all.
  useEffect(() => {
    const base = lastExtent.current === extent ? null : extent;
    lastExtent.current = extent;
    // New data (a new extent) show the range, or all the years; else the view keeps what it can.
    setView((v) => (base ? (range ? viewFor(range, range, extent) : extent) : viewFor(range, v, extent)));
  }, [range, extent]);
  const unit = binUnitFor(view);
  const edges = useMemo(() => binEdges(view, unit), [view, unit]);
  const counts = useMemo(() => measuredHistogram(time, edges, shown), [time, edges, shown]);
  const yearCounts = useMemo(() => {
    const yearEdges = binEdges(extent, 'year');
    const byKind = histogram(time, yearEdges, shown);
    const bins = yearEdges.length - 1;
    return new Map(years.map((y, b) => [y, byKind.reduce((n, c, i) => (i % bins === b ? n + c : n), 0)]));
  }, [time, extent, shown, years]);

  const play = usePlay(range, view, unit, onRange);
  const choose = useCallback(
    (next: DaySpan | null) => {
      play.stop();
      onRange(next);
    },
    [play, onRange],
  );
  const zoom = (factor: number) => {
    const centre = range ? (range.from + range.to) / 2 : (view.from + view.to) / 2;
    const half = Math.max(15, ((view.to - view.from + 1) * factor) / 2);
    const from = Math.max(extent.from, Math.round(centre - half));
    setView(wholeBins({ from, to: Math.min(extent.to, Math.max(from + 30, Math.round(centre + half))) }));
  };
  const [open, setOpen] = useState(ROOMY);

  return (
    <div className="timeline">
      <div className="timeline-row">
        <button
          type="button"
          className="play"
          aria-pressed={play.playing}
          aria-label={play.playing ? t('timeline.pause') : t('timeline.play')}
          onClick={play.toggle}
        >
          <svg
            className="play-icon"
            width="10"
            height="10"
            viewBox="0 0 10 10"
            aria-hidden="true"
            focusable="false"
          >
            {play.playing ? <path d="M1 0h3v10H1zM6 0h3v10H6z" /> : <path d="M1 0l9 5-9 5z" />}
          </svg>
          {/* Where the controls are narrow (a phone, a small window) only the icon shows, so every year fits. */}
          <span className="play-label">{play.playing ? t('timeline.pause') : t('timeline.play')}</span>
        </button>
        <YearStrip
          years={years}
          year={range === null ? null : (wholeYearOf(range) ?? undefined)}
          countsByYear={yearCounts}
          onSelectYear={(year) => choose(year === null ? null : yearsSpan(year, year))}
        />
      </div>
      <details className="range-drawer" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          {t('timeline.shownOf', { count: count.shown, total: count.total })}
          {/* A whole year or all time the year strip already shows as chosen. */}
          {range !== null && wholeYearOf(range) === null && ` · ${rangeWords(range, tr)}`}
        </summary>
        <RangeHistogram
          view={view}
          unit={unit}
          edges={edges}
          counts={counts}
          range={range}
          onRange={choose}
        />
        <div className="range-axis" aria-hidden="true">
          <span>{rangeWords({ from: view.from, to: view.from }, tr)}</span>
          <span>{t(BIN_KEY[unit])}</span>
          <span>{rangeWords({ from: view.to, to: view.to }, tr)}</span>
        </div>
        <RangeFields
          range={range}
          extent={extent}
          wholly={wholly}
          onRange={choose}
          onWholly={onWholly}
          onZoom={zoom}
        />
        <label className="range-cumulative">
          <input
            type="checkbox"
            checked={play.cumulative}
            onChange={(e) => play.setCumulative(e.target.checked)}
          />
          {t('timeline.cumulative')}
        </label>
      </details>
    </div>
  );
}
