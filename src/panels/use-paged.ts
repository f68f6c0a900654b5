import { useState } from 'react';

export interface Paged<T> {
  shown: readonly T[];
  /** Items not shown yet. */
  hidden: number;
  /** How many the next `showMore` adds. */
  next: number;
  showMore: () => void;
}

/**
 * The first `pageSize` items, and a way to show more. Long lists (a city with thousands of events in a large
 * dataset) would otherwise put every row in the page at once. Starts over when `resetKey` changes.
 */
export function usePaged<T>(items: readonly T[], pageSize: number, resetKey: string): Paged<T> {
  const [state, setState] = useState({ key: resetKey, limit: pageSize });
  const limit = state.key === resetKey ? state.limit : pageSize;
  if (state.key !== resetKey) setState({ key: resetKey, limit: pageSize });
  const hidden = Math.max(0, items.length - limit);
  return {
    shown: hidden > 0 ? items.slice(0, limit) : items,
    hidden,
    next: Math.min(hidden, pageSize),
    showMore: () => setState({ key: resetKey, limit: limit + pageSize }),
  };
}
