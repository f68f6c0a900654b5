/**
 * The tiles of the events in a range that is not one whole year (see year-icons.ts): asked of the tile worker
 * again only when the events' version, the range or the wholly-inside switch change. Null when no such range
 * is chosen.
 */
import { useMemo } from 'react';
import type { Selection } from '../../corpus/selection.ts';
import { showRange } from './event-tiles.ts';

export function useRangeTiles(
  eventTiles: string,
  selection: Pick<Selection, 'range' | 'wholly'> | null,
): string | null {
  const from = selection?.range?.from;
  const to = selection?.range?.to;
  const wholly = selection?.wholly ?? false;
  return useMemo(
    // eventTiles names the version the worker holds: a new one asks for the range again.
    () => (eventTiles && from !== undefined && to !== undefined ? showRange({ from, to, wholly }) : null),
    [eventTiles, from, to, wholly],
  );
}
