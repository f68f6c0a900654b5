/**
 * The range typed: a start and an end date (kept in step with the handles and the URL), preset spans ending at
 * the range's end, the switch that keeps only events known to lie wholly inside, and the histogram's zoom.
 */
import { useId } from 'react';
import { isoOfDay, parseDateSpan, type DaySpan } from '../../records/day-span.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/translator.ts';

interface RangeFieldsProps {
  range: DaySpan | null;
  /** The histogram's whole extent: the ends an unset range stands at. */
  extent: DaySpan;
  wholly: boolean;
  onRange: (range: DaySpan | null) => void;
  onWholly: (wholly: boolean) => void;
  onZoom: (factor: number) => void;
}

/** Preset spans, in days, ending where the range ends. */
const PRESETS: Array<{ days: number; key: MessageKey }> = [
  { days: 1, key: 'timeline.presetDay' },
  { days: 7, key: 'timeline.presetWeek' },
  { days: 30, key: 'timeline.presetMonth' },
  { days: 365, key: 'timeline.presetYear' },
];

export function RangeFields({ range, extent, wholly, onRange, onWholly, onZoom }: RangeFieldsProps) {
  const { t } = useT();
  const id = useId();
  const shown = range ?? extent;
  const typed = (end: 'from' | 'to') => (value: string) => {
    const day = parseDateSpan(value);
    // A half-typed date is left alone until it is a real one.
    if (!day) return;
    const next = end === 'from' ? { from: day.from, to: shown.to } : { from: shown.from, to: day.to };
    onRange(next.from <= next.to ? next : { from: next.to, to: next.from });
  };
  return (
    <div className="range-fields">
      <label htmlFor={`${id}-from`}>{t('timeline.from')}</label>
      <input
        id={`${id}-from`}
        type="date"
        className="range-from"
        value={isoOfDay(shown.from)}
        onChange={(e) => typed('from')(e.target.value)}
      />
      <label htmlFor={`${id}-to`}>{t('timeline.to')}</label>
      <input
        id={`${id}-to`}
        type="date"
        className="range-to"
        value={isoOfDay(shown.to)}
        onChange={(e) => typed('to')(e.target.value)}
      />
      <select
        aria-label={t('timeline.presets')}
        className="range-presets"
        value=""
        onChange={(e) => {
          const days = Number(e.target.value);
          if (days > 0) onRange({ from: shown.to - days + 1, to: shown.to });
          else if (e.target.value === 'all') onRange(null);
        }}
      >
        <option value="">{t('timeline.presets')}</option>
        {PRESETS.map((p) => (
          <option key={p.days} value={p.days}>
            {t(p.key)}
          </option>
        ))}
        <option value="all">{t('timeline.allYears')}</option>
      </select>
      <label className="range-wholly">
        <input type="checkbox" checked={wholly} onChange={(e) => onWholly(e.target.checked)} />
        {t('timeline.wholly')}
      </label>
      <button type="button" className="range-zoom" onClick={() => onZoom(0.5)}>
        {t('timeline.zoomIn')}
      </button>
      <button type="button" className="range-zoom" onClick={() => onZoom(2)}>
        {t('timeline.zoomOut')}
      </button>
    </div>
  );
}
