/**
 * One schema module for every record, shared by the data build (geo/pipeline) and the app (src/).
 * Hand-written records in geo/ are parsed with the "record" schemas; the files the build writes to
 * public/data are parsed by the app with the "output" schemas, so a stale or corrupt file is caught
 * where it is read rather than deep inside a component.
 */
import { z } from './zod.ts';
import { slug } from './slug.ts';
import { DATE_PRECISIONS, EVENT_KINDS, LOCATION_PRECISIONS, MEASURES, SOURCE_KINDS } from './record-terms.ts';

export { normaliseId, slug } from './slug.ts';
export { translationsFile, type Translations } from './translations-schema.ts';

export {
  DATE_PRECISIONS,
  EVENT_KINDS,
  isValidDate,
  LOCATION_PRECISIONS,
  MEASURES,
  SOURCE_KINDS,
  yearOf,
  type DatePrecision,
  type EventKind,
  type LocationPrecision,
  type Measure,
  type SourceKind,
} from './record-terms.ts';
export const datePrecision = z.enum(DATE_PRECISIONS);

const datedRecord = {
  date: z.string().nullable(),
  datePrecision,
  /** Why the date has the precision it has, in our words ("the source says 'late April'"). */
  dateNote: z.string().min(1).optional(),
};

export const sourceRecord = z.object({
  id: slug,
  file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in geo/sources/'),
  publisher: z.string().min(1),
  title: z.string().min(1),
  ...datedRecord,
  author: z.string().min(1).nullable(),
  url: z.url().nullable(),
  kind: z.enum(SOURCE_KINDS),
  /** One line, ours: who is speaking and what stake they have. */
  speaker: z.string().min(1),
  /** The text's language (BCP 47: "en", "ru", "kk"); the five articles, written before it was asked, are English. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like "en", "ru" or "kk"')
    .optional(),
});
export type SourceRecord = z.infer<typeof sourceRecord>;

export const pointRecord = z.object({
  lon: z.number(),
  lat: z.number(),
  /** Where the coordinates come from (gazetteer id, or how a non-gazetteer point was made). */
  source: z.string().min(1),
});

export const placeRecord = z.object({
  id: slug,
  names: z.object({ en: z.string().min(1), ru: z.string().min(1), kk: z.string().min(1) }),
  /** Spellings the sources and readers use: Semipalatinsk, Uralsk, Nur-Sultan, Akmola... */
  variants: z.array(z.string().min(1)),
  precision: z.enum(LOCATION_PRECISIONS),
  /** ISO 3166-1 alpha-2 of the country the point lies in (or off whose shore it lies). */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like "KZ"'),
  /** Offshore sites (Kashagan) lie in no land polygon; their oblast is the nearest one. */
  offshore: z.boolean().optional(),
  point: pointRecord,
});
export type PlaceRecord = z.infer<typeof placeRecord>;

export const eventRecord = z.object({
  id: slug,
  kind: z.enum(EVENT_KINDS),
  ...datedRecord,
  placeId: slug,
  /** Our own one-sentence neutral summary; never quoted as a source. */
  summary: z.string().min(1),
  sourceIds: z.array(slug).min(1),
});
export type EventRecord = z.infer<typeof eventRecord>;

export const excerptRecord = z.object({
  id: slug,
  sourceId: slug,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1),
  placeIds: z.array(slug),
  eventIds: z.array(slug),
  /**
   * Kept by a passage marked in the page (a source pack): up to 32 characters either side as the text stood,
   * and the SHA-256 (hex) of that text, so the passage can be found again when the text is edited.
   */
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  textSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in 64 lowercase hex digits')
    .optional(),
});
export type ExcerptRecord = z.infer<typeof excerptRecord>;

export const claimRecord = z.object({
  id: slug,
  eventId: slug,
  measure: z.enum(MEASURES),
  /** The figure; null when the source gives a quantity only in words ("scores", "dozens"). */
  value: z.number().int().nonnegative().nullable(),
  /** The source's own words for a quantity it gives without a number; required when value is null. */
  valueText: z.string().min(1).optional(),
  /** Upper end when the source gives a range ("6-7 people are still wanted"). */
  valueMax: z.number().int().positive().optional(),
  /** The source's own hedge, e.g. "at least". */
  qualifier: z.string().min(1).optional(),
  /** Whom the source attributes the figure to, if anyone. */
  attribution: z.string().min(1).optional(),
  sourceId: slug,
  excerptId: slug,
});
export type ClaimRecord = z.infer<typeof claimRecord>;

// ---- What the build writes to public/data (the contract the app reads) ----

export const claimOutput = claimRecord.extend({ contested: z.boolean() });
export type Claim = z.infer<typeof claimOutput>;
export type Excerpt = ExcerptRecord;
export type Source = SourceRecord;

export const placeIndexEntry = z.object({ eventIds: z.array(slug), excerptIds: z.array(slug) });

export const placeProperties = z.object({
  id: slug,
  nameEn: z.string(),
  nameRu: z.string(),
  nameKk: z.string(),
  variants: z.array(z.string()),
  precision: z.enum(LOCATION_PRECISIONS),
  country: z.string(),
  offshore: z.boolean(),
  oblast: z.string().nullable(),
  oblastCode: z.string().nullable(),
  oblastMethod: z.enum(['inside', 'nearest']).nullable(),
  /** With `nearest` only: every oblast nearly as near (within 25 km of the nearest), nearest first. */
  oblastsNearby: z.array(z.object({ oblast: z.string(), km: z.number() })).nullable(),
  borderDistanceKm: z.number().nullable(),
  pointSource: z.string(),
  /** Only on a place an imported dataset formed: its id, and the region and country as its rows name them. */
  dataset: z.object({ id: slug, admin1: z.string().nullable(), country: z.string().nullable() }).optional(),
  /** Keyed by year ("2016") or "undated": what this place has, so a panel needs no search. */
  index: z.record(z.string(), placeIndexEntry),
});
export type PlaceProperties = z.infer<typeof placeProperties>;

/** A figure an event dataset gives for an event ("ACLED: 4 fatalities"), with the column it came from. */
export const datasetFigure = z.object({
  measure: z.enum(MEASURES),
  value: z.number().int().nonnegative(),
  column: z.string().min(1),
});
export type DatasetFigure = z.infer<typeof datasetFigure>;

/** What an imported event keeps of its row: the dataset's own words and codes, shown as the dataset's. */
export const importedDetails = z.object({
  datasetId: slug,
  /** The row as a spreadsheet numbers it (the header is row 1), or the feature's number in a GeoJSON file. */
  row: z.number().int().positive(),
  /** The dataset's own id for the event (event_id_cnty, eventid), if it has one. */
  externalId: z.string().nullable(),
  /** The dataset's own classification, e.g. "Protests · Peaceful protest". */
  originalType: z.string().nullable(),
  /** The dataset's description (ACLED notes, GTD summary), verbatim. */
  passage: z.string().nullable(),
  /** Where the dataset says it has the event from (ACLED source and source_scale, GTD scite1–3). */
  citations: z.array(z.string()),
  figures: z.array(datasetFigure),
  /** Flags the dataset sets, in our words ("GTD doubts this was terrorism"). */
  remarks: z.array(z.string()),
  /** The location as the row names it, and its first-order region. */
  location: z.string().nullable(),
  admin1: z.string().nullable(),
  /** The article events this one was matched to (same dates at their precision, within 25 km). */
  linkedEventIds: z.array(slug),
});
export type ImportedDetails = z.infer<typeof importedDetails>;

export const eventProperties = z.object({
  id: slug,
  kind: z.enum(EVENT_KINDS),
  date: z.string().nullable(),
  datePrecision,
  dateNote: z.string().nullable(),
  year: z.number().int().nullable(),
  placeId: slug,
  placePrecision: z.enum(LOCATION_PRECISIONS),
  /** True when the place lies outside Kazakhstan (the regional comparisons). */
  abroad: z.boolean(),
  summary: z.string(),
  sourceIds: z.array(slug),
  /** Only on events from an imported dataset. */
  imported: importedDetails.optional(),
});
export type EventProperties = z.infer<typeof eventProperties>;

const pointGeometry = z.object({
  type: z.literal('Point'),
  coordinates: z.array(z.number()).length(2),
});

export const placeFeature = z.object({
  type: z.literal('Feature'),
  geometry: pointGeometry,
  properties: placeProperties,
});
export const eventFeature = z.object({
  type: z.literal('Feature'),
  geometry: pointGeometry,
  properties: eventProperties,
});

/** A FeatureCollection whose features are not yet checked: the app checks them one by one. */
export const featureCollectionShell = z.object({
  type: z.literal('FeatureCollection'),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  features: z.array(z.unknown()),
  /** Only on the events of a site published as an archive: its manifest's file name (see event-archive.ts). */
  archive: z
    .string()
    .regex(/^[\w.-]+\.json$/, 'must be a file name in data/')
    .optional(),
});

export const placesCollection = featureCollectionShell.extend({ features: z.array(placeFeature) });
export type PlacesCollection = z.infer<typeof placesCollection>;

export const eventsCollection = featureCollectionShell.extend({ features: z.array(eventFeature) });
export type EventsCollection = z.infer<typeof eventsCollection>;

export const sourcesFile = z.array(sourceRecord);
export const excerptsFile = z.array(excerptRecord);
export const claimsFile = z.array(claimOutput);

// ---- Event datasets the reader or the site adds (ACLED, GTD, a table, GeoJSON) ----

export const datasetInfo = z.object({
  id: slug,
  /** What the Sources view calls it: the file's name without its extension, unless given. */
  name: z.string().min(1),
  fileName: z.string().min(1),
  format: z.enum(['acled', 'gtd', 'table', 'geojson']),
  encoding: z.string().min(1),
  /** Data rows (or features) in the file, those imported, those left out with a named problem. */
  rowsRead: z.number().int().nonnegative(),
  rowsImported: z.number().int().nonnegative(),
  rowsRejected: z.number().int().nonnegative(),
  unit: z.enum(['row', 'feature']),
  importedAt: z.string().min(1),
  /** Events that joined one of the map's places, and the places the dataset's other rows formed. */
  placesJoined: z.number().int().nonnegative(),
  placesFormed: z.number().int().nonnegative(),
  /** Events matched to an article's event. */
  eventsLinked: z.number().int().nonnegative(),
  /** True when the site was built with it (npm run import): it cannot be removed in the page. */
  published: z.boolean(),
});
export type DatasetInfo = z.infer<typeof datasetInfo>;
