/**
 * A link that carries both a place and a camera (`?place=taraz#6/52/72`) is shown as it was shared, even
 * where its place lies off-screen: the reader who shared it chose that view. Read once, at start, before
 * MapLibre rewrites the hash.
 */
import { normaliseId } from '../../records/schema.ts';

/** The place whose link also set the camera, or null when the link set no camera (or no place). */
export function placeWithLinkedCamera(location: { hash: string; search: string }): string | null {
  const place = new URLSearchParams(location.search).get('place');
  if (place === null || !isCameraHash(location.hash)) return null;
  // Read as the URL's selection reads it, so the two name the same place.
  return normaliseId(place);
}

/** Whether the link set the camera: then the map opens on it rather than on all of Kazakhstan. */
export function hasLinkedCamera(location: { hash: string }): boolean {
  return isCameraHash(location.hash);
}

/** `#zoom/lat/lng[/bearing[/pitch]]` with values MapLibre accepts; otherwise it fits Kazakhstan instead. */
function isCameraHash(hash: string): boolean {
  const parts = hash.replace(/^#/, '').split('/');
  if (parts.length < 3 || parts.length > 5 || parts.some((p) => p.trim() === '')) return false;
  const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
  return (
    parts.every((p) => Number.isFinite(Number(p))) && zoom >= 0 && Math.abs(lat) <= 90 && Math.abs(lng) <= 180
  );
}
