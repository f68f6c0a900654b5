import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGazetteer, searchGazetteer } from '../../../src/packs/gazetteer.ts';

const gazetteer = readGazetteer(
  JSON.parse(readFileSync(new URL('../../../geo/gazetteer/places.json', import.meta.url), 'utf8')),
);
const ALMATY = { lon: 76.95, lat: 43.25 };
const first = (query: string, centre = ALMATY) => searchGazetteer(gazetteer, query, centre)[0]?.name;

describe('the authoring gazetteer', () => {
  it('holds every place of Kazakhstan in GeoNames of 1,000 people or more, and the neighbours near the border', () => {
    const kz = gazetteer.places.filter((p) => p.country === 'KZ');
    expect(kz.length).toBeGreaterThanOrEqual(250);
    expect(kz.every((p) => p.population >= 1000 || p.population === 0)).toBe(true);
    expect(new Set(gazetteer.places.map((p) => p.country))).toEqual(new Set(['KZ', 'RU', 'UZ', 'KG', 'CN']));
  });

  it('finds Taldykorgan by its Russian, Kazakh and Latin spellings', () => {
    for (const spelling of ['Талдыкорган', 'Талдықорған', 'Taldykorgan', 'Taldyqorghan', 'taldy-kurgan'])
      expect(first(spelling), spelling).toBe('Taldykorgan');
  });

  it('gives each place its Russian and Kazakh names', () => {
    const [aktobe] = searchGazetteer(gazetteer, 'Aktobe', ALMATY);
    expect([aktobe?.name, aktobe?.ru, aktobe?.kk]).toEqual(['Aktobe', 'Актобе', 'Ақтөбе']);
  });

  it('ranks the places that share a name by nearness to the map centre', () => {
    // Three towns are called Aktau: on the Caspian, and two in Karaganda and Akmola regions.
    const aktau = (centre: { lon: number; lat: number }) => searchGazetteer(gazetteer, 'Aktau', centre)[0]!;
    expect(aktau({ lon: 51, lat: 43.7 }).lon).toBeCloseTo(51.17, 1);
    expect(aktau({ lon: 73, lat: 50.2 }).lon).toBeCloseTo(73.07, 1);
  });

  it('finds a whole name before a name that only starts with what was typed', () => {
    expect(first('Aral', { lon: 80, lat: 50 })).toBe('Aral');
  });
});
