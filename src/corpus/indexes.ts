/** Lookups by id, built once per load so panels never search arrays. */
import { byDate } from '../records/by-date.ts';
import { datasetIndex, mergeByDate, type DatasetIndex } from '../datasets/dataset-index.ts';
import { archiveYears, type ArchiveManifest } from './event-archive.ts';
import type { AppData } from './load-data.ts';
import type { ResolvedDataset } from '../datasets/resolve-dataset.ts';
import type {
  Claim,
  DatasetInfo,
  EventProperties,
  Excerpt,
  PlaceProperties,
  Source,
  Translations,
} from '../records/schema.ts';
import { timelineYears } from '../records/years.ts';

export interface Indexes {
  placeById: Map<string, PlaceProperties>;
  sourceById: Map<string, Source>;
  datasetById: Map<string, DatasetInfo>;
  /** The imported events linked to each article event: the datasets that record it, with their figures. */
  recordsOfEvent: Map<string, EventProperties[]>;
  excerptById: Map<string, Excerpt>;
  claimsByEvent: Map<string, Claim[]>;
  /** Each source's passages, in the order of the data: the reader marks them in the whole article. */
  excerptsBySource: Map<string, Excerpt[]>;
  placeIdsBySource: Map<string, string[]>;
  /**
   * Each place's events by date, from the events file the app loaded rather than the build's per-place
   * index, so a larger or replaced events file (a conflict dataset, the benchmark's sets) still lists right.
   */
  eventsByPlace: Map<string, EventProperties[]>;
  /** Every event, sorted once here by date (byDate), so lists filter it and never sort 100,000 rows again. */
  events: EventProperties[];
  /** The events that came with no dataset (the articles', or a loaded events file), by date. */
  baseEvents: EventProperties[];
  /** Each dataset's own index: its counts and years are taken whole while it is switched on. */
  datasetParts: Array<{ id: string; index: DatasetIndex }>;
  places: PlaceProperties[];
  /** The timeline's years: 2005–2017, widened to any year the loaded events hold. */
  years: number[];
  /** A site published as an archive: its events are not in the lists above (see event-archive.ts). */
  archive: ArchiveManifest | null;
  /** Our words in Russian and Kazakh, by record id. */
  translations: Translations;
}

export function buildIndexes(data: AppData, datasets: readonly ResolvedDataset[] = []): Indexes {
  const claimsByEvent = new Map<string, Claim[]>();
  for (const c of data.claims) claimsByEvent.set(c.eventId, [...(claimsByEvent.get(c.eventId) ?? []), c]);
  const placeIdsBySource = new Map<string, string[]>();
  const excerptsBySource = new Map<string, Excerpt[]>();
  for (const x of data.excerpts) {
    const ofSource = excerptsBySource.get(x.sourceId);
    if (ofSource) ofSource.push(x);
    else excerptsBySource.set(x.sourceId, [x]);
    const ids = placeIdsBySource.get(x.sourceId) ?? [];
    for (const id of x.placeIds) if (!ids.includes(id)) ids.push(id);
    placeIdsBySource.set(x.sourceId, ids);
  }
  const places = data.places.features.map((f) => f.properties);
  // The articles' events (or a loaded events file), then each dataset's, already indexed on their own.
  const baseEvents = data.events.features.map((f) => f.properties).sort(byDate);
  const eventsByPlace = new Map<string, EventProperties[]>();
  const recordsOfEvent = new Map<string, EventProperties[]>();
  const years = new Set<number | null>();
  for (const e of baseEvents) {
    years.add(e.year);
    const list = eventsByPlace.get(e.placeId);
    if (list) list.push(e);
    else eventsByPlace.set(e.placeId, [e]);
  }
  if (data.archive) for (const year of archiveYears(data.archive)) years.add(year);
  const parts = datasets.map((d) => ({ id: d.info.id, index: datasetIndex(d) }));
  let events = baseEvents;
  for (const { index } of parts) {
    events = mergeByDate(events, index.events);
    for (const year of index.years) years.add(year);
    for (const [placeId, list] of index.eventsByPlace) {
      const had = eventsByPlace.get(placeId);
      eventsByPlace.set(placeId, had ? mergeByDate(had, list) : list);
    }
    for (const [eventId, records] of index.recordsOfEvent) {
      const had = recordsOfEvent.get(eventId);
      recordsOfEvent.set(eventId, had ? mergeByDate(had, records) : records);
    }
  }
  return {
    placeById: new Map(places.map((p) => [p.id, p])),
    sourceById: new Map(data.sources.map((s) => [s.id, s])),
    datasetById: new Map(datasets.map((d) => [d.info.id, d.info])),
    recordsOfEvent,
    excerptById: new Map(data.excerpts.map((x) => [x.id, x])),
    claimsByEvent,
    excerptsBySource,
    placeIdsBySource,
    eventsByPlace,
    events,
    baseEvents,
    datasetParts: parts,
    places,
    years: timelineYears(years),
    archive: data.archive ?? null,
    translations: data.translations,
  };
}

/** What the page calls a source or a dataset: the publisher, or the dataset's name. */
export function sourceName(indexes: Pick<Indexes, 'sourceById' | 'datasetById'>, id: string): string {
  return indexes.sourceById.get(id)?.publisher ?? indexes.datasetById.get(id)?.name ?? id;
}
