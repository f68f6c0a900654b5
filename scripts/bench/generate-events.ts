// Synthetic event sets for the benchmark: the real event schema, real place and source ids, and a realistic
// spread: most events at the big cities, more in crisis years, points scattered around their place the way
// geocoded incidents around a city are. Seeded, so every run draws the same set.
// Run by tsx (npm run bench), so it takes the event kinds from the schema's own terms.
import { readFileSync, writeFileSync } from 'node:fs';
import { EVENT_KINDS, type EventKind } from '../../src/records/record-terms.ts';
import type { EventsCollection, PlacesCollection } from '../../src/records/schema.ts';

type EventFeatureRecord = EventsCollection['features'][number];

/** How often each kind comes; a kind added to the schema without a weight here fails the type check. */
const KIND_WEIGHT: Record<EventKind, number> = {
  attack: 25,
  explosion: 5,
  protest: 35,
  'dispersed-rally': 10,
  'security-response': 15,
  'prison-unrest': 5,
  law: 5,
};
const KIND_WEIGHTS = EVENT_KINDS.map((k) => KIND_WEIGHT[k]);
// Thirty years, as a conflict-event dataset has them, heavier in the crisis years (2011, 2016, 2022).
const YEARS = Array.from({ length: 30 }, (_, i) => 1997 + i);
const YEAR_WEIGHTS = YEARS.map((y) => (y === 2011 || y === 2016 ? 8 : y === 2022 ? 12 : y >= 2005 ? 3 : 1));

/** A seeded generator (mulberry32): every run draws the same set. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(random: () => number, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (let i = 0; i < items.length; i += 1) {
    r -= weights[i]!;
    if (r < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

export function generateEvents(
  places: PlacesCollection,
  sourceIds: readonly string[],
  count: number,
  seed = 42,
): EventsCollection {
  const random = rng(seed);
  // Every place of the data, the country-level ones included.
  const cities = places.features;
  const placeWeights = cities.map((f) =>
    ['almaty', 'astana', 'aktobe', 'atyrau', 'zhanaozen'].includes(f.properties.id) ? 6 : 2,
  );
  const features: EventFeatureRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    const place = weighted(random, cities, placeWeights);
    const year = weighted(random, YEARS, YEAR_WEIGHTS);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const precision = random() < 0.7 ? 'day' : random() < 0.7 ? 'month' : ('year' as const);
    const date =
      precision === 'day'
        ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
        : precision === 'month'
          ? `${year}-${String(month).padStart(2, '0')}`
          : String(year);
    // Scatter around the place as geocoded incidents are: roughly normal, most within ~20 km, out to ~55 km.
    const r = Math.abs(random() + random() + random() - 1.5) * 0.35;
    const a = random() * 2 * Math.PI;
    const [lon = 0, lat = 0] = place.geometry.coordinates;
    features.push({
      type: 'Feature',
      geometry: {
        type: 'Point',
        coordinates: [
          Number((lon + r * Math.cos(a)).toFixed(4)),
          Number((lat + 0.6 * r * Math.sin(a)).toFixed(4)),
        ],
      },
      properties: {
        id: `synthetic-${i}`,
        kind: weighted(random, EVENT_KINDS, KIND_WEIGHTS),
        date,
        datePrecision: precision,
        dateNote: null,
        year,
        placeId: place.properties.id,
        placePrecision: place.properties.precision,
        abroad: place.properties.country !== 'KZ',
        summary: `Synthetic event ${i} for the benchmark.`,
        sourceIds: [sourceIds[Math.floor(random() * sourceIds.length)]!],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const [dataDir = 'public/data', countArg = '1000', out = `${dataDir}/events.geojson`] =
    process.argv.slice(2);
  const places = JSON.parse(readFileSync(`${dataDir}/places.geojson`, 'utf8'));
  const sources = JSON.parse(readFileSync(`${dataDir}/sources.json`, 'utf8')).map(
    (s: { id: string }) => s.id,
  );
  writeFileSync(out, JSON.stringify(generateEvents(places, sources, Number(countArg))));
  console.log(`wrote ${countArg} synthetic events to ${out}`);
}
