import { describe, expect, it } from 'vitest';
import { inEnglish, noteInEnglish, problemInEnglish } from '../../fixtures/in-english.ts';
import { readDatasetFile, type ReadOutcome } from '../../../src/formats/read-dataset-file.ts';
import { guessMapping, type TableMapping } from '../../../src/formats/table.ts';
import { cp1251, csv, GTD_HEADER, gtdRow, utf8 } from '../../fixtures/dataset-files.ts';

function read(outcome: ReadOutcome) {
  if (outcome.kind !== 'read') throw new Error(`expected a read, got ${JSON.stringify(outcome)}`);
  return outcome;
}

const taraz = {
  eventid: '201111120001',
  iyear: '2011',
  imonth: '11',
  iday: '12',
  country_txt: 'Kazakhstan',
  provstate: 'Zhambyl',
  city: 'Taraz',
  latitude: '42.9',
  longitude: '71.366667',
  specificity: '1',
  summary: '11/12/2011: An assailant opened fire on security forces in Taraz.',
  doubtterr: '0',
  attacktype1_txt: 'Armed Assault',
  nkill: '7',
  nwound: '',
  scite1: '"Gunman kills 7 in Kazakhstan," Reuters, November 12, 2011.',
  scite2: '',
  scite3: 'Another, with a comma',
};

describe('a GTD export', () => {
  it('is recognised by its header; nkill becomes a claim and a blank nwound stays blank', () => {
    const { format, result } = read(readDatasetFile({ bytes: utf8(csv(GTD_HEADER, [gtdRow(taraz)])) }));
    expect(format).toBe('gtd');
    expect(result.problems).toEqual([]);
    expect(result.records[0]).toMatchObject({
      externalId: '201111120001',
      kind: 'attack',
      originalType: 'Armed Assault',
      date: '2011-11-12',
      datePrecision: 'day',
      placePrecision: 'city',
      passage: taraz.summary,
      citations: [taraz.scite1, taraz.scite3],
      figures: [{ measure: 'killed-total', value: 7, column: 'nkill' }],
      remarks: [],
    });
  });

  it('reads iday 0 as the month and imonth 0 as the year, keeps approxdate, and shows doubtterr', () => {
    const { result } = read(
      readDatasetFile({
        bytes: utf8(
          csv(GTD_HEADER, [
            gtdRow({ ...taraz, eventid: '1', iday: '0', approxdate: 'mid-November 2011', doubtterr: '1' }),
            gtdRow({ ...taraz, eventid: '2', imonth: '0', iday: '0', specificity: '4' }),
          ]),
        ),
      }),
    );
    expect(result.records.map((r) => [r.date, r.datePrecision, r.placePrecision])).toEqual([
      ['2011-11', 'month', 'city'],
      ['2011', 'year', 'region'],
    ]);
    expect(noteInEnglish(result.records[0]!.dateNote)).toBe(
      'GTD gives no day (iday 0). GTD’s approximate date: mid-November 2011',
    );
    expect(result.records[0]!.remarks.map(noteInEnglish)).toEqual([
      'GTD doubts this was terrorism (doubtterr 1).',
    ]);
  });

  it('refuses 31 February by name', () => {
    const { result } = read(
      readDatasetFile({ bytes: utf8(csv(GTD_HEADER, [gtdRow({ ...taraz, imonth: '2', iday: '31' })])) }),
    );
    expect(result.problems.map((p) => problemInEnglish(p))).toEqual([
      'row 2, iyear, imonth, iday: 2011, 2, 31 is not a date in the calendar',
    ]);
  });
});

const newsroomMapping: TableMapping = {
  date: 'Дата',
  latitude: 'Широта',
  longitude: 'Долгота',
  kind: 'Тип',
  defaultKind: null,
  description: 'Описание',
  source: 'Источник',
  id: null,
  location: 'Город',
  killed: 'Погибшие',
  injured: null,
};

describe('a newsroom’s own table', () => {
  const header = ['Дата', 'Город', 'Широта', 'Долгота', 'Тип', 'Описание', 'Источник', 'Погибшие'];
  const rows = [
    [
      '05.06.2016',
      'Актобе',
      '50,2797',
      '57,2072',
      'attack',
      'Нападение на оружейные магазины; «сообщают»',
      'Тенгри',
      '25',
    ],
    ['21.05.2016', 'Атырау', '47,1', '51,9', 'riot', 'Митинг', 'Азаттык', ''],
  ];

  it('asks for a mapping first, guessing the Russian column names', () => {
    const outcome = readDatasetFile({ bytes: utf8(csv(header, rows, { separator: ';' })) });
    expect(outcome.kind).toBe('needs-mapping');
    if (outcome.kind !== 'needs-mapping') return;
    expect(outcome.guess).toMatchObject({
      date: 'Дата',
      latitude: 'Широта',
      longitude: 'Долгота',
      killed: 'Погибшие',
    });
    expect(guessMapping(header).location).toBe('Город');
  });

  it('reads a semicolon-separated Windows-1251 file with decimal commas, naming the bad kind', () => {
    const bytes = cp1251(csv(header, rows, { separator: ';' }));
    const { result, encoding, encodingHow } = read(readDatasetFile({ bytes, mapping: newsroomMapping }));
    expect([encoding, encodingHow]).toEqual(['windows-1251', 'guessed']);
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({
      date: '2016-06-05',
      lat: 50.2797,
      lon: 57.2072,
      location: 'Актобе',
      passage: 'Нападение на оружейные магазины; «сообщают»',
      citations: ['Тенгри'],
      figures: [{ measure: 'killed-total', value: 25, column: 'Погибшие' }],
    });
    expect(problemInEnglish(result.problems[0]!)).toMatch(
      /^row 3, Тип: 'riot' is not one of the map’s kinds/,
    );
  });

  it('reads the same file as the encoding the reader chooses (here a wrong one: the columns no longer match)', () => {
    const bytes = cp1251(csv(header, rows, { separator: ';' }));
    const outcome = readDatasetFile({ bytes, mapping: newsroomMapping, encoding: 'koi8-r' });
    if (outcome.kind !== 'needs-mapping') throw new Error(outcome.kind);
    expect([outcome.encoding, outcome.encodingHow]).toEqual(['koi8-r', 'chosen']);
    expect(outcome.header).not.toContain('Дата');
  });
});

describe('files that cannot be read', () => {
  const refused = (bytes: Uint8Array) => {
    const outcome = readDatasetFile({ bytes });
    return outcome.kind === 'refused' ? inEnglish(outcome.message) : `not refused: ${outcome.kind}`;
  };
  it('each get their own plain message', () => {
    expect(refused(new Uint8Array())).toBe('The file is empty.');
    expect(refused(utf8('  \r\n '))).toBe('The file holds nothing but blank space.');
    expect(refused(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2]))).toMatch(/Excel workbook/);
    expect(refused(Uint8Array.from({ length: 400 }, (_, i) => (i * 7) % 256))).toMatch(/binary, not text/);
    expect(refused(utf8('date\r\n2016-01-01\r\n'))).toMatch(/fits no format: it has 1 column/);
    expect(refused(utf8('event_id_cnty,event_date,latitude\r\n'))).toBe('The file has a header but no rows.');
    expect(refused(utf8('{"type": "FeatureCollection", "features": ['))).toMatch(/cannot be read as JSON/);
  });
});

describe('GeoJSON points', () => {
  const collection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [71.43, 51.13] },
        properties: { date: '2016-05-21', kind: 'protest', notes: 'Rally planned' },
      },
      {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [71, 51],
            [72, 52],
          ],
        },
        properties: {},
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [76.9, 43.2] },
        properties: { date: '2016-05-21', kind: 'protest' },
      },
    ],
  };
  it('reads point features through the mapping, naming a non-point feature by its number', () => {
    const first = readDatasetFile({ bytes: utf8(JSON.stringify(collection)) });
    expect(first.kind).toBe('needs-mapping');
    if (first.kind !== 'needs-mapping') return;
    const { result, format } = read(
      readDatasetFile({ bytes: utf8(JSON.stringify(collection)), mapping: first.guess }),
    );
    expect(format).toBe('geojson');
    expect(result.records.map((r) => [r.row, r.lon, r.lat, r.passage])).toEqual([
      [1, 71.43, 51.13, 'Rally planned'],
      [3, 76.9, 43.2, null],
    ]);
    expect(result.problems.map((p) => problemInEnglish(p, result.unit))).toEqual([
      "feature 2, geometry: 'LineString' is not a point: only points can be imported",
    ]);
  });
});

describe('a file too big for the page', () => {
  it('is refused by its size before a byte is read, and pointed to npm run import', async () => {
    const { sizeFault } = await import('../../../src/formats/decode.ts');
    expect(inEnglish(sizeFault(250 * 1024 * 1024))).toMatch(
      /^The file is 250 MB; the page reads files up to 200 MB\..*npm run import/,
    );
    expect(inEnglish(sizeFault(0))).toBe('The file is empty.');
    expect(sizeFault(199 * 1024 * 1024)).toBeNull();
  });
});

describe('a file saved in a Western European code page (a GTD sheet saved as CSV from Excel)', () => {
  it('is read as Windows-1252, its accented letters intact, not as stray Cyrillic', () => {
    const latin1 = (text: string) => Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));
    const summary = '06/05/2016: Assailants attacked a café and the Müller gun shop; Türkiye condemned it.';
    const bytes = latin1(csv(GTD_HEADER, [gtdRow({ ...taraz, summary })]));
    const { encoding, encodingHow, result } = read(readDatasetFile({ bytes }));
    expect([encoding, encodingHow]).toEqual(['windows-1252', 'guessed']);
    expect(result.records[0]!.passage).toBe(summary);
  });
});
