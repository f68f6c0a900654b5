/**
 * CSV text read with papaparse, a piece at a time: the separator (comma, semicolon, tab) found from the text,
 * CRLF or LF, quoted commas and newlines kept inside their cell, blank lines (and rows of blank cells)
 * skipped. Every cell stays a string. Each piece's rows go straight to the format's adapter and are dropped,
 * so a 100,000-row file is never held as a table of strings.
 */
import Papa from 'papaparse';
import { say, type Message } from '../../i18n/message.ts';

/** Takes rows as they are parsed; `first` is the spreadsheet row number of rows[0]. */
export interface RowSink {
  add: (rows: readonly string[][], first: number) => void;
}

export type CsvRead = { ok: true; header: string[]; sample: string[][] } | { ok: false; message: Message };

interface ChunkConfig {
  chunkSize: number;
  chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => void;
}

const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/** Text is fed to the parser in pieces of this size, so progress can be told between them. */
const CHUNK = 2 * 1024 * 1024;
const SAMPLE_ROWS = 3;

/**
 * Reads `text`, handing the header to `start`: it returns the sink for the rows, or null to stop after the
 * first piece (the header and a sample are all a column mapping needs).
 */
export function streamCsv(
  text: string,
  start: (header: string[]) => RowSink | null,
  onProgress?: (fraction: number) => void,
): CsvRead {
  let header: string[] | null = null;
  let sink: RowSink | null = null;
  const sample: string[][] = [];
  let next = 2; // the spreadsheet number of the next data row (the header is row 1)
  let fed = 0;
  let stopped = false;
  // papaparse's types offer `chunk` only for files and streams; its string reader takes it too.
  const parse = Papa.parse as (input: string, config: Papa.ParseConfig<string[]> & ChunkConfig) => void;
  parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
    header: false,
    // `true`, not 'greedy': greedy re-joins every row to test it, a third of the parse. Rows of nothing but
    // blank cells (",,,") are dropped here, looking only at rows that start with a blank cell.
    skipEmptyLines: true,
    chunkSize: CHUNK,
    chunk: (results, parser) => {
      let rows = results.data.filter((row) => row[0] !== '' || !isBlank(row));
      if (header === null && rows.length > 0) {
        header = rows[0]!.map((h) => h.trim());
        rows = rows.slice(1);
        sink = start(header);
      }
      if (sample.length < SAMPLE_ROWS) sample.push(...rows.slice(0, SAMPLE_ROWS - sample.length));
      if (header !== null && sink === null) {
        stopped = true;
        parser.abort();
        return;
      }
      sink?.add(rows, next);
      next += rows.length;
      fed += CHUNK;
      onProgress?.(Math.min(1, fed / text.length));
    },
  });
  if (header === null) return { ok: false, message: say('refusal.empty') };
  if (!stopped && next === 2) return { ok: false, message: say('refusal.noRows') };
  return { ok: true, header, sample };
}
