import { describe, expect, it } from 'vitest';
import type { ImportedRecord } from '../../../src/formats/imported-record.ts';
import { figureRows } from '../../../src/corpus/figure-rows.ts';
import {
  datasetIdFor,
  dayRange,
  resolveDataset,
  type PointFeature,
} from '../../../src/datasets/resolve-dataset.ts';
import type { Claim, EventProperties, PlaceProperties } from '../../../src/records/schema.ts';

const place = (id: string, names: [string, string, string], lon: number, lat: number, variants: string[] = []) =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: {
      id, nameEn: names[0], nameRu: names[1], nameKk: names[2], variants, precision: 'city', country: 'KZ',
      offshore: false, oblast: null, oblastCode: null, oblastMethod: null, oblastsNearby: null,
      borderDistanceKm: null, pointSource: 'test', index: {},
    },
  }) as PointFeature<PlaceProperties>; // prettier-ignore

const articleEvent = (id: string, placeId: string, date: string, precision: EventProperties['datePrecision'], lon: number, lat: number) =>
  ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: {
      id, kind: 'attack', date, datePrecision: precision, dateNote: null, year: Number(date.slice(0, 4)), placeId,
      placePrecision: 'city', abroad: false, summary: 'ours', sourceIds: ['a'],
    },
  }) as PointFeature<EventProperties>; // prettier-ignore

const base = {
  places: [place('aktobe', ['Aktobe', 'Актобе', 'Ақтөбе'], 57.2072, 50.2797, ['Aktyubinsk']), place('semey', ['Semey', 'Семей', 'Семей'], 80.2275, 50.4111, ['Semipalatinsk'])],
  events: [
    articleEvent('aktobe-attack', 'aktobe', '2016-06-05', 'day', 57.2072, 50.2797),
    articleEvent('semey-protest', 'semey', '2016-04', 'month', 80.2275, 50.4111),
  ],
}; // prettier-ignore

const record = (over: Partial<ImportedRecord>): ImportedRecord => ({
  row: 2, externalId: null, kind: 'attack', originalType: null, date: '2016-06-05', datePrecision: 'day',
  dateNote: null, lon: 57.25, lat: 50.3, placePrecision: 'city', location: null, admin1: null, country: null,
  passage: null, citations: [], figures: [], remarks: [], ...over,
}); // prettier-ignore

const meta = {
  id: 'data-test', name: 'test', fileName: 'test.csv', format: 'acled' as const, encoding: 'utf-8',
  importedAt: '2026-12-01T00:00:00Z', published: false,
}; // prettier-ignore

const resolve = (records: ImportedRecord[]) =>
  resolveDataset({ records, problems: [], rowsRead: records.length, unit: 'row' }, meta, base);

describe('a dataset set beside the articles', () => {
  it('joins a known place within 10 km, or by one of its names, and keeps each event’s own point', () => {
    const { events, places, info } = resolve([
      record({ row: 2, lon: 57.25, lat: 50.3 }),
      record({ row: 3, lon: 80.5, lat: 50.55, location: 'Semipalatinsk' }),
    ]);
    expect(events.map((e) => e.properties.placeId)).toEqual(['aktobe', 'semey']);
    expect(events[0]!.geometry.coordinates).toEqual([57.25, 50.3]);
    expect(places).toEqual([]);
    expect(info.placesJoined).toBe(2);
  });

  it('forms one place per location and region the rows name, named as the rows name it', () => {
    const { events, places } = resolve([
      record({ row: 2, lon: 73.76, lat: 43.6, location: 'Shu', admin1: 'Zhambyl' }),
      record({ row: 3, lon: 73.77, lat: 43.61, location: 'Shu', admin1: 'Zhambyl' }),
      record({ row: 4, lon: 66.9, lat: 48.0 }),
    ]);
    expect(places.map((p) => [p.properties.id, p.properties.nameEn, p.properties.dataset?.admin1])).toEqual([
      ['data-test-place-1', 'Shu', 'Zhambyl'],
      ['data-test-place-2', '48.00° N, 66.90° E', null],
    ]);
    expect(events.map((e) => e.properties.placeId)).toEqual([
      'data-test-place-1',
      'data-test-place-1',
      'data-test-place-2',
    ]);
  });

  it('links an event to an article event whose dates overlap at their precisions, within 25 km', () => {
    const { events, info } = resolve([
      record({ row: 2 }),
      record({ row: 3, date: '2016-06-08', datePrecision: 'week' }),
      record({ row: 4, date: '2016-06-09', datePrecision: 'week' }),
      record({ row: 5, lon: 80.3, lat: 50.4, date: '2016-04-28' }),
      record({ row: 6, lon: 57.6, lat: 50.28 }),
    ]);
    expect(events.map((e) => e.properties.imported!.linkedEventIds)).toEqual([
      ['aktobe-attack'],
      ['aktobe-attack'],
      [],
      ['semey-protest'],
      [],
    ]);
    expect(info.eventsLinked).toBe(3);
  });

  it('reads a week as three days either side, and a month as all its days', () => {
    const day = (iso: string) =>
      Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
    expect(dayRange('2016-06-05', 'week')).toEqual([day('2016-06-02'), day('2016-06-08')]);
    expect(dayRange('2016-02', 'month')).toEqual([day('2016-02-01'), day('2016-02-29')]);
    expect(dayRange(null, 'undated')).toBeNull();
  });

  it('takes its id from the file name, apart from ids already taken', () => {
    expect(datasetIdFor('ACLED Kazakhstan 2016.csv', new Set())).toBe('data-acled-kazakhstan-2016');
    expect(datasetIdFor('Данные.csv', new Set(['data-set']))).toBe('data-set-2');
  });
});

describe('an event’s figures, articles and datasets side by side', () => {
  const claim = (id: string, sourceId: string, value: number, contested = false): Claim => ({
    id, eventId: 'aktobe-attack', measure: 'killed-total', value, sourceId, excerptId: 'x', contested,
  }); // prettier-ignore
  const recordOf = (value: number) =>
    resolve([record({ figures: [{ measure: 'killed-total', value, column: 'fatalities' }] })]).events[0]!
      .properties;

  it('marks every row contested where a dataset’s figure differs from the article’s', () => {
    const rows = figureRows([claim('c1', 'a', 17)], [recordOf(19)]);
    expect(rows.map((r) => [r.from, r.contested])).toEqual([
      ['article', true],
      ['dataset', true],
    ]);
  });

  it('leaves agreeing figures uncontested and never adds them up', () => {
    const rows = figureRows([claim('c1', 'a', 17)], [recordOf(17)]);
    expect(rows.map((r) => r.contested)).toEqual([false, false]);
    expect(rows).toHaveLength(2);
  });
});

describe('imported events as columns, for the trip between threads and into storage', () => {
  it('come back exactly as they went', async () => {
    const { toColumns, fromColumns } = await import('../../../src/datasets/event-columns.ts');
    const { events } = resolve([
      record({ row: 2, citations: ['A, with a comma', 'B'], remarks: ['GTD doubts this was terrorism (doubtterr 1).'],
        figures: [{ measure: 'killed-total', value: 4, column: 'nkill' }, { measure: 'injured', value: 0, column: 'nwound' }],
        passage: 'Line one\nline two; "quoted"', location: 'Aktobe', externalId: 'KAZ1' }),
      record({ row: 3, date: '2016-06', datePrecision: 'month', dateNote: 'GTD gives no day (iday 0).' }),
    ]); // prettier-ignore
    expect(fromColumns(structuredClone(toColumns(events)))).toEqual(events);
  });
});

describe('merging two date-sorted lists of events', () => {
  it('gives the order one sort of both would, whether one list is short or both are long', async () => {
    const { mergeByDate } = await import('../../../src/datasets/dataset-index.ts');
    const { byDate } = await import('../../../src/records/by-date.ts');
    const ev = (id: string, date: string | null) => ({ id, date }) as EventProperties;
    const long = Array.from({ length: 200 }, (_, i) => ev(`l${i}`, `2016-0${1 + (i % 9)}-1${i % 10}`)).sort(
      byDate,
    );
    const short = [
      ev('s1', '2016-05-15'),
      ev('s2', null),
      ev('s3', '2001-01-01'),
      ev('l5', '2016-06-15'),
    ].sort(byDate);
    const other = Array.from({ length: 100 }, (_, i) => ev(`o${i}`, `2016-0${1 + (i % 7)}-2${i % 8}`)).sort(
      byDate,
    );
    expect(mergeByDate(short, long)).toEqual([...short, ...long].sort(byDate));
    expect(mergeByDate(long, short)).toEqual([...short, ...long].sort(byDate));
    expect(mergeByDate(long, other)).toEqual([...long, ...other].sort(byDate));
  });
});

describe('events of a loaded events file as columns', () => {
  it('come back without imported details, undated ones included', async () => {
    const { toColumns, fromColumns } = await import('../../../src/datasets/event-columns.ts');
    const events = [
      articleEvent('aktobe-attack', 'aktobe', '2016-06-05', 'day', 57.2, 50.3),
      {
        ...articleEvent('aktau-prison-unrest', 'aktau', '2016', 'undated', 51.2, 43.6),
        properties: {
          ...articleEvent('x', 'aktau', '2016', 'undated', 51.2, 43.6).properties,
          id: 'aktau-prison-unrest', date: null, year: null, sourceIds: ['a', 'b'], dateNote: 'no date',
        },
      },
    ] as Array<PointFeature<EventProperties>>; // prettier-ignore
    expect(fromColumns(structuredClone(toColumns(events)))).toEqual(events);
  });
});

describe('the map’s part of a slice of events', () => {
  it('is GeoJSON features with just what the map reads, its days among them, an undated event’s year null', async () => {
    const { ColumnsWriter } = await import('../../../src/datasets/event-columns.ts');
    const { columnsMapPart } = await import('../../../src/tiles/map-feature-text.ts');
    const writer = new ColumnsWriter();
    writer.addEvent(articleEvent('aktobe-attack', 'aktobe', '2016-06-05', 'day', 57.2, 50.3));
    writer.addEvent({
      ...articleEvent('x', 'aktau', '2016', 'undated', 51.2, 43.6),
      properties: {
        ...articleEvent('x', 'aktau', '2016', 'undated', 51.2, 43.6).properties,
        date: null,
        year: null,
      },
    });
    const features = JSON.parse(`[${columnsMapPart(writer.take())}]`);
    expect(features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [57.2, 50.3] },
      properties: {
        id: 'aktobe-attack',
        kind: 'attack',
        datePrecision: 'day',
        placePrecision: 'city',
        year: 2016,
        abroad: false,
        dayFrom: Date.UTC(2016, 5, 5) / 86_400_000,
        dayTo: Date.UTC(2016, 5, 5) / 86_400_000,
        placeId: 'aktobe',
      },
    });
    expect(features[1].properties.year).toBeNull();
    expect(columnsMapPart(writer.take())).toBe('');
  });
});
