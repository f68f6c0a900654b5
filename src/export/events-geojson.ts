/**
 * The selection as GeoJSON (RFC 7946): a FeatureCollection of points in WGS 84 longitude, latitude, with its
 * bbox; no `crs` member. Each feature's properties are the event as the data contract has it (so the
 * project's own schema reads it back), plus what a reader needs away from the map: the place's name, the
 * sources, the dataset row, the claims and figures, and the ids of the passages about it.
 */
import { translator } from '../i18n/translator.ts';
import type { EventProperties } from '../records/schema.ts';
import { writeRange } from '../records/day-span.ts';
import type { ExportSelection } from './export-selection.ts';

/**
 * The event's properties with our coded notes (an imported event's date note, remarks and citations) written out in
 * English, the language of the exported files' columns.
 */
export function withNotesInEnglish(event: EventProperties): EventProperties {
  const { note } = translator('en');
  return {
    ...event,
    dateNote: event.dateNote && note(event.dateNote),
    ...(event.imported && {
      imported: {
        ...event.imported,
        citations: event.imported.citations.map(note),
        remarks: event.imported.remarks.map(note),
      },
    }),
  };
}

/** Said beside every summary: the summaries are ours, never a source's words. */
export const SUMMARY_BY = 'Steppe Sources (our summary, not a source’s words)';

export function eventsGeoJson(exported: ExportSelection, made: Date): string {
  const { events } = exported;
  const lons = events.map((e) => e.lon);
  const lats = events.map((e) => e.lat);
  const collection = {
    type: 'FeatureCollection',
    ...(events.length > 0 && {
      bbox: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)],
    }),
    features: events.map(({ lon, lat, event, place, sources, dataset, figures, passageIds }) => ({
      type: 'Feature',
      id: event.id,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        ...withNotesInEnglish(event),
        summaryBy: event.summary ? SUMMARY_BY : null,
        placeName: place?.nameEn ?? null,
        oblast: place?.oblast ?? null,
        sources: sources.map((s) => ({
          id: s.id,
          publisher: s.publisher,
          title: s.title,
          author: s.author,
          date: s.date,
          datePrecision: s.datePrecision,
          url: s.url,
        })),
        dataset: dataset ? { id: dataset.id, name: dataset.name, fileName: dataset.fileName } : null,
        figures: figures.map((f) =>
          f.from === 'article'
            ? {
                from: 'source',
                claimId: f.claim.id,
                measure: f.measure,
                value: f.claim.value,
                valueMax: f.claim.valueMax ?? null,
                valueText: f.claim.valueText ?? null,
                qualifier: f.claim.qualifier ?? null,
                attribution: f.claim.attribution ?? null,
                sourceId: f.claim.sourceId,
                passageId: f.claim.excerptId,
                contested: f.contested,
              }
            : {
                from: 'dataset',
                measure: f.measure,
                value: f.value,
                datasetId: f.datasetId,
                row: f.row,
                column: f.column,
                contested: f.contested,
              },
        ),
        passageIds,
      },
    })),
    // A foreign member (RFC 7946 § 6.1): what was selected, and when the file was made.
    steppeSources: {
      made: made.toISOString(),
      range: exported.selection.range && writeRange(exported.selection.range),
      wholly: exported.selection.wholly,
      kinds: [...exported.selection.kinds],
      comparisons: exported.selection.comparisons,
      hiddenSources: [...exported.selection.hiddenSources],
    },
  };
  return JSON.stringify(collection, null, 1);
}
