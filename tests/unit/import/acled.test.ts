import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../../src/formats/read-dataset-file.ts';
import { noteInEnglish, problemInEnglish } from '../../fixtures/in-english.ts';
import { ACLED_HEADER, acledRow, csv, utf8 } from '../../fixtures/dataset-files.ts';

const aktobe = {
  event_id_cnty: 'KAZ101',
  event_date: '2016-06-05',
  time_precision: '1',
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  country: 'Kazakhstan',
  admin1: 'Aktobe',
  location: 'Aktobe',
  latitude: '50.2797',
  longitude: '57.2072',
  geo_precision: '1',
  source: 'Interfax',
  source_scale: 'International',
  notes: 'On 5 June 2016, armed men attacked two gun shops and a military unit in Aktobe.',
  fatalities: '25',
};

function read(rows: string[][], options?: Parameters<typeof csv>[2]) {
  const outcome = readDatasetFile({ bytes: utf8(csv(ACLED_HEADER, rows, options)) });
  if (outcome.kind !== 'read') throw new Error(`expected a read, got ${JSON.stringify(outcome)}`);
  expect(outcome.format).toBe('acled');
  return outcome.result;
}

describe('an ACLED export', () => {
  it('is recognised by its header and read into a checked record, notes verbatim', () => {
    const { records, problems } = read([acledRow(aktobe)]);
    expect(problems).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      row: 2,
      externalId: 'KAZ101',
      kind: 'attack',
      originalType: 'Battles · Armed clash',
      date: '2016-06-05',
      datePrecision: 'day',
      placePrecision: 'city',
      location: 'Aktobe',
      passage: aktobe.notes,
      figures: [{ measure: 'killed-total', value: 25, column: 'fatalities' }],
    });
    // The source as ACLED names it, its scale said in our words (in English here, as on the command line).
    expect(records[0]!.citations.map(noteInEnglish)).toEqual(['Interfax (source scale: International)']);
  });

  it('reads time_precision 2 as the week and 3 as the month, keeping the given day in the note', () => {
    const { records } = read([
      acledRow({ ...aktobe, event_id_cnty: 'A', time_precision: '2' }),
      acledRow({ ...aktobe, event_id_cnty: 'B', time_precision: '3', event_date: '15 June 2016' }),
    ]);
    expect(records.map((r) => [r.date, r.datePrecision])).toEqual([
      ['2016-06-05', 'week'],
      ['2016-06', 'month'],
    ]);
    expect(noteInEnglish(records[1]!.dateNote)).toBe(
      'ACLED gives 2016-06-15 and dates the event to the month only (time_precision 3).',
    );
  });

  it('maps protests by their sub-event type and keeps the original', () => {
    const { records } = read([
      acledRow({
        ...aktobe,
        event_id_cnty: 'P1',
        event_type: 'Protests',
        sub_event_type: 'Peaceful protest',
      }),
      acledRow({
        ...aktobe,
        event_id_cnty: 'P2',
        event_type: 'Protests',
        sub_event_type: 'Protest with intervention',
      }),
      acledRow({
        ...aktobe,
        event_id_cnty: 'P3',
        event_type: 'Strategic developments',
        sub_event_type: 'Arrests',
      }),
    ]);
    expect(records.map((r) => r.kind)).toEqual(['protest', 'dispersed-rally', 'security-response']);
    expect(records[1]!.originalType).toBe('Protests · Protest with intervention');
  });

  it('leaves a blank fatalities cell blank instead of reading it as zero', () => {
    const { records } = read([acledRow({ ...aktobe, fatalities: '' })]);
    expect(records[0]!.figures).toEqual([]);
  });

  it('survives a byte-order mark, CRLF line ends, and quoted commas and newlines in the notes', () => {
    const notes = 'Protesters said: "no land sale", then\r\nleft; police, it says, watched.';
    const { records, problems } = read([acledRow({ ...aktobe, notes })], { bom: true, lineEnd: '\r\n' });
    expect(problems).toEqual([]);
    expect(records[0]!.externalId).toBe('KAZ101');
    expect(records[0]!.passage).toBe(notes);
  });

  it('names every fault of every bad row at once and imports the good rows', () => {
    const { records, problems, rowsRead } = read([
      acledRow(aktobe),
      acledRow({ ...aktobe, event_id_cnty: 'KAZ102', latitude: 'abc' }),
      acledRow({ ...aktobe, event_id_cnty: 'KAZ103', event_date: '2016-02-31', fatalities: '-2' }),
      acledRow({ ...aktobe, event_id_cnty: 'KAZ104', latitude: '76.95', longitude: '43.25' }),
      acledRow({ ...aktobe, event_id_cnty: 'KAZ105', latitude: '-33.9', longitude: '151.2' }),
      acledRow(aktobe),
    ]);
    expect(rowsRead).toBe(6);
    expect(records.map((r) => r.row)).toEqual([2]);
    const said = problems.map((p) => problemInEnglish(p));
    expect(said).toEqual([
      "row 3, latitude: 'abc' is not a number",
      "row 4, event_date: '2016-02-31' is not a date in the calendar",
      "row 4, fatalities: '-2' is not a count of people (a whole number, 0 or more)",
      'row 5, latitude, longitude: 76.95, 43.25 look swapped: latitude and longitude the other way round would lie on the map',
      'row 6, latitude, longitude: -33.9, 151.2 lies outside the map (28–102° E, 28–62° N)',
      "row 7, event_id_cnty: 'KAZ101' repeats the id of row 2",
    ]);
  });

  it('keeps text that looks like a formula or markup as text', () => {
    const notes = '=HYPERLINK("http://x") <img src=x onerror=alert(1)>';
    const { records } = read([acledRow({ ...aktobe, notes, location: '<b>Aktobe</b>' })]);
    expect(records[0]!.passage).toBe(notes);
    expect(records[0]!.location).toBe('<b>Aktobe</b>');
  });
});
