/**
 * What an export holds: the events the reader sees (the year, the layers, the comparisons, and the sources and
 * datasets switched on), each with its point, its place, its sources, its claims and figures, and the ids of the
 * passages about it. Pure: every export format is written from this one gathering.
 */
import { figureRows, type FigureRow } from '../corpus/figure-rows.ts';
import { sourceName, type Indexes } from '../corpus/indexes.ts';
import type { PointFeature } from '../datasets/resolve-dataset.ts';
import type { DatasetInfo, EventProperties, Excerpt, PlaceProperties, Source } from '../records/schema.ts';
import { fromShownSources, matchesSelection, type Selection } from '../corpus/selection.ts';
import { byFeatureDate } from '../records/by-date.ts';

export interface ExportedEvent {
  lon: number;
  lat: number;
  event: EventProperties;
  place: PlaceProperties | undefined;
  /** The switched-on sources that report it (an imported event has its dataset instead). */
  sources: Source[];
  dataset: DatasetInfo | undefined;
  /** The articles' claims from switched-on sources and the figures of switched-on datasets that record it. */
  figures: FigureRow[];
  /** Passages about the event, from switched-on sources. */
  passageIds: string[];
}

export interface ExportSelection {
  selection: Selection;
  events: ExportedEvent[];
  /** Every source and dataset the events cite, in the order the data list them. */
  sources: Source[];
  datasets: DatasetInfo[];
  excerptById: ReadonlyMap<string, Excerpt>;
  nameOf: (sourceOrDatasetId: string) => string;
}

/** The events of the articles (or a loaded events file) and of each dataset, as features with their points. */
export type EventFeatures = ReadonlyArray<PointFeature<EventProperties>>;

export function exportSelection(
  featureSets: readonly EventFeatures[],
  indexes: Indexes,
  selection: Selection,
): ExportSelection {
  const hidden = selection.hiddenSources;
  const passagesOfEvent = new Map<string, string[]>();
  for (const x of indexes.excerptById.values()) {
    if (hidden.has(x.sourceId)) continue;
    for (const id of x.eventIds) passagesOfEvent.set(id, [...(passagesOfEvent.get(id) ?? []), x.id]);
  }
  const features = featureSets
    .flatMap((set) => set.filter((f) => matchesSelection(f.properties, selection)))
    .sort(byFeatureDate);
  const citedSources = new Set<string>();
  const citedDatasets = new Set<string>();
  const events = features.map((f): ExportedEvent => {
    const event = f.properties;
    const datasetId = event.imported?.datasetId;
    const sources = event.sourceIds
      .filter((id) => !hidden.has(id))
      .map((id) => indexes.sourceById.get(id))
      .filter((s): s is Source => s !== undefined);
    sources.forEach((s) => citedSources.add(s.id));
    if (datasetId) citedDatasets.add(datasetId);
    const claims = fromShownSources(indexes.claimsByEvent.get(event.id) ?? [], hidden);
    const records = event.imported
      ? [event]
      : (indexes.recordsOfEvent.get(event.id) ?? []).filter((r) => !hidden.has(r.imported!.datasetId));
    return {
      lon: f.geometry.coordinates[0]!,
      lat: f.geometry.coordinates[1]!,
      event,
      place: indexes.placeById.get(event.placeId),
      sources,
      dataset: datasetId ? indexes.datasetById.get(datasetId) : undefined,
      figures: figureRows(claims, records),
      passageIds: passagesOfEvent.get(event.id) ?? [],
    };
  });
  return {
    selection,
    events,
    sources: [...indexes.sourceById.values()].filter((s) => citedSources.has(s.id)),
    datasets: [...indexes.datasetById.values()].filter((d) => citedDatasets.has(d.id)),
    excerptById: indexes.excerptById,
    nameOf: (id) => sourceName(indexes, id),
  };
}
