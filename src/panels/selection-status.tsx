/**
 * Says in words what the selection now shows, for readers who cannot see the map: a polite live region, so a
 * screen reader announces each change of year, layer or source (Play included) without moving focus.
 */
import { useT } from '../i18n/i18n-context.tsx';

export function SelectionStatus({ shown, year }: { shown: number; year: number | null }) {
  const { t } = useT();
  return (
    <p className="visually-hidden selection-status" role="status">
      {year === null
        ? t('status.shownAllYears', { count: shown })
        : t('status.shownInYear', { count: shown, year: String(year) })}
    </p>
  );
}
