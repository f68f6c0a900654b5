import type { Paged } from './use-paged.ts';
import { useT } from '../i18n/i18n-context.tsx';

/** The button under a paged list: says how many rows are not shown yet and shows the next page. */
export function ShowMore({ paged }: { paged: Paged<unknown> }) {
  const { t } = useT();
  if (paged.hidden === 0) return null;
  return (
    <p className="show-more">
      <button type="button" onClick={paged.showMore}>
        {t('list.showMore', { next: paged.next, hidden: paged.hidden })}
      </button>
    </p>
  );
}
