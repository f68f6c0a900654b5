/**
 * START's Global Terrorism Database (GTD) CSV to checked records. The mapping is the README's table "GTD to
 * the map". Every GTD record is a terrorist attack by GTD's definition, so all become attacks; the attack
 * type is kept and shown.
 */
import { isValidDate, type LocationPrecision } from '../records/record-terms.ts';
import type { DatasetFigure } from '../records/schema.ts';
import { codeNote, say } from '../i18n/message.ts';
import { BLANK, quoted, type RowReader } from './cells.ts';
import { rowAdapter } from './row-adapter.ts';
import type { ImportedDatePrecision, ImportedRecord, RowAdapter } from './imported-record.ts';

export const GTD_REQUIRED = ['eventid', 'iyear', 'imonth', 'iday', 'latitude', 'longitude'] as const;

/**
 * GTD specificity: 1 the city's own coordinates; 2–4 the centre of a smaller or first-order region (the city
 * unknown, or not in a city); 5 the country's centre.
 */
const SPECIFICITY: Record<string, LocationPrecision> = {
  '1': 'city',
  '2': 'region',
  '3': 'region',
  '4': 'region',
  '5': 'country',
};

const pad = (n: number) => String(n).padStart(2, '0');

export function gtdAdapter(header: readonly string[], emit?: (record: ImportedRecord) => void): RowAdapter {
  return rowAdapter(header, readRow, 'eventid', emit);
}

/** iyear, imonth, iday: a month or day of 0 means GTD does not know it. */
function gtdDate(r: RowReader): { date: string; precision: ImportedDatePrecision } | null {
  const year = r.number('iyear', { required: true });
  const month = r.number('imonth', { required: true });
  const day = r.number('iday', { required: true });
  if (year === null || month === null || day === null) return null;
  const [date, precision]: [string, ImportedDatePrecision] =
    month === 0
      ? [String(year), 'year']
      : day === 0
        ? [`${year}-${pad(month)}`, 'month']
        : [`${year}-${pad(month)}-${pad(day)}`, 'day'];
  if (!/^\d{4}$/.test(String(year)) || !isValidDate(date, precision)) {
    r.fault('iyear, imonth, iday', say('problem.notInCalendar', { value: `${year}, ${month}, ${day}` }));
    return null;
  }
  return { date, precision };
}

function readRow(r: RowReader): ImportedRecord | null {
  const externalId = r.text('eventid');
  if (externalId === null) r.fault('eventid', BLANK);
  const when = gtdDate(r);
  const point = r.point('latitude', 'longitude');
  const specificity = r.text('specificity') ?? '1';
  const placePrecision = SPECIFICITY[specificity];
  if (placePrecision === undefined)
    r.fault('specificity', say('problem.notOneToFive', { value: quoted(specificity) }));
  const nkill = r.count('nkill');
  const nwound = r.count('nwound');
  const doubt = r.text('doubtterr');
  if (r.problems.length > 0 || !when || !point || !placePrecision) return null;

  const figures: DatasetFigure[] = [];
  if (nkill !== null) figures.push({ measure: 'killed-total', value: nkill, column: 'nkill' });
  if (nwound !== null) figures.push({ measure: 'injured', value: nwound, column: 'nwound' });
  const approx = r.text('approxdate');
  const dateNote = [
    when.precision === 'month' ? say('note.gtdNoDay') : null,
    when.precision === 'year' ? say('note.gtdNoMonth') : null,
    approx === null ? null : say('note.gtdApproximate', { approx }),
  ].filter((note) => note !== null);
  const attackType = r.text('attacktype1_txt');
  return {
    row: r.row,
    externalId,
    kind: 'attack',
    originalType: attackType,
    date: when.date,
    datePrecision: when.precision,
    dateNote: dateNote.length > 0 ? codeNote(dateNote) : null,
    lon: point.lon,
    lat: point.lat,
    placePrecision,
    location: r.text('city'),
    admin1: r.text('provstate'),
    country: r.text('country_txt'),
    passage: r.text('summary'),
    citations: ['scite1', 'scite2', 'scite3'].map((c) => r.text(c)).filter((c) => c !== null),
    figures,
    remarks: doubt === '1' ? [codeNote([say('note.gtdDoubts')])] : [],
  };
}
