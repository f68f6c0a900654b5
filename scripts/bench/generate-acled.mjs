#!/usr/bin/env node
// A synthetic ACLED-format export for the import benchmark: ACLED's 31 columns in its own order, events at
// towns across Kazakhstan and around them (tens of kilometres), 1997–2026, notes of a realistic length with
// quoted commas, and a few rows of the faults real exports have. Seeded, so every run reads the same file.
import { writeFileSync } from 'node:fs';
import { rng } from './generate-events.ts';

const HEADER = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction',
  'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude',
  'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
]; // prettier-ignore

const TOWNS = [
  ['Almaty', 'Almaty', 43.25, 76.95], ['Astana', 'Astana', 51.17, 71.43], ['Shymkent', 'Shymkent', 42.32, 69.6],
  ['Aktobe', 'Aktobe', 50.28, 57.17], ['Atyrau', 'Atyrau', 47.1, 51.92], ['Zhanaozen', 'Mangystau', 43.34, 52.86],
  ['Aktau', 'Mangystau', 43.65, 51.17], ['Oral', 'West Kazakhstan', 51.23, 51.37], ['Semey', 'Abai', 50.41, 80.23],
  ['Pavlodar', 'Pavlodar', 52.29, 76.97], ['Taraz', 'Zhambyl', 42.9, 71.37], ['Kyzylorda', 'Kyzylorda', 44.85, 65.51],
  ['Karaganda', 'Karaganda', 49.8, 73.1], ['Kostanay', 'Kostanay', 53.21, 63.62], ['Oskemen', 'East Kazakhstan', 49.95, 82.61],
  ['Petropavl', 'North Kazakhstan', 54.87, 69.14], ['Turkistan', 'Turkistan', 43.3, 68.25], ['Taldykorgan', 'Zhetisu', 45.02, 78.37],
]; // prettier-ignore

const TYPES = [
  ['Protests', 'Peaceful protest', 50], ['Protests', 'Protest with intervention', 10],
  ['Riots', 'Violent demonstration', 5], ['Strategic developments', 'Arrests', 15],
  ['Violence against civilians', 'Attack', 10], ['Battles', 'Armed clash', 5],
  ['Explosions/Remote violence', 'Remote explosive/landmine/IED', 5],
]; // prettier-ignore

// English month names, as ACLED writes them in `event_date` ("5 June 2016").
const MONTHS = Array.from({ length: 12 }, (_, m) =>
  new Date(Date.UTC(2000, m, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }),
);
const cell = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function generateAcledCsv(count, seed = 7) {
  const random = rng(seed);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const lines = [HEADER.join(',')];
  const total = TYPES.reduce((n, t) => n + t[2], 0);
  for (let i = 0; i < count; i += 1) {
    const [location, admin1, lat, lon] = pick(TOWNS);
    let r = random() * total;
    const [type, sub] = TYPES.find((t) => (r -= t[2]) < 0) ?? TYPES[0];
    const year = 1997 + Math.floor(random() * 30);
    const month = Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const km = () => (random() + random() + random() - 1.5) * 0.5; // about ±40 km
    const fatalities = type === 'Protests' ? 0 : Math.floor(random() * 4);
    const notes = `On ${day} ${MONTHS[month]} ${year}, ${sub.toLowerCase()} in ${location} (${admin1}), residents said; "about ${10 + Math.floor(random() * 300)}" took part, according to local media, and police, it was reported, detained several people.`;
    const row = [
      `KAZ${i + 1}`, `${day} ${MONTHS[month]} ${year}`, String(year), pick(['1', '1', '1', '2', '3']), 'Demonstrations',
      type, sub, 'Protesters (Kazakhstan)', '', '6', 'Police Forces of Kazakhstan (2019-)', '', '1', '16', '',
      '398', 'Central Asia', 'Kazakhstan', admin1, '', '', location, (lat + km()).toFixed(4), (lon + km()).toFixed(4),
      pick(['1', '1', '2', '3']), pick(['Vlast.kz', 'Radio Azattyq', 'Kursiv', 'Tengrinews']), pick(['National', 'Subnational', 'National-International']),
      notes, String(fatalities), i % 50 === 0 ? 'crowd size=no report' : '', '1700000000',
    ]; // prettier-ignore
    lines.push(row.map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

if (process.argv[1]?.endsWith('generate-acled.mjs')) {
  const [out, count = '100000'] = process.argv.slice(2);
  writeFileSync(out, generateAcledCsv(Number(count)));
}
