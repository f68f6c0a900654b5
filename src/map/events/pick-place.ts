/**
 * Which place a click or tap means. At a country-wide zoom cities crowd together (on a phone Almaty's dot
 * sits under Balkhash's label), so of every place whose dot, label or event symbol lies under the pointer
 * the one nearest to it wins, not whichever layer happens to be drawn on top.
 */
import { isEventShown, RANGE_KEY, type YearView } from './year-icons.ts';
import { EVENT_LAYER_PREFIX } from './layers.ts';

export interface Hit {
  layerId: string;
  properties: { id?: unknown; placeId?: unknown; year?: unknown; count?: unknown; allYears?: unknown };
  /** Where the feature stands: an event stands at its place. */
  lngLat: [number, number];
}

export function nearestPlaceId(
  hits: readonly Hit[],
  pointer: { x: number; y: number },
  project: (lngLat: [number, number]) => { x: number; y: number },
  selectedYear: YearView,
): string | undefined {
  const places = new Map<string, [number, number]>();
  for (const hit of hits) {
    // Events of hidden years are drawn transparent but still there: the pointer skips them.
    const isEvent = hit.layerId.startsWith(EVENT_LAYER_PREFIX);
    const inRangeLayer = hit.layerId.endsWith(RANGE_KEY);
    if (isEvent && !inRangeLayer && !isEventShown(hit.properties, selectedYear)) continue;
    const placeId = isEvent ? hit.properties.placeId : hit.properties.id;
    if (typeof placeId === 'string' && !places.has(placeId)) places.set(placeId, hit.lngLat);
  }
  let best: { id: string; distance: number } | undefined;
  for (const [id, lngLat] of places) {
    const p = project(lngLat);
    const distance = Math.hypot(p.x - pointer.x, p.y - pointer.y);
    if (!best || distance < best.distance) best = { id, distance };
  }
  return best?.id;
}
