/**
 * CSV text to a table with papaparse: the separator (comma, semicolon, tab) found from the text, CRLF or LF,
 * quoted commas and newlines kept inside their cell, blank lines (and rows of blank cells) skipped. Every cell stays a string.
 */
import Papa from 'papaparse';
import type { Table } from './imported-record.ts';

interface ChunkConfig {
  chunkSize: number;
  chunk: (results: Papa.ParseResult<string[]>) => void;
}

const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

export type ReadCsv = { ok: true; table: Table; delimiter: string } | { ok: false; message: string };

/** Text is fed to the parser in pieces of this size, so progress can be told between them. */
const CHUNK = 2 * 1024 * 1024;

export function readCsv(text: string, onProgress?: (fraction: number) => void): ReadCsv {
  const rows: string[][] = [];
  let delimiter = ',';
  let fed = 0;
  // papaparse's types offer `chunk` only for files and streams; its string reader takes it too.
  const parse = Papa.parse as (input: string, config: Papa.ParseConfig<string[]> & ChunkConfig) => void;
  parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
    header: false,
    // `true`, not 'greedy': greedy re-joins every row to test it, a third of the parse. Rows of nothing but
    // blank cells (",,,") are dropped below, looking only at rows that start with a blank cell.
    skipEmptyLines: true,
    chunkSize: CHUNK,
    chunk: (results) => {
      delimiter = results.meta.delimiter;
      for (const row of results.data) if (row[0] !== '' || !isBlank(row)) rows.push(row);
      fed += CHUNK;
      onProgress?.(Math.min(1, fed / text.length));
    },
  });
  const header = rows.shift();
  if (!header) return { ok: false, message: 'The file is empty.' };
  if (rows.length === 0) return { ok: false, message: 'The file has a header but no rows.' };
  return { ok: true, table: { header: header.map((h) => h.trim()), rows }, delimiter };
}
