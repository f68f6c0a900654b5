/**
 * Places must lie in the country they name (offshore places: nearest to it), with
 * turf against the Natural Earth countries (the build has them; a pack checked in the page does not). Swapped
 * latitude and longitude are named as such.
 */
import * as turf from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { PlaceRecord } from '../../../src/records/schema.ts';
import { inFrame } from '../../../src/records/checks/check-frame.ts';
import { GEO_FILES } from '../../../src/records/checks/record-files.ts';
import { memoByPoint } from '../memo-by-point.ts';
import type { Problem } from '../../../src/records/checks/problems.ts';

function countryAtUncached(
  countries: FeatureCollection<Polygon | MultiPolygon>,
  lon: number,
  lat: number,
): string | null {
  const hit = countries.features.find((c) => turf.booleanPointInPolygon([lon, lat], c));
  return (hit?.properties?.iso2 as string | undefined) ?? null;
}

function nearestCountryUncached(
  countries: FeatureCollection<Polygon | MultiPolygon>,
  lon: number,
  lat: number,
): string | null {
  let best: { iso2: string | null; d: number } = { iso2: null, d: Infinity };
  for (const c of countries.features) {
    const d = turf.pointToPolygonDistance([lon, lat], c, { units: 'kilometers' });
    if (d < best.d) best = { iso2: (c.properties?.iso2 as string | undefined) ?? null, d };
  }
  return best.iso2;
}

const countryAt = memoByPoint(countryAtUncached);
const nearestCountry = memoByPoint(nearestCountryUncached);

export function checkPlaces(
  countries: FeatureCollection<Polygon | MultiPolygon>,
  places: readonly PlaceRecord[],
  problems: Problem[],
): void {
  const file = GEO_FILES.places;
  for (const place of places) {
    const { lon, lat } = place.point;
    // A point outside the frame is named by checkFrame (src/records/checks), the build's and a pack's alike.
    if (!inFrame(lon, lat)) continue;
    const swappedFits = inFrame(lat, lon);
    const found = place.offshore ? nearestCountry(countries, lon, lat) : countryAt(countries, lon, lat);
    if (found !== place.country) {
      const swapped = swappedFits ? countryAt(countries, lat, lon) : null;
      problems.push({
        file,
        record: place.id,
        field: swapped === place.country ? 'point' : 'country',
        message:
          swapped === place.country
            ? `latitude and longitude look swapped: the point lies in ${found ?? 'no country'}, swapped it lies in ${place.country}`
            : `the point lies ${place.offshore ? 'nearest to' : 'in'} ${found ?? 'no country'}, not in ${place.country}`,
      });
    }
  }
}
