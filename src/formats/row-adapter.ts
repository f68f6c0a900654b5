/**
 * The loop every table adapter shares: one row reader moved from row to row, each row read by the format's
 * own `readRow`, a record kept (or handed to `emit`) only when the row has no fault and its id is not taken,
 * and every fault collected.
 */
import { columnIndex, IdRegister, RowReader } from './cells.ts';
import { ArrayCells, type Cells } from './csv-scanner.ts';
import type { AdapterResult, ImportedRecord, RowAdapter } from './imported-record.ts';

export function rowAdapter(
  header: readonly string[],
  readRow: (r: RowReader) => ImportedRecord | null,
  /** The column whose values must not repeat, if the format has one. */
  idColumn: string | null,
  emit?: (record: ImportedRecord) => void,
  unit: AdapterResult['unit'] = 'row',
): RowAdapter {
  const r = new RowReader(0, new ArrayCells(), columnIndex(header));
  const ids = new IdRegister();
  const records: ImportedRecord[] = [];
  const problems: AdapterResult['problems'] = [];
  let rowsRead = 0;
  const row = (cells: Cells, number: number) => {
    rowsRead++;
    r.at(number, cells);
    const record = readRow(r);
    // The id is claimed only by a row that is otherwise good: a bad row does not take it from a later one.
    const kept =
      record && r.problems.length === 0 && (!idColumn || ids.claim(r, idColumn, record.externalId));
    if (kept) {
      if (emit) emit(record);
      else records.push(record);
    }
    if (r.problems.length > 0) problems.push(...r.problems);
  };
  return {
    row,
    add: (rows, first) => rows.forEach((cells, i) => row(new ArrayCells(cells), first + i)),
    result: () => ({ records, problems, rowsRead, unit }),
  };
}
