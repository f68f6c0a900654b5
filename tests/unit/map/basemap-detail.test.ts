import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import { VectorTile } from '@mapbox/vector-tile';
import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { PbfReader } from 'pbf';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { basemapDetailArchive, readBasemapDetail } from '../../../geo/pipeline/basemap-detail.ts';
import { formatProblem, type Problem } from '../../../src/records/checks/problems.ts';
import { detailNote } from '../../../src/map/basemap/use-basemap-detail.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const read = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;
const water = read<FeatureCollection<Polygon>>('geo/basemap/detail/water.geojson');

/** The area in km² of the lake that holds the point. */
function lakeAt(lon: number, lat: number): number {
  const lake = water.features.find(
    (f) => f.properties?.kind === 'lake' && turf.booleanPointInPolygon([lon, lat], f),
  );
  return lake ? turf.area(lake) / 1e6 : 0;
}

describe('the basemap’s lakes and coasts', () => {
  it('are real shapes: their areas match the known figures', () => {
    // Balkhash, fresh western and salt eastern halves as one lake: about 16,000 to 18,500 km².
    expect(lakeAt(74.5, 46.3)).toBeGreaterThan(16_000);
    expect(lakeAt(74.5, 46.3)).toBeLessThan(18_500);
    expect(lakeAt(74.5, 46.3)).toBe(lakeAt(78.5, 46.6));
    // The Caspian, some 370,000 to 400,000 km² with its gulfs.
    expect(lakeAt(50.5, 42.5)).toBeGreaterThan(350_000);
    // Alakol (about 2,650 km²), Zaysan with Bukhtarma (GSHHG draws it at about 4,000), Kapchagay.
    expect(lakeAt(81.7, 46.15)).toBeGreaterThan(2_000);
    expect(lakeAt(84.0, 48.0)).toBeGreaterThan(3_000);
    expect(lakeAt(77.6, 43.85)).toBeGreaterThan(500);
    // The Aral as it is now (the North Aral Sea is about 3,300 km²), not as it was before it shrank (68,000).
    expect(lakeAt(60.7, 46.4)).toBeGreaterThan(2_000);
    expect(lakeAt(60.7, 46.4)).toBeLessThan(4_500);
    expect(
      water.features.every((f) => turf.area(f) / 1e6 < 30_000 || lakeAt(50.5, 42.5) === turf.area(f) / 1e6),
    ).toBe(true);
  });

  it('are checked by the build, which names the rivers and the towns in three languages', () => {
    const problems: Problem[] = [];
    const detail = readBasemapDetail(ROOT, problems);
    expect(problems.map(formatProblem)).toEqual([]);
    const named = detail.rivers.features.filter((f) => f.properties?.nameEn);
    expect(named.map((f) => f.properties!.nameEn).sort()).toEqual(
      ['Chu', 'Ili', 'Irtysh', 'Ishim', 'Karatal', 'Nura', 'Syr Darya', 'Tobol', 'Ural'].sort(),
    );
    expect(named.find((f) => f.properties!.nameEn === 'Ural')!.properties).toMatchObject({
      nameRu: 'Урал',
      nameKk: 'Жайық',
    });
    for (const town of detail.towns.features)
      expect(town.properties).toMatchObject({ nameRu: expect.any(String), nameKk: expect.any(String) });
    expect(detail.towns.features.map((t) => t.properties!.nameEn)).toContain('Karagandy');
  });

  it('stop the build with the file, the feature and the field when a geometry is invalid or off the map', () => {
    const root = mkdtempSync(join(tmpdir(), 'detail-'));
    cpSync(join(ROOT, 'geo/basemap'), join(root, 'geo/basemap'), { recursive: true });
    const broken = structuredClone(water);
    // A bow tie: the outline crosses itself.
    broken.features[2]!.geometry.coordinates = [
      [
        [70, 45],
        [71, 46],
        [71, 45],
        [70, 46],
        [70, 45],
      ],
    ];
    writeFileSync(join(root, 'geo/basemap/detail/water.geojson'), JSON.stringify(broken));
    const towns = read<FeatureCollection<Point>>('geo/basemap/detail/towns.geojson');
    towns.features[0]!.geometry.coordinates = [120, 40];
    writeFileSync(join(root, 'geo/basemap/detail/towns.geojson'), JSON.stringify(towns));
    const problems: Problem[] = [];
    readBasemapDetail(root, problems);
    expect(problems.map(formatProblem)).toEqual([
      'geo/basemap/detail/water.geojson › feature 3 › geometry: is not a valid geometry',
      'geo/basemap/detail/towns.geojson › feature 1 › geometry: lies outside the map frame (28–102° E, 28–62° N)',
    ]);
  });

  it('are cut into one archive of zooms 5 to 10, under 2 MB, read back by the pmtiles package', async () => {
    const bytes = basemapDetailArchive(readBasemapDetail(ROOT, []));
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const source: Source = {
      getKey: () => 'memory',
      getBytes: async (offset: number, length: number): Promise<RangeResponse> => ({
        data: bytes.slice(offset, offset + length).buffer,
      }),
    };
    const archive = new PMTiles(source);
    const header = await archive.getHeader();
    expect([header.minZoom, header.maxZoom]).toEqual([5, 10]);
    // Zoom 6 over Balkhash (tile 6/45/22): the lake, and the Ili named along its line.
    const tile = await archive.getZxy(6, 45, 22);
    const layers = new VectorTile(new PbfReader(new Uint8Array(tile!.data)) as never).layers;
    expect(Object.keys(layers).sort()).toEqual(['rivers', 'water']);
    const rivers = layers.rivers!;
    const names = Array.from({ length: rivers.length }, (_, i) => rivers.feature(i).properties.nameEn);
    expect(names).toContain('Ili');
    // And the tile north of it, over Karagandy, its town.
    const north = await archive.getZxy(6, 45, 21);
    const towns = new VectorTile(new PbfReader(new Uint8Array(north!.data)) as never).layers.towns!;
    const townNames = Array.from({ length: towns.length }, (_, i) => towns.feature(i).properties.nameEn);
    expect(townNames).toContain('Karagandy');
  });
});

describe('the map’s note where the detail ends', () => {
  it('speaks at the deepest zoom and outside the region, and not before', () => {
    expect(detailNote(6, 76.9, 43.3)).toBeNull();
    expect(detailNote(10, 76.9, 43.3)).toBe('map.detailDeepest');
    expect(detailNote(6, 35, 40)).toBe('map.detailOutside');
    expect(detailNote(4, 35, 40)).toBeNull();
  });
});

// The lines are LineStrings: a type the test reads through turf only.
export type { LineString };
