/**
 * The years as small bars, each a preset range of its whole year, and "All": a radio group that arrow keys
 * move through. A year is checked while the range is exactly that year.
 */
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/i18n-context.tsx';

interface YearStripProps {
  /** The years on the timeline, oldest first. */
  years: readonly number[];
  /** The whole year the range is, null for all time, undefined for any other range. */
  year: number | null | undefined;
  countsByYear: ReadonlyMap<number, number>;
  onSelectYear: (year: number | null) => void;
}

export function YearStrip({ years, year, countsByYear, onSelectYear }: YearStripProps) {
  const { t, number } = useT();
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

  const move = (e: KeyboardEvent) => {
    const index = year === undefined ? 0 : options.indexOf(year);
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

  // With a range that is no whole year, "All" takes the focus in the group.
  const focusable = year === undefined ? null : year;
  return (
    <div ref={strip} role="radiogroup" aria-label={t('timeline.year')} className="years" onKeyDown={move}>
      {options.map((option) => {
        const checked = option === year;
        const count = option === null ? null : Math.round(countsByYear.get(option) ?? 0);
        return (
          <button
            key={String(option)}
            ref={(el) => {
              if (el) buttons.current.set(String(option), el);
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            tabIndex={option === focusable ? 0 : -1}
            className={option === null ? 'year year-all' : 'year'}
            data-year={option ?? 'all'}
            aria-label={
              option === null
                ? t('timeline.allYears')
                : t('timeline.yearCount', { year: String(option), count: count ?? 0 })
            }
            title={option === null ? undefined : `${option}: ${number(count ?? 0)}`}
            onClick={() => onSelectYear(option)}
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
  );
}
