import type { Paged } from './use-paged.ts';

/** The button under a paged list: says how many rows are not shown yet and shows the next page. */
export function ShowMore({ paged }: { paged: Paged<unknown> }) {
  if (paged.hidden === 0) return null;
  return (
    <p className="show-more">
      <button type="button" onClick={paged.showMore}>
        Show {paged.next.toLocaleString('en')} more ({paged.hidden.toLocaleString('en')} not shown)
      </button>
    </p>
  );
}
