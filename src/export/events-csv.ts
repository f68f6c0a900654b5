/**
 * The selection as two spreadsheets: one row per event, and one row per figure (each article's claim and each
 * dataset's figure, the words that state it, and whether the sources disagree on it). Written by papaparse,
 * UTF-8 with a byte-order mark so spreadsheet programs read Cyrillic; any cell a spreadsheet could take for
 * a formula (it begins with =, +, -, @, a tab or a carriage return) is led by an apostrophe, so it stays text.
 */
import Papa from 'papaparse';
import { en } from '../i18n/messages-en.ts';
import { MEASURE_KEY } from '../i18n/vocabulary-keys.ts';
import { SUMMARY_BY, withNotesInEnglish } from './events-geojson.ts';
import type { ExportSelection } from './export-selection.ts';

const BOM = '\ufeff';
/** Papaparse's own default misses a formula after a line break inside the cell; this tests the first character only. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csv(rows: Array<Record<string, string | number | boolean | null>>, columns: string[]): string {
  return (
    BOM +
    Papa.unparse(
      { fields: columns, data: rows.map((row) => columns.map((c) => row[c] ?? '')) },
      { escapeFormulae: FORMULA_START, newline: '\r\n' },
    )
  );
}

const list = (xs: readonly string[]) => xs.join('; ');

export const EVENT_COLUMNS = [
  'event_id', 'kind', 'date', 'date_precision', 'date_note', 'year', 'place_id', 'place', 'oblast', 'longitude',
  'latitude', 'place_precision', 'abroad', 'summary', 'summary_by', 'source_ids', 'sources', 'dataset',
  'dataset_row', 'dataset_event_id', 'dataset_type', 'dataset_passage', 'dataset_citations', 'dataset_remarks',
  'linked_event_ids', 'passage_ids',
]; // prettier-ignore

export function eventsCsv(exported: ExportSelection): string {
  const rows = exported.events.map(({ lon, lat, event: stored, place, sources, dataset, passageIds }) => {
    const event = withNotesInEnglish(stored);
    const imported = event.imported;
    return {
      event_id: event.id,
      kind: event.kind,
      date: event.date,
      date_precision: event.datePrecision,
      date_note: event.dateNote,
      year: event.year,
      place_id: event.placeId,
      place: place?.nameEn ?? null,
      oblast: place?.oblast ?? null,
      longitude: lon,
      latitude: lat,
      place_precision: event.placePrecision,
      abroad: event.abroad,
      summary: event.summary || null,
      summary_by: event.summary ? SUMMARY_BY : null,
      source_ids: list(sources.map((s) => s.id)),
      sources: list(sources.map((s) => s.publisher)),
      dataset: dataset?.name ?? null,
      dataset_row: imported?.row ?? null,
      dataset_event_id: imported?.externalId ?? null,
      dataset_type: imported?.originalType ?? null,
      dataset_passage: imported?.passage ?? null,
      dataset_citations: imported ? list(imported.citations) : null,
      dataset_remarks: imported ? list(imported.remarks) : null,
      linked_event_ids: imported ? list(imported.linkedEventIds) : null,
      passage_ids: list(passageIds),
    };
  });
  return csv(rows, EVENT_COLUMNS);
}

export const CLAIM_COLUMNS = [
  'event_id', 'event_date', 'place', 'measure', 'measure_label', 'value', 'value_max', 'source_words',
  'qualifier', 'source_id', 'source', 'attribution', 'passage_id', 'passage', 'contested',
]; // prettier-ignore

export function claimsCsv(exported: ExportSelection): string {
  const rows = exported.events.flatMap(({ event, place, figures }) =>
    figures.map((f) => {
      const common = {
        event_id: event.id,
        event_date: event.date,
        place: place?.nameEn ?? null,
        measure: f.measure,
        measure_label: en[MEASURE_KEY[f.measure]],
        contested: f.contested,
      };
      if (f.from === 'article') {
        const passage = exported.excerptById.get(f.claim.excerptId);
        return {
          ...common,
          value: f.claim.value,
          value_max: f.claim.valueMax ?? null,
          source_words: f.claim.valueText ?? null,
          qualifier: f.claim.qualifier ?? null,
          source_id: f.claim.sourceId,
          source: exported.nameOf(f.claim.sourceId),
          attribution: f.claim.attribution ?? null,
          passage_id: f.claim.excerptId,
          passage: passage?.text ?? null,
        };
      }
      // A dataset's figure stands in a column of one of its rows; its passage is that row's description.
      return {
        ...common,
        value: f.value,
        value_max: null,
        source_words: null,
        qualifier: null,
        source_id: f.datasetId,
        source: exported.nameOf(f.datasetId),
        attribution: `column ${f.column}, row ${f.row}`,
        passage_id: `${f.datasetId}/row-${f.row}`,
        passage: f.passage,
      };
    }),
  );
  return csv(rows, CLAIM_COLUMNS);
}
