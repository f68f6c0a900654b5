/**
 * Brings a chosen place into view: one chosen from search or the list may be off the map, and on a phone one
 * tapped low on the map would sit under its own panel. A place already in view stays where it is.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import type { PlacesCollection } from '../../records/schema.ts';
import { measureVisibleMap, moveDuration } from './camera-moves.ts';
import { isInView } from './visible-area.ts';

export function usePlaceInView(
  /** Null until the map has loaded; the place is brought into view then if it was chosen before. */
  mapRef: RefObject<MapRef | null> | null,
  places: PlacesCollection,
  placeId: string | null,
  panelRef: RefObject<HTMLElement | null>,
  /** The place of a link that also set the camera: the first time it is shown, the camera stays. */
  linkedPlaceId: string | null,
): void {
  const keepLinkedCamera = useRef(linkedPlaceId !== null);
  useEffect(() => {
    const map = mapRef?.current?.getMap();
    if (!map || !placeId) return;
    const feature = places.features.find((f) => f.properties.id === placeId);
    if (!feature) return;
    const linked = keepLinkedCamera.current && placeId === linkedPlaceId;
    keepLinkedCamera.current = false;
    if (linked) return;
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const { width, height, visibleHeight } = measureVisibleMap(map, panelRef.current);
    if (isInView(map.project([lon, lat]), width, visibleHeight, 16)) return;
    map.flyTo({
      center: [lon, lat],
      zoom: Math.max(map.getZoom(), 4.5),
      // Centre it in the part of the map no panel covers.
      offset: [0, -(height - visibleHeight) / 2],
      duration: moveDuration(800),
    });
  }, [mapRef, placeId, places, panelRef, linkedPlaceId]);
}
