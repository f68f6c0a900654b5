/**
 * A lean CSV scanner for the regular case, beside papaparse (read-csv.ts): it finds each row's cells as
 * offsets into the text, and a cell becomes a string only when an adapter reads it (an ACLED export has 31
 * columns; the adapter reads 16). It reads exactly as papaparse does, with the separator and line end
 * papaparse found, or not at all: a quote papaparse would have to guess about (a quoted cell that never ends,
 * or whose closing quote is followed by anything but a separator or a line end) stops it at that row, and
 * papaparse reads on from there. A test holds the two to the same rows on files written to trip them.
 */

import { grown } from '../lib/typed-arrays.ts';

/** A row's cells, read one at a time. */
export interface Cells {
  readonly count: number;
  /** The cell's text as the file holds it (quotes taken off, doubled quotes made one); undefined past the end. */
  cell(index: number): string | undefined;
}

/** Cells of a row already split into strings (papaparse's rows), moved from row to row. */
export class ArrayCells implements Cells {
  constructor(public row: readonly string[] = []) {}
  get count(): number {
    return this.row.length;
  }
  cell(index: number): string | undefined {
    return this.row[index];
  }
}

/** All of a row's cells as strings. */
export const cellsOf = (cells: Cells): string[] =>
  Array.from({ length: cells.count }, (_, i) => cells.cell(i) ?? '');

const QUOTE = '"';
const QUOTE_CODE = 0x22;

/** One row of the text at a time: where each cell starts and ends. */
export class CsvScanner implements Cells {
  count = 0;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  /** 1 where a quoted cell holds doubled quotes. */
  private doubled = new Uint8Array(64);
  /** Where the line end after `at` is, kept while cells are read so that each row looks for it once. */
  private nextLineEnd = -1;

  constructor(
    private readonly text: string,
    private readonly separator: string,
    private readonly lineEnd: string,
  ) {}

  cell(index: number): string | undefined {
    if (index >= this.count) return undefined;
    const value = this.text.substring(this.starts[index]!, this.ends[index]!);
    return this.doubled[index] ? value.replaceAll('""', QUOTE) : value;
  }

  /**
   * Reads the row that starts at `at`: returns where the next row starts (the text's length after the last),
   * or -1 where papaparse must read instead.
   */
  scan(at: number): number {
    const { text, separator, lineEnd } = this;
    this.count = 0;
    let pos = at;
    for (;;) {
      if (text.charCodeAt(pos) === QUOTE_CODE) {
        let search = pos + 1;
        let doubled = false;
        let close: number;
        for (;;) {
          close = text.indexOf(QUOTE, search);
          if (close === -1) return -1;
          if (text.charCodeAt(close + 1) !== QUOTE_CODE) break;
          doubled = true;
          search = close + 2;
        }
        this.push(pos + 1, close, doubled);
        const after = close + 1;
        if (after === text.length) return after;
        if (text.startsWith(separator, after)) {
          pos = after + separator.length;
          continue;
        }
        if (text.startsWith(lineEnd, after)) {
          this.nextLineEnd = -1;
          return after + lineEnd.length;
        }
        return -1;
      }
      if (this.nextLineEnd < pos) this.nextLineEnd = text.indexOf(lineEnd, pos);
      const lineEndAt = this.nextLineEnd;
      const separatorAt = text.indexOf(separator, pos);
      if (separatorAt !== -1 && (lineEndAt === -1 || separatorAt < lineEndAt)) {
        this.push(pos, separatorAt, false);
        pos = separatorAt + separator.length;
        continue;
      }
      if (lineEndAt === -1) {
        this.push(pos, text.length, false);
        return text.length;
      }
      this.push(pos, lineEndAt, false);
      this.nextLineEnd = -1;
      return lineEndAt + lineEnd.length;
    }
  }

  private push(start: number, end: number, doubled: boolean): void {
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
      this.doubled = grown(this.doubled);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.doubled[this.count] = doubled ? 1 : 0;
    this.count++;
  }
}
