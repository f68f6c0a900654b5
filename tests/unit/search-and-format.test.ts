import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { placesCollection } from '../../src/records/schema.ts';
import { searchPlaces } from '../../src/corpus/search-places.ts';
import { describeOblast } from '../../src/i18n/describe-oblast.ts';
import { loadCatalogue, translator } from '../../src/i18n/translator.ts';

const english = translator('en');
beforeAll(() => loadCatalogue('ru'));
import { buildData } from '../../geo/pipeline/build-data.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './data-build/geo-fixture.ts';

const out = mkdtempSync(join(tmpdir(), 'steppe-search-'));
buildData(ROOT, out);
const places = placesCollection
  .parse(JSON.parse(readFileSync(join(out, 'places.geojson'), 'utf8')))
  .features.map((f) => f.properties);
const first = (q: string) => searchPlaces(places, q)[0]?.place.id;

describe('searching places by any name', () => {
  it.each([
    ['Semipalatinsk', 'semey'],
    ['Uralsk', 'oral'],
    ['Zhanauzen', 'zhanaozen'],
    ['Nur-Sultan', 'astana'],
    ['nur sultan', 'astana'],
    ['Ақтөбе', 'aktobe'],
    ['Уральск', 'oral'],
    ['Семей', 'semey'],
    ['nalchik', 'nalchik'],
    ['Kazakstan', 'kazakhstan'],
  ])('%s finds %s', (query, id) => {
    expect(first(query)).toBe(id);
  });
  it('says which variant matched', () => {
    expect(searchPlaces(places, 'Semipalatinsk')[0]?.matchedName).toBe('Semipalatinsk');
  });
  it('finds nothing for a place the sources never name', () => {
    expect(searchPlaces(places, 'Karaganda')).toEqual([]);
  });
});

describe('dates at their precision', () => {
  it('never shows more precision than the source gives', () => {
    expect(english.date('2011-11-12', 'day')).toBe('12 November 2011');
    expect(english.date('2016-04', 'month')).toBe('April 2016');
    expect(english.date('2005', 'year')).toBe('2005');
    expect(english.date(null, 'undated')).toBe('undated');
  });
});

describe('a place’s oblast as the panel says it', () => {
  it('names the oblast a city lies in', () => {
    expect(describeOblast({ oblast: 'Zhambyl', oblastMethod: 'inside', oblastsNearby: null }, english)).toBe(
      'Zhambyl',
    );
  });

  it('says a site at sea lies in none, and names every coast nearly as near rather than the nearest alone', () => {
    const kashagan = {
      oblast: 'Mangghystau',
      oblastMethod: 'nearest' as const,
      oblastsNearby: [
        { oblast: 'Mangghystau', km: 80 },
        { oblast: 'Atyrau', km: 82 },
      ],
    };
    expect(describeOblast(kashagan, english)).toBe(
      'none: the site lies offshore; nearest: Mangghystau 80 km, Atyrau 82 km',
    );
    const names: Record<string, string> = {
      Mangghystau: 'Мангистауская область',
      Atyrau: 'Атырауская область',
    };
    expect(describeOblast(kashagan, translator('ru'), (o) => names[o]!)).toBe(
      'нет: объект в море; ближайшие: Мангистауская область, 80 км, Атырауская область, 82 км',
    );
  });
});
