/**
 * A reader brings their own events: an ACLED export through Add data, a GTD export dropped on the map. They
 * read the rows left out, see the events on the map and in the list, read a dataset's figure beside the
 * articles' at Aktobe, find the datasets again after a reload, and remove one. Every request off the machine
 * is blocked throughout.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ACLED_HEADER, acledRow, cp1251, csv, GTD_HEADER, gtdRow } from '../fixtures/dataset-files.ts';
import { mapIdle } from './support/harness.ts';
import { drawnEvents, readerSession } from './support/reader-session.ts';

const session = readerSession();

const aktobeAttack = {
  event_id_cnty: 'KAZ9001',
  event_date: '05 June 2016',
  time_precision: '1',
  event_type: 'Battles',
  sub_event_type: 'Armed clash',
  country: 'Kazakhstan',
  admin1: 'Aktobe',
  location: 'Aktobe',
  latitude: '50.2839',
  longitude: '57.1670',
  geo_precision: '1',
  source: 'Interfax-Kazakhstan',
  source_scale: 'National',
  notes:
    'On 5 June 2016, gunmen attacked two gun shops and a National Guard unit in Aktobe; "19" were killed.',
  fatalities: '19',
};
const acledFile = csv(
  ACLED_HEADER,
  [
    acledRow(aktobeAttack),
    acledRow({
      ...aktobeAttack,
      event_id_cnty: 'KAZ9002',
      event_date: '2016-05-21',
      time_precision: '2',
      event_type: 'Protests',
      sub_event_type: 'Peaceful protest',
      location: 'Shu',
      admin1: 'Zhambyl',
      latitude: '43.5983',
      longitude: '73.7614',
      notes: 'Residents gathered against the land code.',
      fatalities: '0',
    }),
    acledRow({ ...aktobeAttack, event_id_cnty: 'KAZ9003', latitude: 'abc' }),
    acledRow({ ...aktobeAttack, event_id_cnty: 'KAZ9004', event_date: '2016-02-31' }),
    acledRow({ ...aktobeAttack }),
  ],
  { bom: true },
);

const gtdFile = csv(GTD_HEADER, [
  gtdRow({
    eventid: '201111120001', iyear: '2011', imonth: '11', iday: '12', country_txt: 'Kazakhstan',
    provstate: 'Zhambyl', city: 'Taraz', latitude: '42.9', longitude: '71.3667', specificity: '1',
    summary: '11/12/2011: An assailant attacked security forces in Taraz.', doubtterr: '1',
    attacktype1_txt: 'Armed Assault', nkill: '8', nwound: '', scite1: 'Reuters, 12 November 2011.',
  }),
]); // prettier-ignore

async function addThroughButton(page: Page, name: string, text: string): Promise<void> {
  await page.setInputFiles('#add-data-input', {
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
}

async function dropOnMap(page: Page, name: string, text: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: 'text/csv' }));
      return dt;
    },
    [name, text] as const,
  );
  await page.dispatchEvent('.stage', 'dragover', { dataTransfer });
  await page.dispatchEvent('.stage', 'drop', { dataTransfer });
}

async function report(page: Page): Promise<string> {
  await page.waitForSelector('[data-import-step="done"]', { timeout: 60_000 });
  return page.innerText('.import-panel');
}

describe('a reader who brings their own events', () => {
  it('imports an ACLED export, names each bad row, and reads its figure beside the articles at Aktobe', async () => {
    const w = await session.open('', { blockOffOrigin: true });
    await addThroughButton(w.page, 'acled-kazakhstan.csv', acledFile);
    const text = await report(w.page);
    expect(text).toContain('Added acled-kazakhstan');
    expect(text).toContain('2 of 5 rows imported as events; 3 left out');
    expect(text).toContain("row 4, latitude: 'abc' is not a number");
    expect(text).toContain("row 5, event_date: '2016-02-31' is not a date in the calendar");
    expect(text).toContain("row 6, event_id_cnty: 'KAZ9001' repeats the id of row 2");
    expect(text).toContain('1 event matched to an event the articles report');
    await w.page.click('.import-panel button:has-text("Close")');

    const drawn = await drawnEvents(w, (ids) => ids.includes('data-acled-kazakhstan-row-3'));
    expect(drawn).toContain('data-acled-kazakhstan-row-3');

    await w.page.click('.views button:has-text("List")');
    const list = await w.page.innerText('.event-list');
    expect(list).toContain('Residents gathered against the land code.');
    expect(list).toContain('the week around 21 May 2016');
    await w.page.click('.views button:has-text("Map")');

    await w.page.goto(new URL('?place=aktobe&year=2016', session.harness().baseUrl).href);
    await mapIdle(w.page);
    const attack = w.page.locator('[data-event="aktobe-2016-06-05-attacks"]');
    await expect.poll(() => attack.innerText()).toContain('Recorded in datasets: acled-kazakhstan (row 2)');
    const figure = attack.locator('[data-dataset-figure]');
    expect(await figure.innerText()).toMatch(
      /Killed, all told\s+19\s*contested\s+acled-kazakhstan \(dataset, row 2, fatalities\)/,
    );
    const imported = w.page.locator('[data-event="data-acled-kazakhstan-row-2"]');
    expect(await imported.locator('blockquote').innerText()).toBe(aktobeAttack.notes);
    expect(await imported.innerText()).toContain('citing Interfax-Kazakhstan (source scale: National)');
    expect(w.offOrigin).toEqual([]);
    expect(w.pageErrors).toEqual([]);
  });

  it('keeps the dataset across a reload, takes a GTD file dropped on the map, and removes a dataset', async () => {
    const w = await session.open('', { blockOffOrigin: true });
    await addThroughButton(w.page, 'acled-kazakhstan.csv', acledFile);
    await report(w.page);
    await w.page.waitForSelector('[data-kept="true"]');
    await w.page.reload();
    await mapIdle(w.page);
    await w.page.click('.views button:has-text("Sources")');
    const kept = w.page.locator('[data-dataset="data-acled-kazakhstan"]');
    expect(await kept.innerText()).toContain('2 events from 5 rows (3 left out)');

    await dropOnMap(w.page, 'gtd-kazakhstan.csv', gtdFile);
    expect(await report(w.page)).toContain('Global Terrorism Database (GTD) export: 1 of 1 row imported');
    await w.page.waitForSelector('[data-kept="true"]');
    await w.page.click('.import-panel button:has-text("Close")');
    await w.page.goto(new URL('?place=taraz', session.harness().baseUrl).href);
    await mapIdle(w.page);
    const gtdEvent = w.page.locator('[data-event="data-gtd-kazakhstan-row-2"]');
    await expect.poll(() => gtdEvent.innerText()).toContain('GTD doubts this was terrorism');

    // A dataset is switched off like a source, and the URL names it (never its content).
    await w.page.click('.views button:has-text("Sources")');
    await w.page.click('[data-dataset="data-gtd-kazakhstan"] input[type="checkbox"]');
    await expect
      .poll(() => new URL(w.page.url()).searchParams.get('sources') ?? '')
      .toContain('data-acled-kazakhstan');
    expect(new URL(w.page.url()).searchParams.get('sources')).not.toContain('data-gtd-kazakhstan');
    expect(w.page.url().length).toBeLessThan(400);
    await w.page.click('[data-dataset="data-gtd-kazakhstan"] input[type="checkbox"]');
    await w.page.click('[data-dataset="data-acled-kazakhstan"] button:has-text("Remove")');
    await w.page.waitForSelector('[data-dataset="data-acled-kazakhstan"]', { state: 'detached' });
    await w.page.reload();
    await mapIdle(w.page);
    await w.page.click('.views button:has-text("Sources")');
    expect(
      await w.page
        .locator('[data-dataset]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-dataset'))),
    ).toEqual(['data-gtd-kazakhstan']);
    expect(w.offOrigin).toEqual([]);
  });
});

describe('a newsroom’s own spreadsheet', () => {
  const header = ['Дата', 'Город', 'Широта', 'Долгота', 'Тип', 'Описание', 'Источник', 'Погибшие'];
  const rows = [
    [
      '21.05.2016',
      'Атырау',
      '47,1167',
      '51,8833',
      'protest',
      'Митинг против земельной реформы',
      'Азаттык',
      '',
    ],
    ['22.05.2016', 'Шу', '43,5983', '73,7614', 'protest', 'Жители вышли на площадь', 'Власть', '0'],
  ];

  it('asks which column holds what, reads the Windows-1251 file, and remembers the columns for the next file', async () => {
    const w = await session.open('', { blockOffOrigin: true });
    const file = (name: string) => ({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(cp1251(csv(header, rows, { separator: ';' }))),
    });
    await w.page.setInputFiles('#add-data-input', file('newsroom-may.csv'));
    await w.page.waitForSelector('[data-import-step="mapping"]');
    // Guessed from the Russian column names; the reader only confirms.
    expect(await w.page.inputValue('.mapping-form select[name="date"]')).toBe('Дата');
    expect(await w.page.inputValue('.mapping-form select[name="killed"]')).toBe('Погибшие');
    await w.page.selectOption('.mapping-form select[name="source"]', 'Источник');
    await w.page.click('.mapping-form button[type="submit"]');
    const text = await report(w.page);
    expect(text).toContain('2 of 2 rows imported');
    expect(text).toContain('read as Windows-1251 (Cyrillic)');
    await w.page.click('.import-panel button:has-text("Close")');

    await w.page.setInputFiles('#add-data-input', file('newsroom-june.csv'));
    await w.page.waitForSelector('[data-import-step="mapping"]');
    expect(await w.page.inputValue('.mapping-form select[name="source"]')).toBe('Источник');
    await w.page.click('.mapping-form button[type="submit"]');
    await report(w.page);
    await w.page.goto(new URL('?place=atyrau&year=2016', session.harness().baseUrl).href);
    await mapIdle(w.page);
    const imported = w.page.locator('[data-event="data-newsroom-may-row-2"]');
    await expect.poll(() => imported.innerText()).toContain('Митинг против земельной реформы');
    expect(w.offOrigin).toEqual([]);
  });
});
