/**
 * Any other table (a newsroom's spreadsheet saved as CSV) to checked records, through a mapping of its
 * columns that the reader confirms in the page (or passes to `npm run import` as --map). Blank stays blank:
 * a row with no figure column mapped, or a blank figure, has no figure.
 */
import { EVENT_KIND_NAMES, EVENT_KINDS, type EventKind } from '../records/record-terms.ts';
import type { DatasetFigure } from '../records/schema.ts';
import { acledKind } from './acled.ts';
import { say, type Message } from '../i18n/message.ts';
import { BLANK, parseDate, quoted, type RowReader } from './cells.ts';
import { rowAdapter } from './row-adapter.ts';
import { type AdapterResult, type ImportedRecord, type RowAdapter, type Table } from './imported-record.ts';

/** Which column holds what. Date, latitude and longitude are needed; kind may be one kind for every row. */
export interface TableMapping {
  date: string;
  latitude: string;
  longitude: string;
  kind: string | null;
  /** The kind of every row, when no column says it. */
  defaultKind: EventKind | null;
  description: string | null;
  source: string | null;
  id: string | null;
  location: string | null;
  killed: string | null;
  injured: string | null;
}

export const MAPPING_FIELDS = [
  'date',
  'latitude',
  'longitude',
  'kind',
  'description',
  'source',
  'id',
  'location',
  'killed',
  'injured',
] as const satisfies ReadonlyArray<keyof TableMapping>;

/** Column names a spreadsheet is likely to use, in English and Russian, tried in this order. */
const LIKELY: Record<(typeof MAPPING_FIELDS)[number], string[]> = {
  date: ['date', 'event_date', 'дата', 'day', 'когда'],
  latitude: ['latitude', 'lat', 'широта', 'y'],
  longitude: ['longitude', 'lon', 'lng', 'long', 'долгота', 'x'],
  kind: ['kind', 'type', 'event_type', 'category', 'тип', 'вид'],
  description: ['description', 'notes', 'summary', 'text', 'описание', 'примечание'],
  source: ['source', 'sources', 'citation', 'источник', 'источники'],
  id: ['id', 'event_id', 'eventid', 'номер'],
  location: ['location', 'place', 'city', 'town', 'место', 'город', 'населённый пункт', 'населенный пункт'],
  killed: ['killed', 'fatalities', 'deaths', 'dead', 'nkill', 'погибшие', 'погибло', 'убито'],
  injured: ['injured', 'wounded', 'nwound', 'раненые', 'ранено', 'пострадавшие'],
};

/** A first guess at the mapping from the header, for the reader to confirm or change. */
export function guessMapping(header: readonly string[]): TableMapping {
  const lower = header.map((h) => h.trim().toLowerCase());
  const find = (field: (typeof MAPPING_FIELDS)[number]) => {
    for (const name of LIKELY[field]) {
      const i = lower.indexOf(name);
      if (i !== -1) return header[i]!.trim();
    }
    return null;
  };
  return {
    date: find('date') ?? '',
    latitude: find('latitude') ?? '',
    longitude: find('longitude') ?? '',
    kind: find('kind'),
    defaultKind: null,
    description: find('description'),
    source: find('source'),
    id: find('id'),
    location: find('location'),
    killed: find('killed'),
    injured: find('injured'),
  };
}

/** What is wrong with a mapping for this header, or null: the dialog says it before anything is read. */
export function mappingFault(mapping: TableMapping, header: readonly string[]): Message | null {
  const names = new Set(header.map((h) => h.trim()));
  for (const field of ['date', 'latitude', 'longitude'] as const)
    if (!mapping[field]) return say('mapping.chooseColumn', { field });
  if (!mapping.kind && !mapping.defaultKind) return say('mapping.chooseKind');
  for (const field of MAPPING_FIELDS) {
    const column = mapping[field];
    if (column && !names.has(column)) return say('mapping.noColumn', { column, field });
  }
  return null;
}

/** A kind as a spreadsheet may write it: the map's id or English label, or one of ACLED's event types. */
export function kindFromText(value: string): EventKind | null {
  const v = value.trim().toLowerCase();
  const byId = EVENT_KINDS.find((k) => k === v || EVENT_KIND_NAMES[k].toLowerCase() === v);
  return byId ?? acledKind(value, value);
}

export function tableAdapter(
  header: readonly string[],
  mapping: TableMapping,
  unit: AdapterResult['unit'] = 'row',
  emit?: (record: ImportedRecord) => void,
): RowAdapter {
  return rowAdapter(header, (r) => readRow(r, mapping), mapping.id, emit, unit);
}

/** A whole table; a spreadsheet's first data row is row 2 (the header is row 1), a GeoJSON file's first feature 1. */
export function readTable(
  table: Table,
  mapping: TableMapping,
  unit: AdapterResult['unit'] = 'row',
): AdapterResult {
  const adapter = tableAdapter(table.header, mapping, unit);
  adapter.add(table.rows, unit === 'row' ? 2 : 1);
  return adapter.result();
}

function readRow(r: RowReader, m: TableMapping): ImportedRecord | null {
  const rawDate = r.text(m.date);
  const parsed = rawDate === null ? null : parseDate(rawDate);
  if (rawDate === null) r.fault(m.date, BLANK);
  else if (parsed && !parsed.ok) r.fault(m.date, parsed.message);

  const rawKind = r.text(m.kind);
  const kind = rawKind === null ? m.defaultKind : kindFromText(rawKind);
  if (kind === null)
    r.fault(
      m.kind ?? 'kind',
      rawKind === null
        ? BLANK
        : say('problem.notKind', { value: quoted(rawKind), kinds: EVENT_KINDS.join(', ') }),
    );

  const point = r.point(m.latitude, m.longitude);
  const killed = r.count(m.killed);
  const injured = r.count(m.injured);
  if (r.problems.length > 0 || !parsed?.ok || !kind || !point) return null;

  const figures: DatasetFigure[] = [];
  if (killed !== null) figures.push({ measure: 'killed-total', value: killed, column: m.killed! });
  if (injured !== null) figures.push({ measure: 'injured', value: injured, column: m.injured! });
  const source = r.text(m.source);
  return {
    row: r.row,
    externalId: r.text(m.id),
    kind,
    originalType: rawKind,
    date: parsed.date,
    datePrecision: parsed.precision,
    dateNote: null,
    lon: point.lon,
    lat: point.lat,
    placePrecision: 'city',
    location: r.text(m.location),
    admin1: null,
    country: null,
    passage: r.text(m.description),
    citations: source === null ? [] : [source],
    figures,
    remarks: [],
  };
}
