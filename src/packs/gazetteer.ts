/**
 * The gazetteer a reader links their own passages to places with (GeoNames cities1000: every place of
 * Kazakhstan of 1,000 people or more, and the neighbours' within 150 km of its border; geo/gazetteer/). Found
 * by any Latin or Cyrillic spelling GeoNames has, with Kazakh letters folded to Russian ones and common Latin
 * transliterations to one form (Талдықорған, Талдыкорган, Taldykorgan and Taldyqorghan all find it), and
 * ranked: a whole name before a name's start before a name's middle, then nearest the map's centre.
 */
import { distanceKm } from '../lib/geodesy.ts';

export interface GazetteerPlace {
  geonameId: number;
  name: string;
  lon: number;
  lat: number;
  population: number;
  country: string;
  ru: string;
  kk: string;
  variants: string[];
}

type Row = [number, string, number, number, number, string, string, string, string[]];

export interface Gazetteer {
  places: GazetteerPlace[];
  /** Each place's names, folded, in the order of `places`. */
  folded: string[][];
}

const KAZAKH_TO_RUSSIAN: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' }; // prettier-ignore

/** The Kazakh letters of a name as the Russian ones they are spelled with there (Талдықорған → Талдыкорган). */
export function foldKazakhLetters(name: string): string {
  return name.replace(/[әғқңөұүһі]/gi, (c) => {
    const folded = KAZAKH_TO_RUSSIAN[c.toLowerCase()]!;
    return c === c.toLowerCase() ? folded : folded.toUpperCase();
  });
}

/** One form for the spellings of a name: case, accents, Kazakh letters, ё/й, q/k, gh/g, dashes and spaces. */
export function foldName(name: string): string {
  return foldKazakhLetters(name.toLowerCase())
    .replace(/ё/g, 'е')
    .replace(/й/g, 'и')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/gh/g, 'g')
    .replace(/q/g, 'k')
    .replace(/[\s'’ʻ.-]+/g, '');
}

export function readGazetteer(json: { places: Row[] }): Gazetteer {
  const places = json.places.map(([geonameId, name, lon, lat, population, country, ru, kk, variants]) => ({
    geonameId,
    name,
    lon,
    lat,
    population,
    country,
    ru,
    kk,
    variants,
  }));
  return {
    places,
    folded: places.map((p) => [...new Set([p.name, p.ru, p.kk, ...p.variants].map(foldName))]),
  };
}

export function searchGazetteer(
  gazetteer: Gazetteer,
  query: string,
  centre: { lon: number; lat: number },
  limit = 10,
): GazetteerPlace[] {
  const q = foldName(query);
  if (q.length === 0) return [];
  const found: Array<{ place: GazetteerPlace; rank: number; km: number }> = [];
  gazetteer.places.forEach((place, i) => {
    let rank = 3;
    for (const name of gazetteer.folded[i]!) {
      if (name === q) rank = 0;
      else if (rank > 1 && name.startsWith(q)) rank = 1;
      else if (rank > 2 && name.includes(q)) rank = 2;
      if (rank === 0) break;
    }
    if (rank < 3) found.push({ place, rank, km: distanceKm(centre, place) });
  });
  return found
    .sort((a, b) => a.rank - b.rank || a.km - b.km)
    .slice(0, limit)
    .map((f) => f.place);
}
