/**
 * Events as columns for the trip from a worker (the import's, or the one that loads a large events file) to the
 * page, and for imported ones into IndexedDB. Copying
 * 100,000 events as objects between threads costs about a second; as columns, each text column packed into
 * one string and each number column a typed array, the copy is little more than a memory copy, and the page
 * rebuilds the objects a slice at a time. The worker writes the columns straight from the checked records.
 */
import type { ImportedRecord } from '../formats/imported-record.ts';
import type { PointFeature, Resolution } from './resolve-dataset.ts';
import type { DatasetFigure, EventProperties } from '../records/schema.ts';
import { grown } from '../lib/typed-arrays.ts';
import {
  decode,
  decodeAs,
  INITIAL,
  joinList,
  RECORD,
  splitList,
  TextWriter,
  UNIT,
  type TextColumn,
} from './text-columns.ts';

/**
 * Columns whose values are mostly distinct, kept as a list rather than put in a dictionary: packed into one string
 * where that copies faster, but not the ids: the page sorts by them, and compares whole strings faster than
 * pieces of one long string. Every other column is a dictionary.
 */
const DISTINCT: Partial<Record<string, 'list' | 'packed'>> = {
  id: 'list',
  externalId: 'packed',
  passage: 'packed',
};

const TEXT = [
  'id', 'kind', 'date', 'datePrecision', 'dateNote', 'placeId', 'placePrecision', 'summary', 'sourceIds',
  'datasetId', 'externalId', 'originalType', 'passage', 'citations', 'figures', 'remarks', 'location',
  'admin1', 'linkedEventIds',
] as const; // prettier-ignore
type TextField = (typeof TEXT)[number];

export interface EventColumns {
  length: number;
  text: Record<TextField, TextColumn>;
  /** NaN for an undated event. */
  year: Float64Array;
  lon: Float64Array;
  lat: Float64Array;
  row: Float64Array;
  abroad: Uint8Array;
  /** 1 where the event came from an imported dataset (and has its `imported` details). */
  imported: Uint8Array;
}

/** The details columns of an event that came with no dataset: empty, and left out when it is rebuilt. */
const NOT_IMPORTED: NonNullable<EventProperties['imported']> = {
  datasetId: '', row: 0, externalId: null, originalType: null, passage: null, citations: [], figures: [],
  remarks: [], location: null, admin1: null, linkedEventIds: [],
}; // prettier-ignore

const encodeFigures = (figures: readonly DatasetFigure[]) =>
  figures.map((f) => `${f.measure}${UNIT}${f.value}${UNIT}${f.column}`).join(RECORD);

function decodeFigures(s: string): DatasetFigure[] {
  if (s === '') return [];
  return s.split(RECORD).map((f) => {
    const [measure, value, column] = f.split(UNIT);
    return { measure: measure as DatasetFigure['measure'], value: Number(value), column: column! };
  });
}

/** Collects events into columns, one at a time. */
export class ColumnsWriter {
  private readonly text = Object.fromEntries(
    TEXT.map((f) => [f, new TextWriter(DISTINCT[f] ?? 'dictionary')]),
  ) as Record<TextField, TextWriter>;
  private year = new Float64Array(INITIAL);
  private lon = new Float64Array(INITIAL);
  private lat = new Float64Array(INITIAL);
  private row = new Float64Array(INITIAL);
  private abroad = new Uint8Array(INITIAL);
  private imported = new Uint8Array(INITIAL);
  private count = 0;

  get length(): number {
    return this.count;
  }

  private addNumbers(
    year: number | null,
    lon: number,
    lat: number,
    row: number,
    abroad: boolean,
    imported: boolean,
  ): void {
    if (this.count === this.year.length) {
      this.year = grown(this.year);
      this.lon = grown(this.lon);
      this.lat = grown(this.lat);
      this.row = grown(this.row);
      this.abroad = grown(this.abroad);
      this.imported = grown(this.imported);
    }
    const i = this.count++;
    this.year[i] = year ?? Number.NaN;
    this.lon[i] = lon;
    this.lat[i] = lat;
    this.row[i] = row;
    this.abroad[i] = abroad ? 1 : 0;
    this.imported[i] = imported ? 1 : 0;
  }

  /** A checked record where its resolution put it (the import worker's path: no event object is made). */
  addRecord(r: ImportedRecord, at: Resolution, datasetId: string): void {
    const t = this.text;
    t.id.add(at.id); t.kind.add(r.kind); t.date.add(r.date); t.datePrecision.add(r.datePrecision);
    t.dateNote.add(r.dateNote); t.placeId.add(at.placeId); t.placePrecision.add(r.placePrecision);
    t.summary.add(''); t.sourceIds.add(datasetId); t.datasetId.add(datasetId); t.externalId.add(r.externalId);
    t.originalType.add(r.originalType); t.passage.add(r.passage); t.citations.add(joinList(r.citations));
    t.figures.add(encodeFigures(r.figures)); t.remarks.add(joinList(r.remarks)); t.location.add(r.location);
    t.admin1.add(r.admin1); t.linkedEventIds.add(joinList(at.linkedEventIds));
    this.addNumbers(Number(r.date.slice(0, 4)), r.lon, r.lat, r.row, at.abroad, true);
  } // prettier-ignore

  /** An event as an object, imported or not. */
  addEvent(f: PointFeature<EventProperties>): void {
    const p = f.properties;
    const d = p.imported ?? NOT_IMPORTED;
    const t = this.text;
    t.id.add(p.id); t.kind.add(p.kind); t.date.add(p.date); t.datePrecision.add(p.datePrecision);
    t.dateNote.add(p.dateNote); t.placeId.add(p.placeId); t.placePrecision.add(p.placePrecision);
    t.summary.add(p.summary); t.sourceIds.add(joinList(p.sourceIds)); t.datasetId.add(d.datasetId);
    t.externalId.add(d.externalId); t.originalType.add(d.originalType); t.passage.add(d.passage);
    t.citations.add(joinList(d.citations)); t.figures.add(encodeFigures(d.figures));
    t.remarks.add(joinList(d.remarks)); t.location.add(d.location); t.admin1.add(d.admin1);
    t.linkedEventIds.add(joinList(d.linkedEventIds));
    const [lon, lat] = f.geometry.coordinates;
    this.addNumbers(p.year, lon!, lat!, d.row, p.abroad, p.imported !== undefined);
  } // prettier-ignore

  /** The columns so far; the writer starts again empty. */
  take(): EventColumns {
    const n = this.count;
    const columns: EventColumns = {
      length: n,
      text: Object.fromEntries(TEXT.map((f) => [f, this.text[f].take()])) as Record<TextField, TextColumn>,
      year: this.year.slice(0, n),
      lon: this.lon.slice(0, n),
      lat: this.lat.slice(0, n),
      row: this.row.slice(0, n),
      abroad: this.abroad.slice(0, n),
      imported: this.imported.slice(0, n),
    };
    this.count = 0;
    return columns;
  }
}

/** The typed arrays of a slice, to hand over rather than copy. */
export function toColumns(events: ReadonlyArray<PointFeature<EventProperties>>): EventColumns {
  const writer = new ColumnsWriter();
  for (const e of events) writer.addEvent(e);
  return writer.take();
}

const LISTS = ['sourceIds', 'citations', 'remarks', 'linkedEventIds'] as const;

export function fromColumns(c: EventColumns): Array<PointFeature<EventProperties>> {
  const t = Object.fromEntries(
    TEXT.filter((f) => f !== 'figures' && !(LISTS as readonly string[]).includes(f)).map((f) => [
      f,
      decode(c.text[f], c.length),
    ]),
  ) as Record<TextField, Array<string | null>>;
  const lists = Object.fromEntries(LISTS.map((f) => [f, decodeAs(c.text[f], c.length, splitList)])) as Record<
    (typeof LISTS)[number],
    string[][]
  >;
  const figures = decodeAs(c.text.figures, c.length, decodeFigures);
  const events: Array<PointFeature<EventProperties>> = new Array(c.length);
  for (let i = 0; i < c.length; i++) {
    const year = c.year[i]!;
    events[i] = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [c.lon[i]!, c.lat[i]!] },
      properties: {
        id: t.id[i]!,
        kind: t.kind[i] as EventProperties['kind'],
        date: t.date[i]!,
        datePrecision: t.datePrecision[i] as EventProperties['datePrecision'],
        dateNote: t.dateNote[i]!,
        year: Number.isNaN(year) ? null : year,
        placeId: t.placeId[i]!,
        placePrecision: t.placePrecision[i] as EventProperties['placePrecision'],
        abroad: c.abroad[i] === 1,
        summary: t.summary[i]!,
        sourceIds: lists.sourceIds[i]!,
      },
    };
    if (c.imported[i] === 1)
      events[i]!.properties.imported = {
        datasetId: t.datasetId[i]!,
        row: c.row[i]!,
        externalId: t.externalId[i]!,
        originalType: t.originalType[i]!,
        passage: t.passage[i]!,
        citations: lists.citations[i]!,
        figures: figures[i]!,
        remarks: lists.remarks[i]!,
        location: t.location[i]!,
        admin1: t.admin1[i]!,
        linkedEventIds: lists.linkedEventIds[i]!,
      };
  }
  return events;
}

/** One text column of a slice, as a list again. */
export function columnValues(c: EventColumns, field: TextField): Array<string | null> {
  return decode(c.text[field], c.length);
}
