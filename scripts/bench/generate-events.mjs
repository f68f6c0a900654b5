#!/usr/bin/env node
// Synthetic event sets for the benchmark: the real event schema, real place and source ids, and a realistic
// spread: most events at the big cities, more in crisis years, points scattered around their place the way
// geocoded incidents around a city are. Seeded, so every run draws the same set.
import { readFileSync, writeFileSync } from 'node:fs';

export const KINDS = [
  'attack',
  'explosion',
  'protest',
  'dispersed-rally',
  'security-response',
  'prison-unrest',
  'law',
];
const KIND_WEIGHTS = [25, 5, 35, 10, 15, 5, 5];
const YEARS = Array.from({ length: 13 }, (_, i) => 2005 + i);
const YEAR_WEIGHTS = [2, 1, 1, 2, 2, 3, 8, 4, 3, 3, 6, 12, 5];

/** A seeded generator (mulberry32): every run draws the same set. */
export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted(random, items, weights) {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (let i = 0; i < items.length; i += 1) {
    r -= weights[i];
    if (r < 0) return items[i];
  }
  return items[items.length - 1];
}

export function generateEvents(places, sourceIds, count, seed = 42) {
  const random = rng(seed);
  const cities = places.features.filter((f) => f.properties.precision !== 'country');
  const placeWeights = cities.map((f) =>
    ['almaty', 'astana', 'aktobe', 'atyrau', 'zhanaozen'].includes(f.properties.id) ? 6 : 2,
  );
  const features = [];
  for (let i = 0; i < count; i += 1) {
    const place = weighted(random, cities, placeWeights);
    const year = weighted(random, YEARS, YEAR_WEIGHTS);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const precision = random() < 0.7 ? 'day' : random() < 0.7 ? 'month' : 'year';
    const date =
      precision === 'day'
        ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
        : precision === 'month'
          ? `${year}-${String(month).padStart(2, '0')}`
          : String(year);
    // Scatter around the place: roughly normal, most within ~50 km, a tail out to a few hundred.
    const r = Math.abs(random() + random() + random() - 1.5) * 1.2;
    const a = random() * 2 * Math.PI;
    const [lon, lat] = place.geometry.coordinates;
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
        kind: weighted(random, KINDS, KIND_WEIGHTS),
        date,
        datePrecision: precision,
        dateNote: null,
        year,
        placeId: place.properties.id,
        placePrecision: place.properties.precision,
        abroad: place.properties.country !== 'KZ',
        summary: `Synthetic event ${i} for the benchmark.`,
        sourceIds: [sourceIds[Math.floor(random() * sourceIds.length)]],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [dataDir = 'public/data', countArg = '1000', out = `${dataDir}/events.geojson`] =
    process.argv.slice(2);
  const places = JSON.parse(readFileSync(`${dataDir}/places.geojson`, 'utf8'));
  const sources = JSON.parse(readFileSync(`${dataDir}/sources.json`, 'utf8')).map((s) => s.id);
  writeFileSync(out, JSON.stringify(generateEvents(places, sources, Number(countArg))));
  console.log(`wrote ${countArg} synthetic events to ${out}`);
}
