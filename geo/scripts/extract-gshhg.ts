/**
 * One-off extraction of the basemap's detail from GSHHG (high resolution), through Debian's `gmt` and
 * `gmt-gshhg-high` packages, which stay out of the normal install. Run it again only to refresh the committed
 * files in geo/basemap/detail/ (see geo/basemap/SOURCES.md):
 *
 *   sudo apt-get install --no-install-recommends gmt gmt-gshhg-high
 *   npm i --no-save --prefix .tmp/extract @geo-maps/earth-lakes-1km@0.6.0
 *   EXTRACT_FROM=.tmp/extract npx tsx geo/scripts/extract-gshhg.ts
 *
 * GSHHG's lakes are older than some of today's water: it draws the Aral Sea at its extent before it shrank,
 * and lacks reservoirs filled since its source was made (Bukhtarma's growth, Shardara). There the outline
 * of OpenStreetMap's lakes (1 km) stands instead: the Aral's remnants replace GSHHG's Aral, and any lake of
 * 100 km² or more that touches no GSHHG lake is added.
 *
 * GMT dumps shorelines and rivers cut into its storage bins; the pieces are joined again here at the points
 * where they meet, so each lake is one polygon and each river a few long lines.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, LineString, Polygon, Position } from 'geojson';
import { DETAIL_REGION } from '../../src/records/map-frame.ts';

const REGION = `${DETAIL_REGION[0]}/${DETAIL_REGION[2]}/${DETAIL_REGION[1]}/${DETAIL_REGION[3]}`;
/** Lakes and islands under this many km² are left out (GMT's -A). */
const MIN_AREA_KM2 = 20;
/** About 150 m: finer than any zoom the map reaches (10) shows, and it keeps the files small. */
const SIMPLIFY = { tolerance: 0.0015, highQuality: true };
const OUT = resolve('geo/basemap/detail');

interface Piece {
  level: number;
  points: Position[];
}

/** GMT's multisegment text: `> … Level N` headers, then `lon<TAB>lat` lines. */
function readDump(args: string[]): Piece[] {
  const text = execFileSync('gmt', ['coast', '--GMT_HISTORY=false', `-R${REGION}`, '-Dh', '-M', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const pieces: Piece[] = [];
  let current: Piece | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) {
      current = { level: Number(/Level (\d+)/.exec(line)?.[1] ?? 0), points: [] };
      pieces.push(current);
    } else if (line.trim() !== '' && current) {
      const [lon, lat] = line.split('\t').map(Number);
      current.points.push([lon!, lat!]);
    }
  }
  return pieces.filter((p) => p.points.length > 1);
}

const key = ([lon, lat]: Position) => `${lon!.toFixed(6)},${lat!.toFixed(6)}`;

/** Pieces of one level joined end to start (or end to end, one reversed) into the longest runs they make. */
export function joinPieces(pieces: readonly Position[][]): Position[][] {
  const unused = new Set(pieces.map((_, i) => i));
  const byEnd = new Map<string, number[]>();
  const note = (point: Position, i: number) => byEnd.set(key(point), [...(byEnd.get(key(point)) ?? []), i]);
  pieces.forEach((p, i) => {
    note(p[0]!, i);
    note(p.at(-1)!, i);
  });
  const takeAt = (point: Position): Position[] | null => {
    for (const i of byEnd.get(key(point)) ?? []) {
      if (!unused.has(i)) continue;
      unused.delete(i);
      const p = pieces[i]!;
      return key(p[0]!) === key(point) ? p : [...p].reverse();
    }
    return null;
  };
  const runs: Position[][] = [];
  for (const start of pieces.keys()) {
    if (!unused.has(start)) continue;
    unused.delete(start);
    let run = [...pieces[start]!];
    for (
      let next = takeAt(run.at(-1)!);
      next && key(run[0]!) !== key(run.at(-1)!);
      next = takeAt(run.at(-1)!)
    )
      run = [...run, ...next.slice(1)];
    for (let prev = takeAt(run[0]!); prev && key(run[0]!) !== key(run.at(-1)!); prev = takeAt(run[0]!))
      run = [...[...prev].reverse(), ...run.slice(1)];
    runs.push(run);
  }
  return runs;
}

const round = (p: Position): Position => [Number(p[0]!.toFixed(4)), Number(p[1]!.toFixed(4))];

/**
 * The polygon simplified and rounded; or only rounded where simplifying made its outline cross itself; or,
 * where the source's own outline crosses itself, cut at the crossings into the valid polygons it encloses
 * (the build refuses invalid geometry).
 */
function validPolygons(f: Feature<Polygon>): Array<Feature<Polygon>> {
  const tidy = (g: Feature<Polygon>) =>
    turf.polygon((turf.rewind(g) as Feature<Polygon>).geometry.coordinates.map((ring) => ring.map(round)));
  // turf's validity check passes a ring that crosses itself; its crossings are looked for too (as the build does).
  const valid = (g: Feature<Polygon>) => turf.booleanValid(g) && turf.kinks(g).features.length === 0;
  for (const candidate of [tidy(turf.simplify(f, SIMPLIFY)), tidy(f)])
    if (valid(candidate)) return [candidate];
  let pieces: Array<Feature<Polygon>> = [];
  try {
    pieces = turf
      .unkinkPolygon(turf.cleanCoords(tidy(f)))
      .features.map(tidy)
      .filter(valid);
  } catch {
    // An outline turf cannot cut either: left out, and said below.
  }
  if (pieces.length === 0)
    console.warn(
      `left out a polygon near ${turf.centroid(f).geometry.coordinates.join(', ')}: not a valid outline`,
    );
  return pieces;
}

function polygons(level: number, pieces: readonly Piece[], kind: string): Array<Feature<Polygon>> {
  const rings = joinPieces(pieces.filter((p) => p.level === level).map((p) => p.points));
  return rings
    .filter((ring) => ring.length >= 4 && key(ring[0]!) === key(ring.at(-1)!))
    .flatMap((ring) =>
      validPolygons(turf.polygon([ring])).map((simple) =>
        turf.polygon(simple.geometry.coordinates, { kind, areaKm2: Math.round(turf.area(simple) / 1e6) }),
      ),
    )
    .filter((f) => f.properties!.areaKm2 >= MIN_AREA_KM2);
}

function rivers(pieces: readonly Piece[]): Array<Feature<LineString>> {
  return [1, 2, 3].flatMap((riverClass) =>
    joinPieces(pieces.filter((p) => p.level === riverClass).map((p) => p.points))
      .map((line) => turf.simplify(turf.lineString(line), SIMPLIFY))
      .filter((line) => turf.length(line) >= 5)
      .map((line) =>
        turf.lineString(line.geometry.coordinates.map(round), {
          // GSHHG's classes: 1 rivers wide enough to be drawn as lakes, 2 permanent major rivers, 3 additional
          // major rivers.
          class: riverClass,
        }),
      ),
  );
}

/** Where the Aral Sea lay before it shrank: GSHHG's lake there is left out for OpenStreetMap's remnants. */
const ARAL_BOX = [57.5, 43.3, 62.2, 47.2] as const;
const inBox = (f: Feature, [w = 0, s = 0, e = 0, n = 0]: readonly number[]) => {
  const [x, y] = turf.centroid(f as Feature<Polygon>).geometry.coordinates as [number, number];
  return x >= w && x <= e && y >= s && y <= n;
};

/** OpenStreetMap's lakes (via @geo-maps/earth-lakes-1km) in the detail region, as polygons. */
function osmLakes(): Array<Feature<Polygon>> {
  const from = resolve(process.env.EXTRACT_FROM ?? '.tmp/extract');
  const path = `${from}/node_modules/@geo-maps/earth-lakes-1km/map.geo.json`;
  const collection = JSON.parse(readFileSync(path, 'utf8')) as {
    geometries: Array<{ type: string; coordinates: Position[][][] | Position[][] }>;
  };
  const [w, s, e, n] = DETAIL_REGION;
  return collection.geometries
    .flatMap((g) =>
      g.type === 'MultiPolygon' ? (g.coordinates as Position[][][]) : [g.coordinates as Position[][]],
    )
    .map((rings) => turf.polygon(rings))
    .filter((f) => {
      const [x0, y0, x1, y1] = turf.bbox(f);
      return x0 >= w && x1 <= e && y0 >= s && y1 <= n;
    })
    .flatMap((f) =>
      validPolygons(f).map((simple) => {
        const areaKm2 = Math.round(turf.area(simple) / 1e6);
        return turf.polygon(simple.geometry.coordinates, { kind: 'lake', areaKm2, source: 'osm' });
      }),
    );
}

/**
 * Where a reservoir has grown past the lake GSHHG knows (Bukhtarma's arm west of Zaysan), the part of
 * OpenStreetMap's outline that lies outside every GSHHG lake, where it is 50 km² or more.
 */
function reservoirArms(
  osm: Array<Feature<Polygon>>,
  lakes: Array<Feature<Polygon>>,
): Array<Feature<Polygon>> {
  return osm
    .filter((f) => !inBox(f, ARAL_BOX) && f.properties!.areaKm2 >= 500)
    .flatMap((f) => {
      const touched = lakes.filter((lake) => turf.booleanIntersects(f, lake));
      if (touched.length === 0) return [];
      const outside = turf.difference(turf.featureCollection([f, ...touched]));
      if (!outside) return [];
      const parts =
        outside.geometry.type === 'Polygon'
          ? [outside.geometry.coordinates]
          : (outside.geometry.coordinates as Position[][][]);
      return parts
        .map((rings) => turf.polygon(rings))
        .filter((part) => turf.area(part) / 1e6 >= 50)
        .flatMap((part) =>
          validPolygons(part).map((valid) =>
            turf.polygon(valid.geometry.coordinates, {
              kind: 'lake',
              areaKm2: Math.round(turf.area(valid) / 1e6),
              source: 'osm',
            }),
          ),
        );
    });
}

function main() {
  const shore = readDump(['-W', `-A${MIN_AREA_KM2}`]);
  // Level 2: lakes (the Caspian and the Aral among them); level 3: islands in lakes.
  const gshhgLakes = polygons(2, shore, 'lake').filter(
    (f) => !(inBox(f, ARAL_BOX) && f.properties!.areaKm2 > 30_000),
  );
  const osm = osmLakes();
  const added = osm.filter(
    (f) =>
      inBox(f, ARAL_BOX) ||
      (f.properties!.areaKm2 >= 100 && !gshhgLakes.some((lake) => turf.booleanIntersects(f, lake))),
  );
  const water = [
    ...gshhgLakes,
    ...added.filter((f) => f.properties!.areaKm2 >= MIN_AREA_KM2),
    ...reservoirArms(osm, gshhgLakes),
    ...polygons(3, shore, 'island'),
  ];
  const lines = rivers(readDump(['-I1', '-I2', '-I3']));
  const write = (name: string, features: Feature[]) =>
    writeFileSync(`${OUT}/${name}`, `${JSON.stringify({ type: 'FeatureCollection', features })}\n`);
  write('water.geojson', water);
  write('rivers.geojson', lines);
  console.log(
    `wrote ${water.length} lakes and islands (${added.length} from OpenStreetMap) and ${lines.length} river lines to ${OUT}`,
  );
}

if (process.argv[1]?.endsWith('extract-gshhg.ts')) main();
