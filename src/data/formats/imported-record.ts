/**
 * What every format adapter produces: checked records, one per good row, and one problem per fault in the
 * rows it left out. The adapters are pure functions from a table (or GeoJSON) to these, shared by the page's
 * import worker and `npm run import`, so both say the same thing about the same file.
 */
import type { DatasetFigure, EventKind, LocationPrecision } from '../schema.ts';

export const IMPORT_FORMATS = ['acled', 'gtd', 'table', 'geojson'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const FORMAT_LABEL: Record<ImportFormat, string> = {
  acled: 'ACLED export',
  gtd: 'Global Terrorism Database (GTD) export',
  table: 'table (columns mapped by hand)',
  geojson: 'GeoJSON points',
};

/** A datum precision an imported row may have: a dataset row always has some date. */
export type ImportedDatePrecision = 'day' | 'week' | 'month' | 'year';

export interface ImportedRecord {
  /** The row as a spreadsheet numbers it (the header is row 1), or the feature's number in GeoJSON. */
  row: number;
  externalId: string | null;
  kind: EventKind;
  originalType: string | null;
  date: string;
  datePrecision: ImportedDatePrecision;
  /** Why the date has the precision it has, or the dataset's own note on it (GTD approxdate). */
  dateNote: string | null;
  lon: number;
  lat: number;
  placePrecision: LocationPrecision;
  location: string | null;
  admin1: string | null;
  country: string | null;
  passage: string | null;
  citations: string[];
  figures: DatasetFigure[];
  remarks: string[];
}

/** "row 17, latitude: 'abc' is not a number". */
export interface RowProblem {
  row: number;
  column: string;
  message: string;
}

export interface AdapterResult {
  records: ImportedRecord[];
  problems: RowProblem[];
  /** Data rows (or features) the file held, the rejected ones included. */
  rowsRead: number;
  /** 'row' in a table, 'feature' in GeoJSON: how a problem names where it is. */
  unit: 'row' | 'feature';
}

/** An adapter fed rows a piece at a time (as the CSV is parsed), then asked for what it made of them. */
export interface RowAdapter {
  add: (rows: readonly string[][], first: number) => void;
  result: () => AdapterResult;
}

/** A CSV as read: the header's cells and each data row's cells, untouched. */
export interface Table {
  header: string[];
  rows: string[][];
}

export function formatRowProblem(p: RowProblem, unit: AdapterResult['unit'] = 'row'): string {
  return `${unit} ${p.row}, ${p.column}: ${p.message}`;
}
