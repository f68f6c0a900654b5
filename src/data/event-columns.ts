/**
 * Events as columns for the trip from a worker (the import's, or the one that loads a large events file) to the
 * page, and for imported ones into IndexedDB. Copying
 * 100,000 events as objects between threads costs about a second; as columns, each text column packed into
 * one string and each number column a typed array, the copy is little more than a memory copy, and the page
 * rebuilds the objects a slice at a time. The worker writes the columns straight from the checked records.
 */
import type { ImportedRecord } from './formats/imported-record.ts';
import type { PointFeature, Resolution } from './resolve-dataset.ts';
import type { DatasetFigure, EventProperties } from './schema.ts';

/** Between a list's items inside one cell (Unit Separator), between figures (Record Separator). */
const UNIT = '\u001f';
const RECORD = '\u001e';
/** Between the cells of a packed column (Group Separator), and a cell that is null (Cancel). */
const GROUP = '\u001d';
const NULL = '\u0018';

const joinList = (xs: readonly string[]) => xs.join(UNIT);
const splitList = (s: string): string[] => (s === '' ? [] : s.split(UNIT));

/**
 * A text column: as a dictionary of its distinct values and an index per event (most columns repeat a few
 * values: places, dates, types, citations), or, for columns of mostly distinct text (passages, ids), packed
 * into one string; kept as a plain list only where a cell holds a separator itself.
 */
export type TextColumn =
  | { dictionary: Array<string | null>; indexes: Uint32Array }
  | { packed: string }
  | { list: Array<string | null> };

/** Columns whose values are mostly distinct: packed rather than put in a dictionary. */
const DISTINCT = new Set(['id', 'externalId', 'passage']);

function encode(field: string, values: Array<string | null>): TextColumn {
  if (!DISTINCT.has(field)) {
    const codes = new Map<string | null, number>();
    const dictionary: Array<string | null> = [];
    const indexes = new Uint32Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      let code = codes.get(v);
      if (code === undefined) {
        code = dictionary.length;
        dictionary.push(v);
        codes.set(v, code);
      }
      indexes[i] = code;
    }
    return { dictionary, indexes };
  }
  let separators = 0;
  const packed = values.map((v) => (v === null ? NULL : v)).join(GROUP);
  for (let at = packed.indexOf(GROUP); at !== -1; at = packed.indexOf(GROUP, at + 1)) separators++;
  if (separators !== Math.max(0, values.length - 1) || values.includes(NULL)) return { list: values };
  return { packed };
}

function decode(column: TextColumn, length: number): Array<string | null> {
  if ('list' in column) return column.list;
  if ('dictionary' in column) {
    const out: Array<string | null> = new Array(length);
    for (let i = 0; i < length; i++) out[i] = column.dictionary[column.indexes[i]!]!;
    return out;
  }
  if (length === 0) return [];
  return column.packed.split(GROUP).map((v) => (v === NULL ? null : v));
}

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

/** One event's fields as the columns take them. */
interface Flat {
  text: Record<TextField, string | null>;
  year: number | null;
  lon: number;
  lat: number;
  row: number;
  abroad: boolean;
  imported: boolean;
}

/** Collects events into columns, one at a time. */
export class ColumnsWriter {
  private text = Object.fromEntries(TEXT.map((f) => [f, [] as Array<string | null>])) as Record<
    TextField,
    Array<string | null>
  >;
  private numbers = { year: [] as number[], lon: [] as number[], lat: [] as number[], row: [] as number[] };
  private abroad: number[] = [];
  private imported: number[] = [];

  get length(): number {
    return this.abroad.length;
  }

  private push(e: Flat): void {
    for (const f of TEXT) this.text[f].push(e.text[f]);
    this.numbers.year.push(e.year ?? Number.NaN);
    this.numbers.lon.push(e.lon);
    this.numbers.lat.push(e.lat);
    this.numbers.row.push(e.row);
    this.abroad.push(e.abroad ? 1 : 0);
    this.imported.push(e.imported ? 1 : 0);
  }

  /** A checked record where its resolution put it (the import worker's path: no event object is made). */
  addRecord(r: ImportedRecord, at: Resolution, datasetId: string): void {
    this.push({
      text: {
        id: at.id, kind: r.kind, date: r.date, datePrecision: r.datePrecision, dateNote: r.dateNote,
        placeId: at.placeId, placePrecision: r.placePrecision, summary: '', sourceIds: datasetId, datasetId,
        externalId: r.externalId, originalType: r.originalType, passage: r.passage,
        citations: joinList(r.citations), figures: encodeFigures(r.figures), remarks: joinList(r.remarks),
        location: r.location, admin1: r.admin1, linkedEventIds: joinList(at.linkedEventIds),
      },
      year: Number(r.date.slice(0, 4)),
      lon: r.lon,
      lat: r.lat,
      row: r.row,
      abroad: at.abroad,
      imported: true,
    }); // prettier-ignore
  }

  /** An event as an object, imported or not. */
  addEvent(f: PointFeature<EventProperties>): void {
    const p = f.properties;
    const d = p.imported ?? NOT_IMPORTED;
    this.push({
      text: {
        id: p.id, kind: p.kind, date: p.date, datePrecision: p.datePrecision, dateNote: p.dateNote,
        placeId: p.placeId, placePrecision: p.placePrecision, summary: p.summary, sourceIds: joinList(p.sourceIds),
        datasetId: d.datasetId, externalId: d.externalId, originalType: d.originalType, passage: d.passage,
        citations: joinList(d.citations), figures: encodeFigures(d.figures), remarks: joinList(d.remarks),
        location: d.location, admin1: d.admin1, linkedEventIds: joinList(d.linkedEventIds),
      },
      year: p.year,
      lon: f.geometry.coordinates[0]!,
      lat: f.geometry.coordinates[1]!,
      row: d.row,
      abroad: p.abroad,
      imported: p.imported !== undefined,
    }); // prettier-ignore
  }

  /** The columns so far; the writer starts again empty. */
  take(): EventColumns {
    const columns: EventColumns = {
      length: this.length,
      text: Object.fromEntries(TEXT.map((f) => [f, encode(f, this.text[f])])) as Record<
        TextField,
        TextColumn
      >,
      year: Float64Array.from(this.numbers.year),
      lon: Float64Array.from(this.numbers.lon),
      lat: Float64Array.from(this.numbers.lat),
      row: Float64Array.from(this.numbers.row),
      abroad: Uint8Array.from(this.abroad),
      imported: Uint8Array.from(this.imported),
    };
    this.text = Object.fromEntries(TEXT.map((f) => [f, []])) as unknown as typeof this.text;
    this.numbers = { year: [], lon: [], lat: [], row: [] };
    this.abroad = [];
    this.imported = [];
    return columns;
  }
}

/** The typed arrays of a slice, to hand over rather than copy. */
export function toColumns(events: ReadonlyArray<PointFeature<EventProperties>>): EventColumns {
  const writer = new ColumnsWriter();
  for (const e of events) writer.addEvent(e);
  return writer.take();
}

export function fromColumns(c: EventColumns): Array<PointFeature<EventProperties>> {
  const t = Object.fromEntries(TEXT.map((f) => [f, decode(c.text[f], c.length)])) as Record<
    TextField,
    Array<string | null>
  >;
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
        sourceIds: splitList(t.sourceIds[i]!),
      },
    };
    if (c.imported[i] === 1)
      events[i]!.properties.imported = {
        datasetId: t.datasetId[i]!,
        row: c.row[i]!,
        externalId: t.externalId[i]!,
        originalType: t.originalType[i]!,
        passage: t.passage[i]!,
        citations: splitList(t.citations[i]!),
        figures: decodeFigures(t.figures[i]!),
        remarks: splitList(t.remarks[i]!),
        location: t.location[i]!,
        admin1: t.admin1[i]!,
        linkedEventIds: splitList(t.linkedEventIds[i]!),
      };
  }
  return events;
}

/** One text column of a slice, as a list again. */
export function columnValues(c: EventColumns, field: TextField): Array<string | null> {
  return decode(c.text[field], c.length);
}
