import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowProblemMessage } from '../../src/formats/imported-record.ts';
import { readDatasetFile } from '../../src/formats/read-dataset-file.ts';
import { LANGUAGES, parseLanguage, preferredLanguage } from '../../src/i18n/languages.ts';
import { en } from '../../src/i18n/messages-en.ts';
import { kk } from '../../src/i18n/messages-kk.ts';
import { ru } from '../../src/i18n/messages-ru.ts';
import { fallbackDate, loadCatalogue, needsFallback, translator } from '../../src/i18n/translator.ts';

const CATALOGUES = { en, ru, kk };
beforeAll(async () => {
  await loadCatalogue('ru');
  await loadCatalogue('kk');
});

const SRC = new URL('../../src/', import.meta.url).pathname;

/** Every source file's text, to find the message keys the code uses. */
function sourceText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourceText(path);
      // The catalogues themselves name every key: they do not count as a use.
      return /\.tsx?$/.test(entry.name) && !entry.name.startsWith('messages-')
        ? readFileSync(path, 'utf8')
        : '';
    })
    .join('\n');
}

describe('the message catalogues', () => {
  it('hold every message in every language, each a valid ICU message, and none the code does not use', () => {
    const keys = Object.keys(CATALOGUES.en).sort();
    for (const lang of LANGUAGES) {
      expect(Object.keys(CATALOGUES[lang]).sort(), lang).toEqual(keys);
      for (const [key, message] of Object.entries(CATALOGUES[lang]))
        expect(() => new IntlMessageFormat(message, lang), `${lang} ${key}`).not.toThrow();
    }
    const code = sourceText(SRC);
    expect(keys.filter((key) => !code.includes(`'${key}'`))).toEqual([]);
  });
});

describe('counts in each language', () => {
  it('take the Russian noun’s three forms, and the Kazakh noun’s one', () => {
    const ru = translator('ru');
    expect(
      [1, 2, 5, 21, 11, 22, 111].map((n) => ru.t('timeline.yearCount', { year: '2016', count: n })),
    ).toEqual([
      '2016: 1 событие',
      '2016: 2 события',
      '2016: 5 событий',
      '2016: 21 событие',
      '2016: 11 событий',
      '2016: 22 события',
      '2016: 111 событий',
    ]);
    const kk = translator('kk');
    expect([1, 2, 5, 21].map((n) => kk.t('timeline.yearCount', { year: '2016', count: n }))).toEqual([
      '2016: 1 оқиға',
      '2016: 2 оқиға',
      '2016: 5 оқиға',
      '2016: 21 оқиға',
    ]);
    expect(translator('en').t('status.shownOf', { count: 1, total: 1, range: '2011' })).toBe(
      '1 of 1 event shown · 2011',
    );
    expect(translator('en').t('status.shownOf', { count: 6, total: 29, range: '2011' })).toBe(
      '6 of 29 events shown · 2011',
    );
  });

  it('write large numbers as each language does', () => {
    expect(translator('en').number(12345)).toBe('12,345');
    expect(translator('ru').number(12345)).toBe('12\u00a0345');
  });
});

describe('dates at their precision in each language', () => {
  it('are never more precise than the source', () => {
    const [en, ru, kk] = (['en', 'ru', 'kk'] as const).map(translator);
    expect(en!.date('2016-06', 'month')).toBe('June 2016');
    expect(ru!.date('2016-06', 'month')).toBe('июнь 2016 г.');
    expect(kk!.date('2016-06', 'month')).toBe('2016 ж. маусым');
    expect(en!.date('2016-06-05', 'day')).toBe('5 June 2016');
    expect(ru!.date('2016-06-05', 'day')).toBe('5 июня 2016 г.');
    expect(kk!.date('2016-06-05', 'day')).toBe('2016 ж. 5 маусым');
    expect(en!.date('2011', 'year')).toBe('2011');
    expect(en!.date('2016-05-21', 'week')).toBe('the week around 21 May 2016');
    expect(ru!.date(null, 'undated')).toBe('без даты');
  });
});

describe('the language chosen', () => {
  it('comes from the URL, else the browser’s preferences, else English', () => {
    expect(parseLanguage('RU')).toBe('ru');
    expect(parseLanguage('kk-KZ')).toBe('kk');
    expect(parseLanguage('de')).toBeNull();
    expect(preferredLanguage(['de-DE', 'kk-KZ', 'ru'])).toBe('kk');
    expect(preferredLanguage(['fr'])).toBe('en');
  });
});

describe('Kazakh dates where the browser has no Kazakh calendar', () => {
  it('are written as Intl writes them where it has the data (Node has; Chromium has not)', () => {
    for (const [m, d] of [
      [1, 9],
      [6, 5],
      [12, 31],
    ] as const) {
      const at = new Date(Date.UTC(2016, m - 1, d));
      const intl = (options: Intl.DateTimeFormatOptions) =>
        new Intl.DateTimeFormat('kk', { ...options, timeZone: 'UTC' }).format(at);
      expect(fallbackDate('kk', 2016, m, d, 'month')).toBe(intl({ month: 'long', year: 'numeric' }));
      expect(fallbackDate('kk', 2016, m, d, 'day')).toBe(
        intl({ day: 'numeric', month: 'long', year: 'numeric' }),
      );
    }
    expect(needsFallback('2016 M06')).toBe(true);
    expect(needsFallback('2016 ж. маусым')).toBe(false);
  });
});

describe('what the import and the loader say', () => {
  const bad = readDatasetFile({
    bytes: new TextEncoder().encode(
      'event_id_cnty,event_date,time_precision,event_type,sub_event_type,latitude,longitude,geo_precision,notes,tags\n' +
        'KAZ1,2016-06-05,3,Protests,Peaceful protest,abc,57.2,1,Rally,crowd size=around 200\n' +
        'KAZ2,2016-02-31,1,Protests,Peaceful protest,50.3,57.2,1,Rally,\n' +
        'KAZ3,2016-06-15,3,Protests,Peaceful protest,50.3,57.2,1,Rally,crowd size=around 200\n',
    ),
  });
  if (bad.kind !== 'read') throw new Error(`the ACLED file was ${bad.kind}`);
  const { problems, records } = bad.result;

  it('names each bad row in the reader’s language, quoting the cell as it stands', () => {
    expect(problems.map((p) => translator('ru').tell(rowProblemMessage(p)))).toEqual([
      "строка 2, latitude: 'abc' — не число",
      "строка 3, event_date: даты '2016-02-31' нет в календаре",
    ]);
    expect(translator('kk').tell(rowProblemMessage(problems[0]!))).toBe("жол 2, latitude: 'abc' сан емес");
  });

  it('keeps an imported event’s date note and remarks as messages, said in each language, the data’s words untouched', () => {
    const [event] = records;
    expect(translator('ru').note(event!.dateNote!)).toBe(
      'ACLED указывает 2016-06-15, но датирует событие лишь с точностью до месяца (time_precision 3).',
    );
    expect(translator('kk').note(event!.remarks[0]!)).toBe('ACLED белгілері: crowd size=around 200');
    expect(translator('en').note('A note written by hand')).toBe('A note written by hand');
  });

  it('says why a file was refused in each language', () => {
    const refusal = readDatasetFile({ bytes: new TextEncoder().encode('date;place\n2016-01-01;Aktobe\n') });
    expect(refusal.kind === 'refused' && translator('ru').tell(refusal.message)).toBe(
      "Первая строка не подходит ни к одному формату: в ней 2 столбца ('date', 'place'), а любому формату нужны хотя бы дата, широта и долгота.",
    );
  });
});
