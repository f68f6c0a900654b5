/** A date must be real and written in the form its precision asks for (2011-11-12, 2016-04, 2005, null). */
import { isValidDate, type EventRecord, type SourceRecord } from '../schema.ts';
import type { Problem } from './problems.ts';

export function checkDates(
  file: string,
  records: ReadonlyArray<SourceRecord | EventRecord>,
  problems: Problem[],
): void {
  for (const r of records) {
    if (!isValidDate(r.date, r.datePrecision)) {
      const expected = {
        day: 'YYYY-MM-DD',
        week: 'YYYY-MM-DD',
        month: 'YYYY-MM',
        year: 'YYYY',
        undated: 'null',
      }[r.datePrecision];
      problems.push({
        file,
        record: r.id,
        field: 'date',
        message: `${JSON.stringify(r.date)} is not a real date in the form ${expected} that precision "${r.datePrecision}" asks for`,
      });
    }
  }
}
