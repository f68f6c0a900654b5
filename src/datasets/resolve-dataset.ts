/**
 * Checked records of one dataset → events and places beside the articles' (pure; run by the page's import
 * worker and by the data build for published datasets):
 * - an event whose location is one of a known place's names or variants (and lies within 50 km of it), or
 *   that lies within 10 km of a known place, joins that place; the others form places of their own, one per
 *   location and region as the rows name them;
 * - an event whose dates overlap an article event's at both their precisions, within 25 km of it, is linked
 *   to it, so the place panel can set the dataset's figures beside the articles' claims.
 * Every event keeps its own point.
 */
import { distanceKm } from '../lib/geodesy.ts';
import { dayRange } from '../records/day-span.ts';
import { remembered, rememberedPairs } from '../lib/remembered.ts';
import type { AdapterResult, ImportedRecord } from '../formats/imported-record.ts';
import type { DatasetInfo, DatePrecision, EventProperties, PlaceProperties } from '../records/schema.ts';

export const JOIN_KM = 10;
export const NAME_JOIN_KM = 50;
export const LINK_KM = 25;

export interface Point {
  lon: number;
  lat: number;
}
export interface PointFeature<P> {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: number[] };
  properties: P;
}

export interface ResolvedDataset {
  info: DatasetInfo;
  places: Array<PointFeature<PlaceProperties>>;
  events: Array<PointFeature<EventProperties>>;
  problems: AdapterResult['problems'];
  /**
   * The events as the map's GeoJSON features, written beside the worker that read them (see
   * map/map-feature-text.ts); a promise while a fresh import's part is still being written after its report.
   */
  mapPart?: Blob | Promise<Blob>;
}

export interface ResolveBase {
  places: ReadonlyArray<PointFeature<PlaceProperties>>;
  /** The articles' events (imported ones are left aside: datasets are not linked to each other). */
  events: ReadonlyArray<PointFeature<EventProperties>>;
}

export type DatasetMeta = Pick<
  DatasetInfo,
  'id' | 'name' | 'fileName' | 'format' | 'encoding' | 'importedAt' | 'published'
>;

export { dayRange };

const overlap = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];
const pointOf = (f: { geometry: { coordinates: number[] } }): Point => ({
  lon: f.geometry.coordinates[0]!,
  lat: f.geometry.coordinates[1]!,
});
/** A cheap test that rules out most far points before the great-circle distance: 1° of latitude ≥ 110 km,
 * and within this frame (28–62° N) 1° of longitude ≥ 52 km. */
function roughlyWithin(a: Point, b: Point, km: number): boolean {
  return Math.abs(a.lat - b.lat) * 110 <= km && Math.abs(a.lon - b.lon) * 52 <= km;
}

/** A name as compared: case and runs of spaces ignored. Memoised: rows repeat the same few hundred names. */
const nameKey = remembered((s: string) => s.trim().toLowerCase().replace(/\s+/g, ' '), 50_000);
/** Most events are linked to none: they share this empty list, which nothing changes. */
const NONE = Object.freeze([]) as unknown as string[];
const isKazakhstan = (country: string) => /^(kz|kaz|kazakhstan|казахстан|қазақстан)$/i.test(country.trim());

/** Where a record lands: its event's id, its place, and the article events it is linked to. */
export interface Resolution {
  id: string;
  placeId: string;
  abroad: boolean;
  linkedEventIds: string[];
}

/** Resolves records one at a time, as the file is parsed; `finish` gives the dataset's places and counts. */
export interface Resolver {
  resolve: (record: ImportedRecord) => Resolution;
  add: (record: ImportedRecord) => PointFeature<EventProperties>;
  finish: (
    read: Pick<AdapterResult, 'problems' | 'rowsRead' | 'unit'>,
    meta: Pick<DatasetMeta, 'format' | 'encoding'>,
  ) => Omit<ResolvedDataset, 'events'>;
}

export function resolveDataset(read: AdapterResult, meta: DatasetMeta, base: ResolveBase): ResolvedDataset {
  const resolver = createResolver(meta, base);
  const events = read.records.map(resolver.add);
  return { ...resolver.finish(read, meta), events };
}

export function createResolver(meta: DatasetMeta, base: ResolveBase): Resolver {
  // A place that stands for a whole country (the articles' "Kazakhstan") is joined by name only, never by distance.
  const known = base.places.map((f) => ({ place: f.properties, point: pointOf(f) }));
  const nearby = known.filter((k) => k.place.precision !== 'country');
  const byName = new Map<string, (typeof known)[number]>();
  for (const k of known)
    for (const n of [k.place.nameEn, k.place.nameRu, k.place.nameKk, ...k.place.variants])
      if (!byName.has(nameKey(n))) byName.set(nameKey(n), k);
  const articleEvents = base.events
    .filter((f) => !f.properties.imported)
    .map((f) => ({
      id: f.properties.id,
      point: pointOf(f),
      days: dayRange(f.properties.date, f.properties.datePrecision),
    }))
    .filter((e) => e.days !== null);

  // Dates repeat over many rows: each date's days are worked out once.
  const daysOf = rememberedPairs((precision: DatePrecision, date: string) => dayRange(date, precision)!);
  const days = (r: ImportedRecord) => daysOf(r.datePrecision, r.date);

  const formed = new Map<string, PointFeature<PlaceProperties>>();
  const joinedPlaceIds = new Set<string>();
  let linked = 0;
  let imported = 0;

  const placeFor = (r: ImportedRecord): { id: string; country: string | null } => {
    const point = { lon: r.lon, lat: r.lat };
    const named = r.location ? byName.get(nameKey(r.location)) : undefined;
    let join = named && distanceKm(point, named.point) <= NAME_JOIN_KM ? named : undefined;
    if (!join) {
      let best = JOIN_KM;
      for (const k of nearby) {
        if (!roughlyWithin(point, k.point, JOIN_KM)) continue;
        const km = distanceKm(point, k.point);
        if (km <= best) [best, join] = [km, k];
      }
    }
    if (join) {
      joinedPlaceIds.add(join.place.id);
      return { id: join.place.id, country: join.place.country };
    }
    const key =
      r.location || r.admin1
        ? `${nameKey(r.location ?? '')}|${nameKey(r.admin1 ?? '')}`
        : `${r.lat.toFixed(2)},${r.lon.toFixed(2)}`;
    let place = formed.get(key);
    if (!place) {
      place = formedPlace(`${meta.id}-place-${formed.size + 1}`, r, meta.id);
      formed.set(key, place);
    }
    return { id: place.properties.id, country: r.country };
  };

  const resolve = (r: ImportedRecord): Resolution => {
    imported++;
    const place = placeFor(r);
    const range = days(r);
    const point = { lon: r.lon, lat: r.lat };
    let linkedEventIds: string[] = NONE;
    for (const e of articleEvents)
      if (
        overlap(range, e.days!) &&
        roughlyWithin(point, e.point, LINK_KM) &&
        distanceKm(point, e.point) <= LINK_KM
      )
        linkedEventIds = [...linkedEventIds, e.id];
    if (linkedEventIds.length > 0) linked++;
    const country = r.country ?? place.country;
    return {
      id: `${meta.id}-row-${r.row}`,
      placeId: place.id,
      abroad: country !== null && !isKazakhstan(country),
      linkedEventIds,
    };
  };
  const add = (r: ImportedRecord) => eventFeature(r, resolve(r), meta.id);

  const finish: Resolver['finish'] = (read, found) => ({
    info: {
      ...meta,
      ...found,
      rowsRead: read.rowsRead,
      rowsImported: imported,
      rowsRejected: new Set(read.problems.map((p) => p.row)).size,
      unit: read.unit,
      placesJoined: joinedPlaceIds.size,
      placesFormed: formed.size,
      eventsLinked: linked,
    },
    places: [...formed.values()],
    problems: read.problems,
  });
  return { resolve, add, finish };
}

/** An imported record as an event of the map, where its resolution put it. */
export function eventFeature(
  r: ImportedRecord,
  at: Resolution,
  datasetId: string,
): PointFeature<EventProperties> {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
    properties: {
      id: at.id,
      kind: r.kind,
      date: r.date,
      datePrecision: r.datePrecision,
      dateNote: r.dateNote,
      year: Number(r.date.slice(0, 4)),
      placeId: at.placeId,
      placePrecision: r.placePrecision,
      abroad: at.abroad,
      // No summary of ours: the dataset's own description is shown as its passage.
      summary: '',
      sourceIds: [datasetId],
      imported: {
        datasetId,
        row: r.row,
        externalId: r.externalId,
        originalType: r.originalType,
        passage: r.passage,
        citations: r.citations,
        figures: r.figures,
        remarks: r.remarks,
        location: r.location,
        admin1: r.admin1,
        linkedEventIds: at.linkedEventIds,
      },
    },
  };
}

function formedPlace(id: string, r: ImportedRecord, datasetId: string): PointFeature<PlaceProperties> {
  const name = r.location ?? r.admin1 ?? `${r.lat.toFixed(2)}° N, ${r.lon.toFixed(2)}° E`;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
    properties: {
      id,
      // The dataset names the place in one language only; the panel says so rather than repeat it as Russian
      // and Kazakh.
      nameEn: name,
      nameRu: name,
      nameKk: name,
      variants: [],
      precision: r.placePrecision,
      country: '',
      offshore: false,
      oblast: null,
      oblastCode: null,
      oblastMethod: null,
      oblastsNearby: null,
      borderDistanceKm: null,
      pointSource: `the first row that names it in the dataset (row ${r.row})`,
      dataset: { id: datasetId, admin1: r.admin1, country: r.country },
      index: {},
    },
  };
}

/** A dataset's id from its file name: a slug, kept apart from the ids already taken. */
export function datasetIdFor(fileName: string, taken: ReadonlySet<string>): string {
  const stem = fileName
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const base = `data-${stem || 'set'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
