/**
 * Which place a click or tap means. At a country-wide zoom cities crowd together (on a phone Almaty's dot
 * sits under Balkhash's label), so of every place whose dot, label or event symbol lies under the pointer
 * the one nearest to it wins, not whichever layer happens to be drawn on top.
 */
import { isEventShown, RANGE_KEY, type YearView } from './year-icons.ts';
import { archiveLayerId, EVENT_LAYER_PREFIX, rangeMarksLayer, rangeSinglesLayer } from './layers.ts';

export interface Hit {
  layerId: string;
  properties: { id?: unknown; placeId?: unknown; year?: unknown; count?: unknown; allYears?: unknown };
  /** Its feature state: a range's marks and single events are drawn only where `shown` is set. */
  state?: { shown?: unknown };
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
    if (isEvent && !isHitShown(hit, selectedYear)) continue;
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

const BY_STATE = new Set([rangeMarksLayer.id, rangeSinglesLayer.id]);

/** Whether an event feature under the pointer is drawn: by its state, its year's icons, or (an archive in a
 * range) its layer's filter alone. */
export function isHitShown(
  hit: Pick<Hit, 'layerId' | 'properties' | 'state'>,
  selectedYear: YearView,
): boolean {
  if (BY_STATE.has(hit.layerId)) return hit.state?.shown === true;
  if (hit.layerId === archiveLayerId(RANGE_KEY)) return true;
  return isEventShown(hit.properties, selectedYear);
}
