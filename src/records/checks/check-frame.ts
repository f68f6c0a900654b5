/** A place must lie inside the map frame; swapped latitude and longitude are named as such. */
import type { PlaceRecord } from '../schema.ts';
import { BASEMAP_FRAME } from '../map-frame.ts';
import type { Problem } from './problems.ts';

export function inFrame(lon: number, lat: number): boolean {
  const [w, s, e, n] = BASEMAP_FRAME;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

export function checkFrame(file: string, places: readonly PlaceRecord[], problems: Problem[]): void {
  for (const place of places) {
    const { lon, lat } = place.point;
    if (inFrame(lon, lat)) continue;
    problems.push({
      file,
      record: place.id,
      field: 'point',
      message: inFrame(lat, lon)
        ? `latitude and longitude look swapped: (lon ${lon}, lat ${lat}) is outside the map frame, (lon ${lat}, lat ${lon}) is inside`
        : `(lon ${lon}, lat ${lat}) is outside the map frame ${JSON.stringify(BASEMAP_FRAME)}`,
    });
  }
}
