/**
 * Text columns as they cross between threads and into IndexedDB: a dictionary of distinct values and a code
 * per row, one packed string, or a plain list (event-columns.ts says which column is which).
 */
import { grown } from '../lib/typed-arrays.ts';

/** Room for this many events at first; doubled as needed. */
export const INITIAL = 1024;

/** Between a list's items inside one cell (Unit Separator), between figures (Record Separator). */
export const UNIT = '\u001f';
export const RECORD = '\u001e';
/** Between the cells of a packed column (Group Separator), and a cell that is null (Cancel). */
const GROUP = '\u001d';
const NULL = '\u0018';

export const joinList = (xs: readonly string[]) => xs.join(UNIT);
export const splitList = (s: string): string[] => (s === '' ? [] : s.split(UNIT));

/**
 * A text column: as a dictionary of its distinct values and an index per event (most columns repeat a few
 * values: places, dates, types, citations), or, for columns of mostly distinct text (passages, ids), packed
 * into one string; kept as a plain list only where a cell holds a separator itself.
 */
export type TextColumn =
  | { dictionary: Array<string | null>; indexes: Uint32Array }
  | { packed: string }
  | { list: Array<string | null> };

/** A column of mostly distinct text packed into one string, or a plain list where a cell holds a separator. */
function pack(values: Array<string | null>): TextColumn {
  let separators = 0;
  const packed = values.map((v) => (v === null ? NULL : v)).join(GROUP);
  for (let at = packed.indexOf(GROUP); at !== -1; at = packed.indexOf(GROUP, at + 1)) separators++;
  if (separators !== Math.max(0, values.length - 1) || values.includes(NULL)) return { list: values };
  return { packed };
}

export function decode(column: TextColumn, length: number): Array<string | null> {
  if ('list' in column) return column.list;
  if ('dictionary' in column) {
    const out: Array<string | null> = new Array(length);
    for (let i = 0; i < length; i++) out[i] = column.dictionary[column.indexes[i]!]!;
    return out;
  }
  if (length === 0) return [];
  return column.packed.split(GROUP).map((v) => (v === NULL ? null : v));
}

/**
 * One text column as it is written: coded against its dictionary as each value comes (a value like the last
 * one, as most are, costs no lookup), or kept as a list, packed into one string when the slice is taken if it
 * is a packed column.
 */
export class TextWriter {
  private codes = new Map<string | null, number>();
  private dictionary: Array<string | null> = [];
  private indexes = new Uint32Array(INITIAL);
  private values: Array<string | null> = [];
  private last: string | null | undefined = undefined;
  private lastCode = 0;
  private length = 0;
  constructor(private readonly keptAs: 'dictionary' | 'list' | 'packed') {}

  add(v: string | null): void {
    if (this.keptAs !== 'dictionary') {
      this.values.push(v);
      return;
    }
    if (v !== this.last) {
      let code = this.codes.get(v);
      if (code === undefined) {
        code = this.dictionary.length;
        this.dictionary.push(v);
        this.codes.set(v, code);
      }
      this.last = v;
      this.lastCode = code;
    }
    if (this.length === this.indexes.length) this.indexes = grown(this.indexes);
    this.indexes[this.length++] = this.lastCode;
  }

  take(): TextColumn {
    const column: TextColumn =
      this.keptAs === 'dictionary'
        ? { dictionary: this.dictionary, indexes: this.indexes.slice(0, this.length) }
        : this.keptAs === 'packed'
          ? pack(this.values)
          : { list: this.values };
    this.codes = new Map();
    this.dictionary = [];
    this.values = [];
    this.last = undefined;
    this.length = 0;
    return column;
  }
}

/**
 * A column's values made into what the events hold: once per distinct value where the column is a dictionary
 * (the events that cite the same sources then share one list, as they share one string), else once per event.
 * Nothing changes an event's lists once it is made.
 */
export function decodeAs<V>(column: TextColumn, length: number, make: (cell: string) => V): V[] {
  if (!('dictionary' in column)) return decode(column, length).map((cell) => make(cell!));
  const made = column.dictionary.map((cell) => make(cell!));
  const out: V[] = new Array(length);
  for (let i = 0; i < length; i++) out[i] = made[column.indexes[i]!]!;
  return out;
}
