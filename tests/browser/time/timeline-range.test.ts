/**
 * The timeline at the scale of days: a dense January 2022 brought in through the page, with rows dated only to
 * the month; ranges set by URL and counted row by row against the file; a range end moved by keyboard; the
 * timeline folded into a drawer on a phone.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ACLED_HEADER, acledRow, csv } from '../../fixtures/dataset-files.ts';
import { mapIdle, renderedEventFeatures } from '../support/harness.ts';
import { drawnEvents, readerSession } from '../support/reader-session.ts';

const session = readerSession();

const ARTICLE_EVENTS = 29;
const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

/** Forty protests in Zhanaozen and Almaty over 2–11 January 2022, every fifth dated only to the month. */
const rows = Array.from({ length: 40 }, (_, i) => {
  const date = `2022-01-${String(2 + (i % 10)).padStart(2, '0')}`;
  const monthOnly = i % 5 === 4;
  const almaty = i % 2 === 1;
  return {
    event_id_cnty: `KAZ22${String(i).padStart(3, '0')}`,
    event_date: date,
    year: '2022',
    time_precision: monthOnly ? '3' : '1',
    event_type: 'Protests',
    sub_event_type: 'Peaceful protest',
    country: 'Kazakhstan',
    admin1: almaty ? 'Almaty' : 'Mangystau',
    location: almaty ? 'Almaty' : 'Zhanaozen',
    latitude: almaty ? '43.25' : '43.34',
    longitude: almaty ? '76.95' : '52.86',
    geo_precision: '1',
    source: 'Test wire',
    notes: `Protest ${i}.`,
    fatalities: '0',
  };
});
const file = csv(ACLED_HEADER, rows.map(acledRow), { bom: true });

/** The rows a range shows, counted from the file: a row's days overlap the range (or lie inside it). */
function rowsIn(from: string, to: string, wholly = false): number {
  return rows.filter((r) => {
    const first = r.time_precision === '3' ? day('2022-01-01') : day(r.event_date);
    const last = r.time_precision === '3' ? day('2022-01-31') : day(r.event_date);
    return wholly ? first >= day(from) && last <= day(to) : last >= day(from) && first <= day(to);
  }).length;
}

async function importFile(page: Page): Promise<void> {
  await page.setInputFiles('#add-data-input', {
    name: 'january-2022.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(file, 'utf8'),
  });
  await page.waitForSelector('[data-import-step="done"]', { timeout: 60_000 });
  expect(await page.innerText('.import-panel')).toContain('40 of 40 rows imported');
  await page.click('.import-panel button:has-text("Close")');
}

const status = (page: Page) => page.locator('.selection-status').innerText();

describe('a reader who reads time by the day', () => {
  it('counts a range of days set by URL row by row as the file has them, months overlapping, and keeps the URL', async () => {
    const w = await session.open('', { blockOffOrigin: true });
    await importFile(w.page);
    const all = ARTICLE_EVENTS + rows.length;
    expect(await status(w.page)).toContain(`${all} of ${all} events shown`);

    await w.page.goto(new URL('?from=2022-01-04&to=2022-01-06', session.harness().baseUrl).href);
    await mapIdle(w.page);
    const inRange = rowsIn('2022-01-04', '2022-01-06');
    expect(inRange).toBe(16);
    expect(await status(w.page)).toContain(`${inRange} of ${all} events shown`);
    expect(await status(w.page)).toContain('4 January 2022 – 6 January 2022');
    expect(w.page.url()).toContain('?from=2022-01-04&to=2022-01-06');
    const handles = w.page.locator('[role="slider"]');
    expect(await handles.evaluateAll((els) => els.map((e) => e.getAttribute('aria-valuetext')))).toEqual([
      '4 January 2022',
      '6 January 2022',
    ]);
    // The map draws the range's marks where the rows are, Zhanaozen and Almaty, and nothing where only the
    // articles' events stand.
    await drawnEvents(w, (ids) => ids.length > 0);
    const places = new Set((await renderedEventFeatures(w.page)).map((p) => p.placeId));
    expect([...places].sort()).toEqual(['almaty', 'zhanaozen']);

    // Only the rows wholly inside: the month-only rows go.
    await w.page.click('.range-drawer summary');
    await w.page.locator('.range-wholly input').check();
    await expect
      .poll(() => status(w.page))
      .toContain(`${rowsIn('2022-01-04', '2022-01-06', true)} of ${all}`);
    expect(w.page.url()).toContain('wholly=1');

    // The list shows what the status says.
    await w.page.click('.views button:has-text("List")');
    const listed = await w.page.locator('.event-list tbody tr').count();
    expect(listed).toBe(rowsIn('2022-01-04', '2022-01-06', true));
    expect(w.pageErrors).toEqual([]);
    expect(w.offOrigin).toEqual([]);
  });

  it('moves a range end by keyboard one bin at a time, and the URL and the typed dates follow', async () => {
    const w = await session.open('?from=2016-06&to=2016-06');
    await w.page.click('.range-drawer summary');
    const start = w.page.locator('[role="slider"]').first();
    expect(await start.getAttribute('aria-valuetext')).toBe('1 June 2016');
    await start.focus();
    await w.page.keyboard.press('ArrowLeft');
    // The view of a month reads by days: one bin is one day.
    await expect.poll(() => start.getAttribute('aria-valuetext')).toBe('31 May 2016');
    await expect.poll(() => w.page.url()).toContain('from=2016-05-31&to=2016-06-30');
    expect(await w.page.locator('.range-from').inputValue()).toBe('2016-05-31');
    const end = w.page.locator('[role="slider"]').last();
    await end.focus();
    await w.page.keyboard.press('ArrowLeft');
    await expect.poll(() => end.getAttribute('aria-valuetext')).toBe('29 June 2016');
    // A typed date moves the handle.
    await w.page.locator('.range-to').fill('2016-06-05');
    await expect.poll(() => end.getAttribute('aria-valuetext')).toBe('5 June 2016');
    await expect.poll(() => w.page.url()).toContain('to=2016-06-05');
    // A year as a preset, and `year=` links, still choose whole years.
    await w.page.click('.year[data-year="2011"]');
    await expect.poll(() => w.page.url()).toContain('from=2011&to=2011');
    await w.page.goto(new URL('?year=2016', session.harness().baseUrl).href);
    await mapIdle(w.page);
    expect(await w.page.locator('.year[data-year="2016"]').getAttribute('aria-checked')).toBe('true');
    expect(w.pageErrors).toEqual([]);
  });

  it('folds the histogram into a drawer on a phone, and opens it on request', async () => {
    const w = await session.open('?from=2016-06-01&to=2016-06-10', { viewport: { width: 390, height: 844 } });
    const drawer = w.page.locator('.range-drawer');
    expect(await drawer.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await w.page.locator('.range-histogram').isVisible()).toBe(false);
    expect(await w.page.locator('.range-drawer summary').innerText()).toContain(
      `of ${ARTICLE_EVENTS} shown · 1 June 2016 – 10 June 2016`,
    );
    await w.page.click('.range-drawer summary');
    expect(await w.page.locator('.range-histogram').isVisible()).toBe(true);
    const box = await w.page.locator('.range-histogram').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(w.pageErrors).toEqual([]);
  });

  it('says the range and its handles’ dates in the reader’s language, month names included', async () => {
    const ru = await session.open('?from=2016-06-01&to=2016-06-10&lang=ru');
    expect(await ru.page.locator('.range-drawer summary').innerText()).toMatch(
      /из 29 · 1 июня 2016.* – 10 июня 2016/,
    );
    const kk = await session.open('?from=2016-06-01&to=2016-06-10&lang=kk');
    const handles = kk.page.locator('[role="slider"]');
    expect(await handles.first().getAttribute('aria-valuetext')).toMatch(/маусым/);
    expect(await handles.first().getAttribute('aria-label')).toBe('Кезеңнің басы');
  });
});
