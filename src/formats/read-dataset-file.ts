/**
 * One file's bytes to checked records: decode, recognise the format from the header (or take the one asked
 * for), and run that format's adapter. Pure and synchronous, so the page's worker and `npm run import` run
 * exactly this. A table with no known header asks for a mapping of its columns before it is read.
 */
import { say, type Message } from '../i18n/message.ts';
import { ACLED_REQUIRED, acledAdapter } from './acled.ts';
import { decodeBytes, type Encoding, type EncodingHow } from './decode.ts';
import { geojsonTable, GEOMETRY_LATITUDE, GEOMETRY_LONGITUDE } from './geojson.ts';
import { GTD_REQUIRED, gtdAdapter } from './gtd.ts';
import type { AdapterResult, ImportedRecord, ImportFormat, RowAdapter, Table } from './imported-record.ts';
import { streamCsv } from './read-csv.ts';
import { guessMapping, mappingFault, readTable, tableAdapter, type TableMapping } from './table.ts';

export interface ReadRequest {
  bytes: Uint8Array;
  /** Forced (the command line's --format); else recognised from the header. */
  format?: ImportFormat;
  encoding?: Encoding;
  mapping?: TableMapping;
  onProgress?: (fraction: number) => void;
  /** Takes each good record as it is read; the result's `records` then stays empty (the page's worker). */
  onRecord?: (record: ImportedRecord) => void;
}

export type ReadOutcome =
  | { kind: 'refused'; message: Message }
  | {
      kind: 'needs-mapping';
      format: 'table' | 'geojson';
      header: string[];
      sample: string[][];
      guess: TableMapping;
      encoding: Encoding;
      encodingHow: EncodingHow;
    }
  | {
      kind: 'read';
      format: ImportFormat;
      encoding: Encoding;
      encodingHow: EncodingHow;
      result: AdapterResult;
    };

const hasAll = (header: readonly string[], columns: readonly string[]) =>
  columns.every((c) => header.includes(c));

/** The format a CSV header is: ACLED's and GTD's are known by their columns; anything else is a table. */
export function recogniseHeader(header: readonly string[]): 'acled' | 'gtd' | 'table' {
  if (hasAll(header, ACLED_REQUIRED)) return 'acled';
  if (hasAll(header, GTD_REQUIRED)) return 'gtd';
  return 'table';
}

function lacking(
  header: readonly string[],
  columns: readonly string[],
  format: 'acled' | 'gtd',
): Message | null {
  const missing = columns.filter((c) => !header.includes(c));
  return missing.length === 0 ? null : say('refusal.lacksColumns', { format, columns: missing.join(', ') });
}

function headerFault(header: readonly string[]): Message | null {
  if (header.length < 3)
    return say('refusal.fewColumns', {
      count: header.length,
      columns: `'${header.join("', '").slice(0, 80)}'`,
    });
  if (header.every((h) => h === '' || /^[-+\d.,\s]+$/.test(h))) return say('refusal.numbersHeader');
  return null;
}

export function readDatasetFile(request: ReadRequest): ReadOutcome {
  const decoded = decodeBytes(request.bytes, request.encoding);
  if (!decoded.ok) return { kind: 'refused', message: decoded.message };
  const { text, encoding, how: encodingHow } = decoded;
  const looksJson = /^\s*[{[]/.test(text.slice(0, 1000).replace(/^\ufeff/, ''));
  if (request.format === 'geojson' || (request.format === undefined && looksJson)) {
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\ufeff/, ''));
    } catch {
      return { kind: 'refused', message: say('refusal.badJson') };
    }
    const geo = geojsonTable(json);
    if (!geo.ok) return { kind: 'refused', message: geo.message };
    const mapping = request.mapping ?? null;
    if (!mapping || mappingFault(mapping, geo.table.header))
      return needsMapping('geojson', geo.table, encoding, encodingHow, {
        ...guessMapping(geo.table.header),
        latitude: GEOMETRY_LATITUDE,
        longitude: GEOMETRY_LONGITUDE,
      });
    const read = readTable(geo.table, mapping, 'feature');
    // Rows of the table are the point features only: give each record and problem its feature's number.
    const feature = (n: number) => geo.featureNumbers[n - 1] ?? n;
    const records = read.records.map((r) => ({ ...r, row: feature(r.row) }));
    if (request.onRecord) records.forEach(request.onRecord);
    const result: AdapterResult = {
      records: request.onRecord ? [] : records,
      problems: [...geo.problems, ...read.problems.map((p) => ({ ...p, row: feature(p.row) }))].sort(
        (a, b) => a.row - b.row,
      ),
      rowsRead: geo.featuresRead,
      unit: 'feature',
    };
    return { kind: 'read', format: 'geojson', encoding, encodingHow, result };
  }

  // The header decides the adapter; the rows then stream into it as they are parsed.
  let adapter: RowAdapter | null = null;
  let format: 'acled' | 'gtd' | 'table' = 'table';
  let refusal: Message | null = null;
  const mapping = request.mapping ?? null;
  const csv = streamCsv(
    text,
    (header) => {
      refusal = headerFault(header);
      if (refusal) return null;
      format = request.format === 'geojson' ? 'table' : (request.format ?? recogniseHeader(header));
      refusal =
        format === 'acled'
          ? lacking(header, ACLED_REQUIRED, 'acled')
          : format === 'gtd'
            ? lacking(header, GTD_REQUIRED, 'gtd')
            : null;
      if (refusal) return null;
      const emit = request.onRecord;
      if (format === 'acled') adapter = acledAdapter(header, emit);
      else if (format === 'gtd') adapter = gtdAdapter(header, emit);
      else if (mapping && !mappingFault(mapping, header))
        adapter = tableAdapter(header, mapping, 'row', emit);
      return adapter;
    },
    request.onProgress,
  );
  if (!csv.ok) return { kind: 'refused', message: csv.message };
  if (refusal) return { kind: 'refused', message: refusal };
  if (csv.sample.length === 0) return { kind: 'refused', message: say('refusal.noRows') };
  const table = { header: csv.header, rows: csv.sample };
  if (adapter === null) return needsMapping('table', table, encoding, encodingHow, guessMapping(csv.header));
  return { kind: 'read', format, encoding, encodingHow, result: (adapter as RowAdapter).result() };
}

function needsMapping(
  format: 'table' | 'geojson',
  table: Table,
  encoding: Encoding,
  encodingHow: EncodingHow,
  guess: TableMapping,
): ReadOutcome {
  return {
    kind: 'needs-mapping',
    format,
    header: table.header,
    sample: table.rows.slice(0, 3),
    guess,
    encoding,
    encodingHow,
  };
}
