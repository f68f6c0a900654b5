/**
 * CSV text read a row at a time: the separator (comma, semicolon, tab) and the line end found by papaparse,
 * CRLF or LF, quoted commas and newlines kept inside their cell, blank lines (and rows of blank cells)
 * skipped. Every cell stays a string. The rows are scanned by csv-scanner.ts, which reads them as papaparse
 * does, and papaparse itself reads on from any row the scanner will not guess about. Each row goes straight to
 * the format's adapter, so a 100,000-row file is never held as a table of strings.
 */
import Papa from 'papaparse';
import { say, type Message } from '../i18n/message.ts';
import { ArrayCells, cellsOf, CsvScanner, type Cells } from './csv-scanner.ts';

/** Takes rows as they are read; `number` is the row's number in the spreadsheet (the header is row 1). */
export interface RowSink {
  row: (cells: Cells, number: number) => void;
}

export type CsvRead = { ok: true; header: string[]; sample: string[][] } | { ok: false; message: Message };

interface ChunkConfig {
  chunkSize: number;
  chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => void;
}

/** Progress is told, and papaparse fed, this many characters at a time. */
const CHUNK = 2 * 1024 * 1024;
const SAMPLE_ROWS = 3;

function isBlank(cells: Cells): boolean {
  for (let i = 0; i < cells.count; i++) if (cells.cell(i)!.trim() !== '') return false;
  return true;
}

/**
 * Reads `text`, handing the header to `start`: it returns the sink for the rows, or null to stop once the header
 * and a sample are read (all a column mapping needs).
 */
export function streamCsv(
  text: string,
  start: (header: string[]) => RowSink | null,
  onProgress?: (fraction: number) => void,
): CsvRead {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let header: string[] | null = null;
  let sink: RowSink | null = null;
  const sample: string[][] = [];
  let next = 2; // the spreadsheet number of the next data row (the header is row 1)
  let stopped = false;

  /** One row as papaparse gives it (with `skipEmptyLines: true`); false once no more rows are wanted. */
  const take = (cells: Cells): boolean => {
    if (cells.count === 1 && cells.cell(0) === '') return true; // an empty line
    // Rows of nothing but blank cells (",,,") are dropped too, looking only at rows that start with a blank cell.
    if (cells.cell(0) === '' && isBlank(cells)) return true;
    if (header === null) {
      header = cellsOf(cells).map((h) => h.trim());
      sink = start(header);
      return true;
    }
    if (sample.length < SAMPLE_ROWS) sample.push(cellsOf(cells));
    if (sink === null) {
      stopped = sample.length === SAMPLE_ROWS;
      return !stopped;
    }
    sink.row(cells, next++);
    return true;
  };

  // The separator and the line end as papaparse finds them in its first piece, where it would look.
  const found = Papa.parse<string[]>(body.slice(0, CHUNK), { preview: 1, skipEmptyLines: true }).meta;
  const scanner = new CsvScanner(body, found.delimiter, found.linebreak);
  let at = 0;
  let told = 0;
  while (at < body.length && !stopped) {
    const after = scanner.scan(at);
    if (after === -1) break;
    if (!take(scanner)) break;
    at = after;
    if (onProgress && at - told >= CHUNK) {
      told = at;
      onProgress(at / body.length);
    }
  }
  if (at < body.length && !stopped) {
    // The scanner stopped at a row it will not guess about: papaparse reads from there (from the start when it
    // stopped before the header, so that papaparse finds the separator itself, as it always has).
    const rest = header === null ? body : body.slice(at);
    const known: Papa.ParseConfig =
      header === null
        ? {}
        : { delimiter: found.delimiter, newline: found.linebreak as Papa.ParseConfig['newline'] };
    const cells = new ArrayCells();
    let fed = at;
    // papaparse's types offer `chunk` only for files and streams; its string reader takes it too.
    const parse = Papa.parse as (input: string, config: Papa.ParseConfig<string[]> & ChunkConfig) => void;
    parse(rest, {
      header: false,
      ...known,
      // `true`, not 'greedy': greedy re-joins every row to test it, a third of the parse.
      skipEmptyLines: true,
      chunkSize: CHUNK,
      chunk: (results, parser) => {
        for (const row of results.data) {
          cells.row = row;
          if (!take(cells)) {
            parser.abort();
            return;
          }
        }
        fed += CHUNK;
        onProgress?.(Math.min(1, fed / body.length));
      },
    });
  }
  if (header === null) return { ok: false, message: say('refusal.empty') };
  if (!stopped && next === 2 && sink !== null) return { ok: false, message: say('refusal.noRows') };
  return { ok: true, header, sample };
}
