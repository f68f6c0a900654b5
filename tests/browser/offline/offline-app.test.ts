/**
 * A reader opens the built app once, adds a source pack and a dataset of their own, and then loses the server
 * (a train, a cut connection): the page opens again from the service worker's cache — map, places, articles,
 * their own data, and the basemap's zoomed-in detail read by byte range from the cached archive. A new
 * deployment is then offered as an update and taken whole, only when the reader accepts. The precache stays
 * within its budget and matches the size docs/deploy.md states.
 */
import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without types
import { startServer } from '../../../scripts/serve.mjs';
import { PRECACHE_BUDGET_BYTES } from '../../../src/offline/precache-rules.ts';
import { ACLED_HEADER, acledRow, csv } from '../../fixtures/dataset-files.ts';
import { fixturePackZip } from '../../fixtures/source-pack.ts';
import { precacheList, reviseList } from './precache-list.ts';
import { harnessFor, mapIdle, openPage, type Harness, type Watched } from '../support/harness.ts';

const root = mkdtempSync(join(tmpdir(), 'offline-site-'));
cpSync('dist', root, { recursive: true });

/** The reader's own dataset: one protest in Atyrau, from an ACLED export. */
const fieldNotes = csv(ACLED_HEADER, [
  acledRow({
    event_id_cnty: 'KAZ9001', event_date: '2016-05-21', time_precision: '1', event_type: 'Protests',
    sub_event_type: 'Peaceful protest', country: 'Kazakhstan', admin1: 'Atyrau', location: 'Atyrau',
    latitude: '47.1167', longitude: '51.8833', geo_precision: '1', source: 'Field notes', notes: 'A rally.',
    fatalities: '0',
  }),
]); // prettier-ignore

let server: { url: string; close: () => Promise<void> } | null = null;
let port = 0;
let harness: Harness;
async function serve() {
  server = await startServer({ root, port });
  port = Number(new URL(server!.url).port);
}
beforeAll(async () => {
  await serve();
  harness = await harnessFor(server!.url);
}, 60_000);
afterAll(async () => {
  await harness?.close();
  await server?.close();
});

async function workerActive(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.ready).active?.state === 'activated',
    null,
    { timeout: 60_000 },
  );
}

let reader: Watched;

describe('the installed app, after a first visit', () => {
  it('keeps every file it needs, within the stated budget', () => {
    const files = precacheList(root);
    const bytes = files.reduce((sum, f) => sum + statSync(join(root, f.url)).size, 0);
    for (const needed of [
      'index.html',
      'data/events.geojson',
      'data/places.geojson',
      'data/basemap/detail.pmtiles',
      'icons/icon-512.png',
    ])
      expect(files.map((f) => f.url)).toContain(needed);
    expect(files.some((f) => /noto-sans-cyrillic-ext-400-normal-.*\.woff2$/.test(f.url))).toBe(true);
    expect(files.some((f) => f.url.startsWith('data/sources/') && f.url.endsWith('.txt'))).toBe(true);
    expect(bytes).toBeLessThanOrEqual(PRECACHE_BUDGET_BYTES);
    // docs/deploy.md says what a first visit downloads: that figure must stay true.
    const stated = /precache holds \*\*([\d.]+) MB\*\*/.exec(readFileSync('docs/deploy.md', 'utf8'));
    expect(stated, 'docs/deploy.md states the precache size').not.toBeNull();
    expect(Math.abs(bytes / 1e6 - Number(stated![1]))).toBeLessThan(0.5);
  });

  it('opens with the server stopped: the map, a place, an article, the reader’s own data, the zoomed-in basemap', async () => {
    reader = await openPage(harness, '?place=aktobe&year=2016', { serviceWorkers: 'allow' });
    await mapIdle(reader.page);
    const installable = await (
      await reader.context.newCDPSession(reader.page)
    ).send('Page.getInstallabilityErrors');
    // Playwright's contexts are off the record, which alone keeps Chromium from offering to install.
    const errors = installable.installabilityErrors.map((e) => e.errorId);
    expect(errors.filter((id) => id !== 'in-incognito')).toEqual([]);
    await reader.page.setInputFiles('#add-data-input', {
      name: 'test-wire.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(fixturePackZip()),
    });
    await reader.page.waitForSelector('[data-pack-step="added"]', { timeout: 30_000 });
    await reader.page.click('.import-panel button:has-text("Close")');
    await reader.page.setInputFiles('#add-data-input', {
      name: 'field-notes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(fieldNotes, 'utf8'),
    });
    await reader.page.waitForSelector('[data-import-step="done"]', { timeout: 30_000 });
    await reader.page.click('.import-panel button:has-text("Close")');
    await workerActive(reader.page);
    const kept = reader.page.locator('.notice-kept');
    await kept.waitFor({ timeout: 30_000 });
    expect(await kept.innerText()).toContain('Kept in this browser: the map now opens without a connection.');
    await kept.getByRole('button', { name: 'Close' }).click();
    expect(await kept.count()).toBe(0);

    await server!.close();
    server = null;
    const offline = async (path: string) => {
      await reader.page.goto(new URL(path, harness.baseUrl).href);
      await mapIdle(reader.page);
    };
    await offline('?place=aktobe&year=2016');
    await expect.poll(() => reader.page.locator('.place-panel h2').textContent()).toBe('Aktobe');
    expect(await reader.page.locator('.notice-error').count()).toBe(0);
    // An article, read from the cache.
    await reader.page.locator('.place-panel button', { hasText: 'Read in source' }).first().click();
    await expect.poll(() => reader.page.locator('dialog.reader mark').count()).toBeGreaterThan(0);
    await reader.page.keyboard.press('Escape');
    // The reader's own source, kept in this browser, with its town.
    await offline('?place=kandyagash');
    await expect.poll(() => reader.page.locator('.place-panel h2').textContent()).toBe('Kandyagash');
    expect(await reader.page.innerText('.place-panel')).toContain('About 200 people gathered');
    // The reader's own dataset, kept in this browser: its protest in Atyrau.
    await offline('?place=atyrau&year=2016');
    await reader.page.locator('[data-event="data-field-notes-row-2"]').waitFor({ timeout: 10_000 });
    // Zoomed in over Atyrau: the detail archive's ranges are answered from its cached copy.
    await offline('#7/47.1/51.9');
    await reader.page.waitForFunction(() => window.steppeMap?.getLayer('detail-water') !== undefined);
    await mapIdle(reader.page);
    const detail = await reader.page.evaluate(
      () => window.steppeMap!.querySourceFeatures('basemap-detail', { sourceLayer: 'water' }).length,
    );
    expect(detail).toBeGreaterThan(0);
    expect(await reader.page.locator('.notice-error').count()).toBe(0);
    expect(reader.pageErrors).toEqual([]);
  });

  it('offers a new deployment as an update and takes it whole, only when the reader accepts', async () => {
    // The next deployment: its page says so, and its worker lists the page's new revision.
    const page = readFileSync(join(root, 'index.html'), 'utf8').replace(
      '<head>',
      '<head><meta name="deployment" content="second" />',
    );
    writeFileSync(join(root, 'index.html'), page);
    reviseList(root);
    await serve();

    const deployment = () =>
      reader.page.evaluate(() => document.querySelector('meta[name="deployment"]')?.getAttribute('content'));
    await reader.page.goto(new URL('?place=atyrau', harness.baseUrl).href);
    await mapIdle(reader.page);
    const offer = reader.page.locator('.notice-update');
    await offer.waitFor({ timeout: 60_000 });
    expect(await offer.innerText()).toContain('A new version of the map is ready');
    // Waiting: the page is still the first deployment's, even opened again.
    await reader.page.reload();
    await mapIdle(reader.page);
    expect(await deployment()).toBeUndefined();
    await reader.page.locator('.notice-update button').click();
    await reader.page.waitForFunction(
      () => document.querySelector('meta[name="deployment"]')?.getAttribute('content') === 'second',
      null,
      { timeout: 60_000 },
    );
    await mapIdle(reader.page);
    expect(await reader.page.locator('.notice-update').count()).toBe(0);
    expect(new URL(reader.page.url()).searchParams.get('place')).toBe('atyrau');
  });
});
