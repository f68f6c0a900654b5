/**
 * What every format adapter produces: checked records, one per good row, and one problem per fault in the
 * rows it left out. The adapters are pure functions from a table (or GeoJSON) to these, shared by the page's
 * import worker and `npm run import`, so both say the same thing about the same file.
 */
import { say, type Message } from '../i18n/message.ts';
import type { MessageKey } from '../i18n/translator.ts';
import type { DatasetFigure, EventKind, LocationPrecision } from '../records/schema.ts';
import type { Cells } from './csv-scanner.ts';

export const IMPORT_FORMATS = ['acled', 'gtd', 'table', 'geojson'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const FORMAT_LABEL: Record<ImportFormat, MessageKey> = {
  acled: 'format.acled',
  gtd: 'format.gtd',
  table: 'format.table',
  geojson: 'format.geojson',
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
  /**
   * Why the date has the precision it has, or the dataset's own note on it (GTD approxdate): our words, kept
   * as coded messages (message.ts codeNote) so that each reader reads them in their language.
   */
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
  /** Flags the dataset sets ("GTD doubts this was terrorism"), each a coded message like the date note. */
  remarks: string[];
}

/** "row 17, latitude: 'abc' is not a number". */
export interface RowProblem {
  row: number;
  column: string;
  message: Message;
}

export interface AdapterResult {
  records: ImportedRecord[];
  problems: RowProblem[];
  /** Data rows (or features) the file held, the rejected ones included. */
  rowsRead: number;
  /** 'row' in a table, 'feature' in GeoJSON: how a problem names where it is. */
  unit: 'row' | 'feature';
}

/** An adapter fed rows one at a time (as the CSV is read) or a table at once, then asked what it made of them. */
export interface RowAdapter {
  /** One row; `number` is its number in the spreadsheet (the header is row 1). */
  row: (cells: Cells, number: number) => void;
  /** Rows already split, numbered on from `first`. */
  add: (rows: readonly string[][], first: number) => void;
  result: () => AdapterResult;
}

/** A CSV as read: the header's cells and each data row's cells, untouched. */
export interface Table {
  header: string[];
  rows: string[][];
}

/** The problem as one line, said in the reader's language by `Translator.tell`. */
export const rowProblemMessage = (p: RowProblem, unit: AdapterResult['unit'] = 'row'): Message =>
  say('problem.line', { unit, row: p.row, column: p.column, reason: p.message });
