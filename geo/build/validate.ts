/**
 * Validates the hand-written records in geo/ and collects every problem at once, each naming the file,
 * the record and the field, so that one build run shows the whole list of things to fix.
 * Pure: it takes parsed file contents and returns problems, so tests can feed it broken fixtures.
 */
import * as turf from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { z } from 'zod';
import {
  claimRecord,
  eventRecord,
  excerptRecord,
  isValidDate,
  placeRecord,
  sourceRecord,
  type ClaimRecord,
  type EventRecord,
  type ExcerptRecord,
  type PlaceRecord,
  type SourceRecord,
} from '../../src/data/schema.ts';
import { BASEMAP_FRAME } from './frame.ts';
import { memoByPoint } from './memo-by-point.ts';
import { mentionsFigure, mentionsWords } from './number-words.ts';
import type { Problem } from './problems.ts';

export const FILES = {
  sources: 'geo/sources/sources.json',
  places: 'geo/places.json',
  events: 'geo/events.json',
  excerpts: 'geo/excerpts.json',
  claims: 'geo/claims.json',
} as const;

export interface RawGeo {
  sources: unknown;
  places: unknown;
  events: unknown;
  excerpts: unknown;
  claims: unknown;
  /** Source texts by file name, as decoded from UTF-8. */
  texts: ReadonlyMap<string, string>;
  countries: FeatureCollection<Polygon | MultiPolygon>;
}

export interface GeoRecords {
  sources: SourceRecord[];
  places: PlaceRecord[];
  events: EventRecord[];
  excerpts: ExcerptRecord[];
  claims: ClaimRecord[];
  texts: ReadonlyMap<string, string>;
}

export interface Validation {
  records: GeoRecords;
  problems: Problem[];
  /** Records read from each file, whether or not they were valid: nothing is dropped without a word. */
  counts: Record<keyof typeof FILES, number>;
}

function recordName(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 ? id : `#${index + 1} (no id)`;
}

function parseFile<S extends z.ZodType>(
  file: string,
  raw: unknown,
  schema: S,
  problems: Problem[],
): { valid: z.infer<S>[]; count: number } {
  if (!Array.isArray(raw)) {
    problems.push({ file, record: '(file)', field: '(root)', message: 'must be a JSON array of records' });
    return { valid: [], count: 0 };
  }
  const valid: z.infer<S>[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const record = recordName(item, index);
    const result = schema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.length > 0 ? issue.path.join('.') : '(record)';
        const message =
          issue.code === 'invalid_type' && issue.input === undefined ? 'is missing' : issue.message;
        problems.push({ file, record, field, message });
      }
      return;
    }
    const id = (result.data as { id: string }).id;
    if (seen.has(id)) {
      problems.push({ file, record, field: 'id', message: `duplicate id "${id}"` });
      return;
    }
    seen.add(id);
    valid.push(result.data);
  });
  return { valid, count: raw.length };
}

function inFrame(lon: number, lat: number): boolean {
  const [w, s, e, n] = BASEMAP_FRAME;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

function countryAtUncached(
  countries: FeatureCollection<Polygon | MultiPolygon>,
  lon: number,
  lat: number,
): string | null {
  const hit = countries.features.find((c) => turf.booleanPointInPolygon([lon, lat], c));
  return (hit?.properties?.iso2 as string | undefined) ?? null;
}

function nearestCountryUncached(
  countries: FeatureCollection<Polygon | MultiPolygon>,
  lon: number,
  lat: number,
): string | null {
  let best: { iso2: string | null; d: number } = { iso2: null, d: Infinity };
  for (const c of countries.features) {
    const d = turf.pointToPolygonDistance([lon, lat], c, { units: 'kilometers' });
    if (d < best.d) best = { iso2: (c.properties?.iso2 as string | undefined) ?? null, d };
  }
  return best.iso2;
}

const countryAt = memoByPoint(countryAtUncached);
const nearestCountry = memoByPoint(nearestCountryUncached);

function checkPlaces(raw: RawGeo, places: PlaceRecord[], problems: Problem[]): void {
  const file = FILES.places;
  for (const place of places) {
    const { lon, lat } = place.point;
    const swappedFits = inFrame(lat, lon);
    if (!inFrame(lon, lat)) {
      problems.push({
        file,
        record: place.id,
        field: 'point',
        message: swappedFits
          ? `latitude and longitude look swapped: (lon ${lon}, lat ${lat}) is outside the map frame, (lon ${lat}, lat ${lon}) is inside`
          : `(lon ${lon}, lat ${lat}) is outside the map frame ${JSON.stringify(BASEMAP_FRAME)}`,
      });
      continue;
    }
    const found = place.offshore
      ? nearestCountry(raw.countries, lon, lat)
      : countryAt(raw.countries, lon, lat);
    if (found !== place.country) {
      const swapped = swappedFits ? countryAt(raw.countries, lat, lon) : null;
      problems.push({
        file,
        record: place.id,
        field: swapped === place.country ? 'point' : 'country',
        message:
          swapped === place.country
            ? `latitude and longitude look swapped: the point lies in ${found ?? 'no country'}, swapped it lies in ${place.country}`
            : `the point lies ${place.offshore ? 'nearest to' : 'in'} ${found ?? 'no country'}, not in ${place.country}`,
      });
    }
  }
}

function checkDates(file: string, records: Array<SourceRecord | EventRecord>, problems: Problem[]): void {
  for (const r of records) {
    if (!isValidDate(r.date, r.datePrecision)) {
      const expected = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY', undated: 'null' }[
        r.datePrecision
      ];
      problems.push({
        file,
        record: r.id,
        field: 'date',
        message: `${JSON.stringify(r.date)} is not a real date in the form ${expected} that precision "${r.datePrecision}" asks for`,
      });
    }
  }
}

export function validateGeo(raw: RawGeo): Validation {
  const problems: Problem[] = [];
  const sources = parseFile(FILES.sources, raw.sources, sourceRecord, problems);
  const places = parseFile(FILES.places, raw.places, placeRecord, problems);
  const events = parseFile(FILES.events, raw.events, eventRecord, problems);
  const excerpts = parseFile(FILES.excerpts, raw.excerpts, excerptRecord, problems);
  const claims = parseFile(FILES.claims, raw.claims, claimRecord, problems);

  const sourceById = new Map(sources.valid.map((s) => [s.id, s]));
  const placeIds = new Set(places.valid.map((p) => p.id));
  const eventById = new Map(events.valid.map((e) => [e.id, e]));
  const excerptById = new Map(excerpts.valid.map((x) => [x.id, x]));
  const ref = (file: string, record: string, field: string, kind: string, id: string) =>
    problems.push({ file, record, field, message: `unknown ${kind} id "${id}"` });

  for (const s of sources.valid) {
    if (!raw.texts.has(s.file)) {
      problems.push({
        file: FILES.sources,
        record: s.id,
        field: 'file',
        message: `geo/sources/${s.file} does not exist`,
      });
    }
  }
  checkDates(FILES.sources, sources.valid, problems);
  checkPlaces(raw, places.valid, problems);
  checkDates(FILES.events, events.valid, problems);

  for (const e of events.valid) {
    if (!placeIds.has(e.placeId)) ref(FILES.events, e.id, 'placeId', 'place', e.placeId);
    e.sourceIds.forEach((id, i) => {
      if (!sourceById.has(id)) ref(FILES.events, e.id, `sourceIds.${i}`, 'source', id);
      else if (!excerpts.valid.some((x) => x.sourceId === id && x.eventIds.includes(e.id))) {
        problems.push({
          file: FILES.events,
          record: e.id,
          field: `sourceIds.${i}`,
          message: `no excerpt of "${id}" reports this event`,
        });
      }
    });
  }

  for (const x of excerpts.valid) {
    const source = sourceById.get(x.sourceId);
    if (!source) ref(FILES.excerpts, x.id, 'sourceId', 'source', x.sourceId);
    const text = source ? raw.texts.get(source.file) : undefined;
    if (text !== undefined) {
      const atOffsets = text.slice(x.start, x.end);
      if (x.end <= x.start || atOffsets !== x.text) {
        const elsewhere = text.indexOf(x.text);
        problems.push({
          file: FILES.excerpts,
          record: x.id,
          field: 'text',
          message:
            `does not match ${source!.file} at ${x.start}-${x.end}` +
            (elsewhere >= 0
              ? ` (the text stands at ${elsewhere}-${elsewhere + x.text.length})`
              : ' (nor anywhere else in it)'),
        });
      }
    }
    x.placeIds.forEach((id, i) => {
      if (!placeIds.has(id)) ref(FILES.excerpts, x.id, `placeIds.${i}`, 'place', id);
    });
    x.eventIds.forEach((id, i) => {
      const event = eventById.get(id);
      if (!event) return ref(FILES.excerpts, x.id, `eventIds.${i}`, 'event', id);
      if (!event.sourceIds.includes(x.sourceId)) {
        problems.push({
          file: FILES.excerpts,
          record: x.id,
          field: `eventIds.${i}`,
          message: `event "${id}" does not list source "${x.sourceId}" among its sources`,
        });
      }
      if (!x.placeIds.includes(event.placeId)) {
        problems.push({
          file: FILES.excerpts,
          record: x.id,
          field: 'placeIds',
          message: `links event "${id}" but not its place "${event.placeId}"`,
        });
      }
    });
  }

  for (const c of claims.valid) {
    if (!eventById.has(c.eventId)) ref(FILES.claims, c.id, 'eventId', 'event', c.eventId);
    if (!sourceById.has(c.sourceId)) ref(FILES.claims, c.id, 'sourceId', 'source', c.sourceId);
    if (c.value === null && c.valueText === undefined) {
      problems.push({
        file: FILES.claims,
        record: c.id,
        field: 'valueText',
        message: 'is required when value is null (the source\'s words for the quantity, e.g. "scores")',
      });
    }
    if (c.value !== null && c.valueText !== undefined) {
      problems.push({
        file: FILES.claims,
        record: c.id,
        field: 'valueText',
        message: `must be left out when the source gives a number (value ${c.value})`,
      });
    }
    if (c.valueMax !== undefined && (c.value === null || c.valueMax <= c.value)) {
      problems.push({
        file: FILES.claims,
        record: c.id,
        field: 'valueMax',
        message: `must be greater than value ${c.value}`,
      });
    }
    const excerpt = excerptById.get(c.excerptId);
    if (!excerpt) {
      ref(FILES.claims, c.id, 'excerptId', 'excerpt', c.excerptId);
      continue;
    }
    if (excerpt.sourceId !== c.sourceId) {
      problems.push({
        file: FILES.claims,
        record: c.id,
        field: 'excerptId',
        message: `excerpt "${excerpt.id}" is from "${excerpt.sourceId}", not "${c.sourceId}"`,
      });
    }
    if (!excerpt.eventIds.includes(c.eventId)) {
      problems.push({
        file: FILES.claims,
        record: c.id,
        field: 'excerptId',
        message: `excerpt "${excerpt.id}" does not link event "${c.eventId}"`,
      });
    }
    if (c.value !== null && !mentionsFigure(excerpt.text, c.value, c.valueMax)) {
      const figure = c.valueMax === undefined ? String(c.value) : `${c.value}-${c.valueMax}`;
      problems.push({
        file: FILES.claims,
        record: c.id,
        field: 'value',
        message: `excerpt "${excerpt.id}" does not mention ${figure}`,
      });
    }
    if (c.valueText !== undefined && !mentionsWords(excerpt.text, c.valueText)) {
      problems.push({
        file: FILES.claims,
        record: c.id,
        field: 'valueText',
        message: `excerpt "${excerpt.id}" does not contain "${c.valueText}"`,
      });
    }
  }

  // Every source, place and event must lead to at least one passage of a source.
  const cover = (file: string, ids: Iterable<string>, linked: (id: string) => boolean) => {
    for (const id of ids) {
      if (!linked(id))
        problems.push({ file, record: id, field: '(excerpts)', message: 'no excerpt links this record' });
    }
  };
  cover(FILES.sources, sourceById.keys(), (id) => excerpts.valid.some((x) => x.sourceId === id));
  cover(FILES.places, placeIds, (id) => excerpts.valid.some((x) => x.placeIds.includes(id)));
  cover(FILES.events, eventById.keys(), (id) => excerpts.valid.some((x) => x.eventIds.includes(id)));

  return {
    records: {
      sources: sources.valid,
      places: places.valid,
      events: events.valid,
      excerpts: excerpts.valid,
      claims: claims.valid,
      texts: raw.texts,
    },
    problems,
    counts: {
      sources: sources.count,
      places: places.count,
      events: events.count,
      excerpts: excerpts.count,
      claims: claims.count,
    },
  };
}
