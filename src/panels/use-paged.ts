import { useState } from 'react';

/**
 * The first `pageSize` items, and a way to show more. Long lists (a city with thousands of events in a large
 * dataset) would otherwise put every row in the page at once. Starts over when `resetKey` changes.
 */
export function usePaged<T>(
  items: readonly T[],
  pageSize: number,
  resetKey: string,
): { shown: readonly T[]; hidden: number; showMore: () => void } {
  const [state, setState] = useState({ key: resetKey, limit: pageSize });
  const limit = state.key === resetKey ? state.limit : pageSize;
  if (state.key !== resetKey) setState({ key: resetKey, limit: pageSize });
  return {
    shown: items.length > limit ? items.slice(0, limit) : items,
    hidden: Math.max(0, items.length - limit),
    showMore: () => setState({ key: resetKey, limit: limit + pageSize }),
  };
}
