import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cellsOf } from '../../../src/formats/csv-scanner.ts';
import { streamCsv } from '../../../src/formats/read-csv.ts';

/** What the reader gives: the header, and every row with its number. */
function readRows(text: string): { header: string[] | null; rows: string[] } {
  const rows: string[] = [];
  let header: string[] | null = null;
  streamCsv(text, (found) => {
    header = found;
    return { row: (cells, n) => rows.push(`${n}:${cellsOf(cells).join('|')}`) };
  });
  return { header, rows };
}

/** The same read by papaparse alone, the whole text at once, as the import read before the scanner. */
function papaparseRows(text: string): { header: string[] | null; rows: string[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const all = Papa.parse<string[]>(body, { skipEmptyLines: true }).data.filter(
    (row) => row[0] !== '' || !row.every((cell) => cell.trim() === ''),
  );
  if (all.length === 0) return { header: null, rows: [] };
  return {
    header: all[0]!.map((h) => h.trim()),
    rows: all.slice(1).map((row, i) => `${i + 2}:${row.join('|')}`),
  };
}

/** A repeatable stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Cells written the ways spreadsheets and hand-edited files write them, regular and not. */
const CELLS = [
  () => `plain`,
  () => '',
  () => '  ',
  () => 'Атырау',
  (sep: string) => `"a${sep} quoted separator"`,
  (_: string, nl: string) => `"a quoted${nl}line end"`,
  () => '"he said ""go"""',
  () => '""',
  () => '"quoted" ', // a space after the closing quote
  () => '"quoted"x', // text after the closing quote
  () => 'in"side', // a quote inside a cell that does not start with one
  () => '"never closed',
  () => 'a\rlone carriage return',
  () => '"ends in a doubled quote"""',
];

function randomCsv(next: () => number): string {
  const sep = [',', ';', '\t'][Math.floor(next() * 3)]!;
  const nl = next() < 0.5 ? '\n' : '\r\n';
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const lines = ['id' + sep + 'date' + sep + 'notes'];
  const rows = 1 + Math.floor(next() * 12);
  for (let i = 0; i < rows; i++) {
    const roll = next();
    if (roll < 0.08) lines.push('');
    else if (roll < 0.14) lines.push(sep + sep);
    else {
      const n = 1 + Math.floor(next() * 4);
      // Irregular cells only now and then, as in real files, so that most files are regular.
      const cells = Array.from({ length: n }, () =>
        next() < 0.85 ? pick(CELLS.slice(0, 8))(sep, nl) : pick(CELLS)(sep, nl),
      );
      lines.push(cells.join(sep));
    }
  }
  return (next() < 0.2 ? '\ufeff' : '') + lines.join(nl) + (next() < 0.5 ? nl : '');
}

afterEach(() => vi.restoreAllMocks());

describe('the CSV reader', () => {
  it('gives the rows papaparse gives, numbered the same, on two thousand files written to trip it', () => {
    const next = random(2026);
    for (let i = 0; i < 2000; i++) {
      const text = randomCsv(next);
      expect(readRows(text), JSON.stringify(text)).toEqual(papaparseRows(text));
    }
  });

  it('reads a regular file with its own scanner, asking papaparse only for the separator and line end', () => {
    const spy = vi.spyOn(Papa, 'parse');
    const text = [
      'id;date;notes',
      '1;2016-06-05;"Aktobe; gun shops"',
      '2;2016-06-06;"a ""quoted"" word"',
    ].join('\r\n');
    expect(readRows(text).rows).toEqual([
      '2:1|2016-06-05|Aktobe; gun shops',
      '3:2|2016-06-06|a "quoted" word',
    ]);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('hands papaparse the rest of a file from the row it will not guess about', () => {
    const spy = vi.spyOn(Papa, 'parse');
    const text = 'id,notes\n1,plain\n2,"closed" then more\n3,"last"\n';
    expect(readRows(text)).toEqual(papaparseRows(text));
    expect(spy).toHaveBeenCalledTimes(3); // the separator, the rest of the file, and the comparison
  });
});
