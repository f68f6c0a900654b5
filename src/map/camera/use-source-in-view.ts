/**
 * Brings every place a source speaks of into view when the reader asks to see them on the map: a source
 * that compares Aktobe with Nalchik would otherwise highlight a place off-screen. When every place is
 * already in view (above a phone's sheet too), the camera stays where it is.
 */
import { useEffect, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { PlacesCollection } from '../../records/schema.ts';
import { measureVisibleMap, moveDuration } from './camera-moves.ts';
import { boundsOf, isInView } from './visible-area.ts';

const MARGIN = 24;
/** A source that speaks of one city is shown with the country around it, not street by street. */
const MAX_ZOOM = 5;

export function useSourceInView(
  /** Null until the map has loaded. */
  mapRef: RefObject<MapRef | null> | null,
  places: PlacesCollection,
  placeIds: readonly string[],
  panelRef: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const map = mapRef?.current?.getMap();
    if (!map || placeIds.length === 0) return;
    const wanted = new Set(placeIds);
    const points = places.features
      .filter((f) => wanted.has(f.properties.id))
      .map((f) => f.geometry.coordinates as [number, number]);
    const bounds = boundsOf(points);
    if (!bounds) return;
    const { width, height, visibleHeight } = measureVisibleMap(map, panelRef.current);
    if (points.every((p) => isInView(map.project(p), width, visibleHeight, MARGIN))) return;
    const pad = MARGIN * 2;
    map.fitBounds(bounds, {
      padding: { top: pad, left: pad, right: pad, bottom: pad + height - visibleHeight },
      maxZoom: MAX_ZOOM,
      duration: moveDuration(800),
    });
  }, [mapRef, places, placeIds, panelRef]);
}
