/** The switch that shows or hides a source or a dataset, its name beside it (Sources view). */
import { useT } from '../../i18n/i18n-context.tsx';

export function SourceSwitch({ name, on, onToggle }: { name: string; on: boolean; onToggle: () => void }) {
  const { t } = useT();
  return (
    <label className="source-toggle">
      <input type="checkbox" checked={on} onChange={onToggle} />
      <span>
        <strong>{name}</strong>
        <span className="visually-hidden">
          {on ? ` (${t('sources.shown')})` : ` (${t('sources.hidden')})`}
        </span>
      </span>
    </label>
  );
}
