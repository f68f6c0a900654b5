import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import * as turf from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../../geo/pipeline/build-data.ts';
import {
  claimsFile,
  eventsCollection,
  excerptsFile,
  placesCollection,
  sourcesFile,
} from '../../../src/records/schema.ts';
import { ROOT } from './geo-fixture.ts';

const out = mkdtempSync(join(tmpdir(), 'steppe-data-'));
const read = (name: string) => readFileSync(join(out, name), 'utf8');

beforeAll(() => {
  const result = buildData(ROOT, out);
  expect(result.messages.join('\n')).not.toMatch(/›/);
  expect(result.ok).toBe(true);
});

describe('public/data as the build writes it', () => {
  it('passes a third-party GeoJSON checker', () => {
    expect(() => check(read('places.geojson'))).not.toThrow();
    expect(() => check(read('events.geojson'))).not.toThrow();
  });

  it('matches the contract the app reads', () => {
    expect(() => placesCollection.parse(JSON.parse(read('places.geojson')))).not.toThrow();
    expect(() => eventsCollection.parse(JSON.parse(read('events.geojson')))).not.toThrow();
    expect(() => sourcesFile.parse(JSON.parse(read('sources.json')))).not.toThrow();
    expect(() => excerptsFile.parse(JSON.parse(read('excerpts.json')))).not.toThrow();
    expect(() => claimsFile.parse(JSON.parse(read('claims.json')))).not.toThrow();
  });

  it('holds every place the articles name, with stable slug ids', () => {
    const ids = placesCollection
      .parse(JSON.parse(read('places.geojson')))
      .features.map((f) => f.properties.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'aktobe',
        'taraz',
        'atyrau',
        'astana',
        'semey',
        'zhanaozen',
        'oral',
        'pavlodar',
        'aktau',
        'almaty',
        'kyzylorda',
        'balkhash',
        'tengiz',
        'kashagan',
        'nalchik',
        'tajikistan',
        'kyrgyzstan',
      ]),
    );
  });

  it('puts every place inside its stated country (offshore sites nearest to it)', () => {
    const countries = JSON.parse(
      readFileSync(join(ROOT, 'geo/basemap/countries.geojson'), 'utf8'),
    ) as FeatureCollection<Polygon | MultiPolygon>;
    for (const f of placesCollection.parse(JSON.parse(read('places.geojson'))).features) {
      const country = countries.features.find((c) => c.properties?.iso2 === f.properties.country)!;
      const distance = turf.pointToPolygonDistance(f.geometry.coordinates, country, { units: 'kilometers' });
      expect(distance, f.properties.id).toBeLessThanOrEqual(f.properties.offshore ? 150 : 0);
    }
  });

  it('computes oblasts with point-in-polygon: Semey lies in East Kazakhstan, Taraz in Zhambyl', () => {
    const byId = new Map(
      placesCollection
        .parse(JSON.parse(read('places.geojson')))
        .features.map((f) => [f.properties.id, f.properties]),
    );
    expect(byId.get('semey')).toMatchObject({ oblast: 'East Kazakhstan', oblastMethod: 'inside' });
    expect(byId.get('taraz')).toMatchObject({ oblast: 'Zhambyl', oblastMethod: 'inside' });
    // Kashagan lies at sea, about as far from Mangghystau's coast as from Atyrau's: both are named.
    expect(byId.get('kashagan')?.oblastMethod).toBe('nearest');
    expect(byId.get('kashagan')?.oblastsNearby?.map((n) => n.oblast)).toEqual(['Mangghystau', 'Atyrau']);
    expect(byId.get('semey')?.oblastsNearby).toBeNull();
    expect(byId.get('kazakhstan')?.oblast).toBeNull();
    expect(byId.get('nalchik')?.oblast).toBeNull();
  });

  it('gives each city its distance to the nearest international border', () => {
    const byId = new Map(
      placesCollection
        .parse(JSON.parse(read('places.geojson')))
        .features.map((f) => [f.properties.id, f.properties]),
    );
    // Al Jazeera calls Aktobe "a city of 400,000 near the Russian border"; Astana lies deep inside the country.
    expect(byId.get('aktobe')!.borderDistanceKm!).toBeLessThan(100);
    expect(byId.get('astana')!.borderDistanceKm!).toBeGreaterThan(200);
  });

  it('indexes each place by year, so Aktobe lists its 2011 and 2016 events apart', () => {
    const aktobe = placesCollection
      .parse(JSON.parse(read('places.geojson')))
      .features.find((f) => f.properties.id === 'aktobe')!;
    expect(aktobe.properties.index['2011']?.eventIds).toEqual(['aktobe-2011-05-suicide-bombing']);
    expect(aktobe.properties.index['2016']?.eventIds).toEqual([
      'aktobe-2016-04-land-protest',
      'aktobe-2016-06-05-attacks',
    ]);
  });

  it('sits each event feature at its place and carries its year', () => {
    const places = new Map(
      placesCollection
        .parse(JSON.parse(read('places.geojson')))
        .features.map((f) => [f.properties.id, f.geometry.coordinates]),
    );
    const events = eventsCollection.parse(JSON.parse(read('events.geojson'))).features;
    for (const e of events) {
      expect(e.geometry.coordinates).toEqual(places.get(e.properties.placeId));
      expect(e.properties.year).toBe(
        e.properties.date === null ? null : Number(e.properties.date.slice(0, 4)),
      );
    }
    expect(
      events
        .filter((e) => e.properties.id.endsWith('-2016-04-land-protest'))
        .map((e) => e.properties.placeId)
        .sort(),
    ).toEqual(['aktobe', 'atyrau', 'semey']);
  });

  it('keeps the three death tolls for Aktobe, 5 June 2016, each with its source, all marked contested', () => {
    const claims = claimsFile.parse(JSON.parse(read('claims.json')));
    const civilians = claims.filter(
      (c) => c.eventId === 'aktobe-2016-06-05-attacks' && c.measure === 'killed-civilians',
    );
    expect(civilians.map((c) => [c.sourceId, c.value, c.contested]).sort()).toEqual([
      ['al-jazeera-2016-06-09', 3, true],
      ['armedpolitics-2016', 21, true],
      ['hizb-ut-tahrir-2016', 4, true],
    ]);
    // Sources that agree (three security officers killed in Aktobe) are not contested.
    expect(
      claims
        .filter((c) => c.eventId === 'aktobe-2016-06-05-attacks' && c.measure === 'killed-security-forces')
        .every((c) => !c.contested),
    ).toBe(true);
  });

  it('keeps a quantity a source gives only in words beside a number, both contested', () => {
    const claims = claimsFile.parse(JSON.parse(read('claims.json')));
    const injured = claims.filter(
      (c) => c.eventId === 'aktobe-2016-06-05-attacks' && c.measure === 'injured',
    );
    expect(injured.map((c) => [c.sourceId, c.value, c.valueText, c.contested]).sort()).toEqual([
      ['al-jazeera-2016-06-09', null, 'scores', true],
      ['armedpolitics-2016', 38, undefined, true],
    ]);
  });
});
