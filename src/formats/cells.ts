/**
 * Reading one row's cells with the checks every adapter shares: numbers, counts, coordinates inside the map
 * frame, real calendar dates. Each fault is noted against its column and the row goes on being read, so a
 * reader learns every fault of a row at once.
 */
import { BASEMAP_FRAME } from '../records/map-frame.ts';
import { isValidDate } from '../records/record-terms.ts';
import { say, type Message } from '../i18n/message.ts';
import type { Cells } from './csv-scanner.ts';
import type { RowProblem } from './imported-record.ts';
import { remembered } from '../lib/remembered.ts';

/** A cell quoted back in a message: short, and plainly text. */
export function quoted(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `'${short}'`;
}

/** One reader per file, moved from row to row (`at`): a 100,000-row file makes no reader per row. */
export class RowReader {
  problems: RowProblem[] = [];
  private cells: Cells;
  private readonly columns: ReadonlyMap<string, number>;
  row: number;

  constructor(row: number, cells: Cells, columns: ReadonlyMap<string, number>) {
    this.row = row;
    this.cells = cells;
    this.columns = columns;
  }

  /** Moves to another row, its faults not yet known. */
  at(row: number, cells: Cells): this {
    this.row = row;
    this.cells = cells;
    if (this.problems.length > 0) this.problems = [];
    return this;
  }

  fault(column: string, message: Message): void {
    this.problems.push({ row: this.row, column, message });
  }

  /** The cell's text with outer spaces trimmed; null when blank or when the file has no such column. */
  text(column: string | null | undefined): string | null {
    if (!column) return null;
    const index = this.columns.get(column);
    if (index === undefined) return null;
    const cell = this.cells.cell(index);
    if (cell === undefined || cell === '') return null;
    // Most cells have no outer space: trimming only those that do spares a copy of every cell.
    const value = cell.charCodeAt(0) <= 32 || cell.charCodeAt(cell.length - 1) <= 32 ? cell.trim() : cell;
    return value === '' ? null : value;
  }

  /** A decimal number; a comma is read as the decimal mark when it is the only one (43,25). */
  number(column: string | null | undefined, { required }: { required: boolean }): number | null {
    const value = this.text(column);
    if (value === null) {
      if (required && column) this.fault(column, BLANK);
      return null;
    }
    const normal = value.includes(',') && /^[+-]?\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
    const n = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normal) ? Number(normal) : Number.NaN;
    if (!Number.isFinite(n)) {
      this.fault(column!, say('problem.notNumber', { value: quoted(value) }));
      return null;
    }
    return n;
  }

  /** A count of people: a whole number, not negative. Blank stays blank (null). */
  count(column: string | null | undefined): number | null {
    const value = this.text(column);
    const n = this.number(column, { required: false });
    if (n === null) return null;
    if (n < 0 || !Number.isInteger(n)) {
      this.fault(column!, say('problem.notCount', { value: quoted(value!) }));
      return null;
    }
    return n;
  }

  /** Latitude and longitude, both present, inside the map frame, and not the wrong way round. */
  point(latColumn: string, lonColumn: string): { lat: number; lon: number } | null {
    const lat = this.number(latColumn, { required: true });
    const lon = this.number(lonColumn, { required: true });
    if (lat === null || lon === null) return null;
    const fault = pointFault(lat, lon);
    if (fault) {
      this.fault(`${latColumn}, ${lonColumn}`, fault);
      return null;
    }
    return { lat, lon };
  }
}

/** A required cell left empty. */
export const BLANK = say('problem.blank');

const [WEST, SOUTH, EAST, NORTH] = BASEMAP_FRAME;
const inFrame = (lat: number, lon: number) => lon >= WEST && lon <= EAST && lat >= SOUTH && lat <= NORTH;

/** Why a point cannot go on this map, or null. Coordinates are said as written (String), not as numbers. */
export function pointFault(lat: number, lon: number): Message | null {
  if (inFrame(lat, lon)) return null;
  const [y, x] = [String(lat), String(lon)];
  if (Math.abs(lat) > 90) return say('problem.notLatitude', { lat: y });
  if (inFrame(lon, lat)) return say('problem.swapped', { lat: y, lon: x });
  return say('problem.outsideMap', { lat: y, lon: x, west: WEST, east: EAST, south: SOUTH, north: NORTH });
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
}; // prettier-ignore

const pad = (n: number) => String(n).padStart(2, '0');

export type ParsedDate =
  { ok: true; date: string; precision: 'day' | 'month' | 'year' } | { ok: false; message: Message };

/**
 * A date as datasets and spreadsheets write it: 2016-06-05, 2016-06, 2016, 5 June 2016, 05-Jun-2016, 05.06.2016.
 * Slashes are read only where the order is beyond doubt (a part over 12); 31 February is refused.
 */
// Datasets repeat the same few thousand dates over many rows: each is read once.
export const parseDate: (value: string) => ParsedDate = remembered(
  (value: string) => readDate(value),
  100_000,
);

function readDate(value: string): ParsedDate {
  const v = value.trim();
  let y: number, m: number | null, d: number | null;
  let match: RegExpMatchArray | null;
  if ((match = v.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = v.match(/^(\d{4})-(\d{1,2})$/))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), null];
  } else if ((match = v.match(/^(\d{4})$/))) {
    [y, m, d] = [Number(match[1]), null, null];
  } else if ((match = v.match(/^(\d{1,2})[\s-]([A-Za-z]{3,9})[\s-,]+(\d{4}|\d{2})$/))) {
    const month = MONTHS[match[2]!.slice(0, 3).toLowerCase()];
    if (month === undefined)
      return {
        ok: false,
        message: say('problem.notMonth', { value: quoted(value), month: quoted(match[2]!) }),
      };
    const year = Number(match[3]);
    [y, m, d] = [match[3]!.length === 2 ? 2000 + year : year, month, Number(match[1])];
  } else if ((match = v.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/))) {
    [y, m, d] = [Number(match[3]), Number(match[2]), Number(match[1])];
  } else if ((match = v.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/))) {
    const [a, b] = [Number(match[1]), Number(match[2])];
    if (a <= 12 && b <= 12 && a !== b)
      return {
        ok: false,
        message: say('problem.ambiguousDate', {
          value: quoted(value),
          dayFirst: `${match[3]}-${pad(b)}-${pad(a)}`,
          monthFirst: `${match[3]}-${pad(a)}-${pad(b)}`,
        }),
      };
    [y, m, d] = a > 12 ? [Number(match[3]), b, a] : [Number(match[3]), a, b];
  } else {
    return { ok: false, message: say('problem.notDate', { value: quoted(value) }) };
  }
  const date = d !== null ? `${y}-${pad(m!)}-${pad(d)}` : m !== null ? `${y}-${pad(m)}` : String(y);
  const precision = d !== null ? 'day' : m !== null ? 'month' : 'year';
  if (!isValidDate(date, precision))
    return { ok: false, message: say('problem.notInCalendar', { value: quoted(value) }) };
  return { ok: true, date, precision };
}

/** Marks every row whose id repeats an earlier row's: the first stands, the repeats are named. */
export class IdRegister {
  private readonly seen = new Map<string, number>();
  /** False (and a fault on the row) when the id was taken. */
  claim(reader: RowReader, column: string, id: string | null): boolean {
    if (id === null) return true;
    const first = this.seen.get(id);
    if (first !== undefined) {
      reader.fault(column, say('problem.repeatsId', { value: quoted(id), row: first }));
      return false;
    }
    this.seen.set(id, reader.row);
    return true;
  }
}

export function columnIndex(header: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.trim();
    if (!map.has(key)) map.set(key, i);
  });
  return map;
}
