import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/i18n-context.tsx';

interface TimelineProps {
  /** The years on the timeline, oldest first. */
  years: readonly number[];
  year: number | null;
  countsByYear: Map<number, number>;
  onSelectYear: (year: number | null) => void;
}

const STEP_MS = 1400;

/** Years (2005–2017 for the sources) as small bars; one year or all; arrow keys move, Play steps through. */
export function Timeline({ years, year, countsByYear, onSelectYear }: TimelineProps) {
  const { t } = useT();
  const [playing, setPlaying] = useState(false);
  const options: Array<number | null> = useMemo(() => [null, ...years], [years]);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const strip = useRef<HTMLDivElement>(null);
  const max = Math.max(1, ...countsByYear.values());

  // Where the years do not all fit (a 320px phone, a dataset spanning decades) the strip scrolls sideways:
  // keep the chosen year in sight, whether chosen here, by Play or by a link.
  useEffect(() => {
    const button = buttons.current.get(String(year));
    if (!button || !strip.current) return;
    const shown = strip.current.getBoundingClientRect();
    const { left, right } = button.getBoundingClientRect();
    if (left < shown.left) strip.current.scrollLeft -= shown.left - left;
    else if (right > shown.right) strip.current.scrollLeft += right - shown.right;
  }, [year, years]);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(
      () => {
        const index = year === null ? -1 : years.indexOf(year);
        if (index + 1 >= years.length) setPlaying(false);
        else onSelectYear(years[index + 1]!);
      },
      year === null ? 0 : STEP_MS,
    );
    return () => window.clearTimeout(timer);
  }, [playing, year, years, onSelectYear]);

  const move = (e: KeyboardEvent) => {
    const index = options.indexOf(year);
    const next = {
      ArrowLeft: index - 1,
      ArrowDown: index - 1,
      ArrowRight: index + 1,
      ArrowUp: index + 1,
      Home: 0,
      End: options.length - 1,
    }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const target = options[Math.min(options.length - 1, Math.max(0, next))]!;
    onSelectYear(target);
    buttons.current.get(String(target))?.focus();
  };

  return (
    <div className="timeline">
      <button
        type="button"
        className="play"
        aria-pressed={playing}
        aria-label={playing ? t('timeline.pause') : t('timeline.play')}
        onClick={() => {
          if (!playing && year === years[years.length - 1]) onSelectYear(null);
          setPlaying(!playing);
        }}
      >
        <svg
          className="play-icon"
          width="10"
          height="10"
          viewBox="0 0 10 10"
          aria-hidden="true"
          focusable="false"
        >
          {playing ? <path d="M1 0h3v10H1zM6 0h3v10H6z" /> : <path d="M1 0l9 5-9 5z" />}
        </svg>
        {/* Where the controls are narrow (a phone, a small window) only the icon shows, so every year fits. */}
        <span className="play-label">{playing ? t('timeline.pause') : t('timeline.play')}</span>
      </button>
      <div ref={strip} role="radiogroup" aria-label={t('timeline.year')} className="years" onKeyDown={move}>
        {options.map((option) => {
          const checked = option === year;
          const count = option === null ? null : (countsByYear.get(option) ?? 0);
          return (
            <button
              key={String(option)}
              ref={(el) => {
                if (el) buttons.current.set(String(option), el);
              }}
              type="button"
              role="radio"
              aria-checked={checked}
              tabIndex={checked ? 0 : -1}
              className={option === null ? 'year year-all' : 'year'}
              data-year={option ?? 'all'}
              aria-label={
                option === null
                  ? t('timeline.allYears')
                  : t('timeline.yearCount', { year: String(option), count: count ?? 0 })
              }
              onClick={() => {
                setPlaying(false);
                onSelectYear(option);
              }}
            >
              {count !== null && (
                <span className="bar" aria-hidden="true" style={{ height: `${(count / max) * 100}%` }} />
              )}
              <span className="year-label">
                {option === null ? t('timeline.all') : `’${String(option).slice(2)}`}
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
