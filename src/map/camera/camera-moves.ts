/** What every camera move the app makes (not the reader's own) needs to know first. */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { uncoveredHeight } from './visible-area.ts';

/** A move's duration: none for a reader who asked their system for reduced motion. */
export function moveDuration(ms: number): number {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : ms;
}

/**
 * The map's size and the height of it no panel covers. A panel that has just opened has narrowed the map
 * (on a desktop): the map is measured at its new size now, not when MapLibre's resize observer next runs,
 * or a place would be judged against the old width.
 */
export function measureVisibleMap(
  map: MaplibreMap,
  panel: HTMLElement | null,
): { width: number; height: number; visibleHeight: number } {
  map.resize();
  const box = map.getContainer().getBoundingClientRect();
  const visibleHeight = uncoveredHeight(box, panel?.getBoundingClientRect() ?? null);
  return { width: box.width, height: box.height, visibleHeight };
}
