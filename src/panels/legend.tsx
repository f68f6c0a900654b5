import { useState } from 'react';
import { EVENT_KINDS, type EventKind } from '../records/schema.ts';
import { KIND_KEY } from '../i18n/vocabulary-keys.ts';
import { ShapeIcon } from './shape-icon.tsx';
import { useT } from '../i18n/i18n-context.tsx';

interface LegendProps {
  kinds: ReadonlySet<EventKind>;
  counts: Record<EventKind, number>;
  comparisons: boolean;
  comparisonCount: number;
  onToggleKind: (kind: EventKind) => void;
  onToggleComparisons: () => void;
}

/**
 * A window this short is a phone held sideways or a desktop zoomed to 200%, and one this narrow and short is a
 * small phone (320 × 640), where the legend's labels wrap (Kazakh and Russian ones onto three lines): there the
 * open legend would take more of the height than the map, so it starts folded (one click opens it).
 */
const SHORT_WINDOW = '(max-height: 560px), (max-width: 400px) and (max-height: 700px)';

/** Toggles for each event kind with its shape, colour and count in the current selection. */
export function Legend({
  kinds,
  counts,
  comparisons,
  comparisonCount,
  onToggleKind,
  onToggleComparisons,
}: LegendProps) {
  const { t, number } = useT();
  const [startOpen] = useState(() => !window.matchMedia(SHORT_WINDOW).matches);
  // Said in the summary too, so that a folded legend does not hide that some layers (kinds, or the
  // comparisons) are off.
  const hidden = EVENT_KINDS.filter((kind) => !kinds.has(kind)).length + (comparisons ? 0 : 1);
  return (
    <details className="legend" open={startOpen}>
      <summary>
        {t('legend.layers')}
        {hidden > 0 && <span className="legend-hidden"> · {t('legend.hidden', { count: hidden })}</span>}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{t('legend.kinds')}</legend>
        {EVENT_KINDS.map((kind) => (
          <label key={kind} className="legend-row">
            <input
              type="checkbox"
              checked={kinds.has(kind)}
              onChange={() => onToggleKind(kind)}
              data-kind={kind}
            />
            <ShapeIcon kind={kind} />
            <span className="legend-label">{t(KIND_KEY[kind])}</span>
            <span className="legend-count" aria-label={t('legend.inSelection', { count: counts[kind] })}>
              {number(counts[kind])}
            </span>
          </label>
        ))}
        <label className="legend-row legend-comparisons" title={t('legend.comparisonsTitle')}>
          <input
            type="checkbox"
            checked={comparisons}
            onChange={onToggleComparisons}
            data-kind="comparisons"
          />
          <span className="legend-abroad" aria-hidden="true" />
          {/* Short enough to sit in the legend's fourth column beside the panel; the title says the rest. */}
          <span className="legend-label">{t('legend.comparisons')}</span>
          <span className="legend-count" aria-label={t('legend.inSelection', { count: comparisonCount })}>
            {number(comparisonCount)}
          </span>
        </label>
      </fieldset>
      <p className="legend-note">
        <ShapeIcon kind="attack" hollow size={13} /> {t('legend.hollow')}
      </p>
    </details>
  );
}
