/**
 * Tile archives the map cannot read, said in words: a host that ignores `Range` (it answers every request
 * with the whole file, as some static hosts do), an archive missing from the server, one that is damaged, in
 * the reader's language. The
 * rest of the map keeps working: places, panels, counts.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishEvents } from '../../../geo/scripts/publish-events.ts';
import { generateEvents } from '../../../scripts/bench/generate-events.ts';
import { mapIdle, openPage, startHarness, type Harness } from '../support/harness.ts';

const places = JSON.parse(readFileSync('dist/data/places.geojson', 'utf8'));
const sourceIds = JSON.parse(readFileSync('dist/data/sources.json', 'utf8')).map((s: { id: string }) => s.id);

let plain: Harness;
let archiveSite: Harness;
let ranged: Harness;
beforeAll(async () => {
  plain = await startHarness({ byteRanges: false });
  ranged = await startHarness();
  // A site whose events are published as an archive (the threshold set low so 3,000 make one).
  const root = mkdtempSync(join(tmpdir(), 'no-ranges-site-'));
  cpSync('dist', root, { recursive: true });
  const file = join(root, 'incoming.geojson');
  writeFileSync(file, JSON.stringify(generateEvents(places, sourceIds, 3000, 5)));
  expect(await publishEvents(file, join(root, 'data'), 1000)).toMatchObject({ ok: true, archive: true });
  archiveSite = await startHarness({ root, byteRanges: false });
}, 120_000);
afterAll(async () => {
  await plain?.close();
  await archiveSite?.close();
  await ranged?.close();
});

const failureItem = (page: import('playwright-core').Page, file: string) =>
  page.locator('.notice-error li', { has: page.locator('code', { hasText: file }) });

describe('a host that answers every request whole, ignoring byte ranges', () => {
  it('says in Russian that the zoomed-in basemap is missing and why; places and panels still work', async () => {
    const w = await openPage(plain, '?lang=ru&place=atyrau#7/47.1/51.9');
    await mapIdle(w.page);
    const item = failureItem(w.page, 'data/basemap/detail.pmtiles');
    await item.waitFor({ timeout: 30_000 });
    expect(await item.innerText()).toContain(
      'содержит подробную подложку для крупного масштаба (озёра, реки и города) и не может быть прочитан: сервер отдаёт весь файл',
    );
    expect(await item.innerText()).toContain('должен включить диапазоны байтов (docs/deploy.md)');
    expect(await w.page.locator('.notice-error li').count()).toBe(1);
    await expect.poll(() => w.page.locator('.place-panel h2').textContent()).toBe('Атырау');
    expect(await w.page.locator('.place-panel [data-excerpt]').count()).toBeGreaterThan(0);
    await w.context.close();
  });

  it('says that the events drawn on the map are missing from an archive site, while its counts stay', async () => {
    const w = await openPage(archiveSite, '?year=2016');
    await mapIdle(w.page);
    const item = failureItem(w.page, 'data/events.pmtiles');
    await item.waitFor({ timeout: 30_000 });
    expect(await item.innerText()).toContain(
      'holds the events drawn on the map (the counts and the lists still work) and cannot be read here',
    );
    expect(
      Number(await w.page.locator('[data-kind="attack"] ~ .legend-count').textContent()),
    ).toBeGreaterThan(0);
    await w.context.close();
  });
});

describe('a basemap archive missing from the server', () => {
  it('is said to be not on the server, with the status, and what to do', async () => {
    const w = await openPage(ranged, '#7/47.1/51.9', {
      prepare: (context) => context.route('**/detail.pmtiles*', (route) => route.fulfill({ status: 404 })),
    });
    await mapIdle(w.page);
    const item = failureItem(w.page, 'data/basemap/detail.pmtiles');
    await item.waitFor({ timeout: 30_000 });
    expect(await item.innerText()).toContain(
      'holds the zoomed-in basemap (lakes, rivers and towns) and is not on the server (HTTP 404). Whoever hosts the map must publish it again',
    );
    // The rest of the map is drawn: Atyrau's dot is there.
    const dots = await w.page.evaluate(
      () => window.steppeMap!.queryRenderedFeatures({ layers: ['place-dots'] }).length,
    );
    expect(dots).toBeGreaterThan(0);
    await w.context.close();
  });
});

describe('a damaged basemap archive', () => {
  it('is said to be no readable archive, in Kazakh, and read again by "Try again" once it is whole', async () => {
    let damaged = true;
    const w = await openPage(ranged, '?lang=kk#7/47.1/51.9', {
      prepare: (context) =>
        context.route('**/detail.pmtiles*', (route) =>
          damaged
            ? route.fulfill({
                status: 206,
                body: Buffer.alloc(16384, 7),
                headers: { 'Content-Range': 'bytes 0-16383/16384' },
              })
            : route.fallback(),
        ),
    });
    await mapIdle(w.page);
    const item = failureItem(w.page, 'data/basemap/detail.pmtiles');
    await item.waitFor({ timeout: 30_000 });
    expect(await item.innerText()).toContain('ол оқылатын тайл мұрағаты емес');
    damaged = false;
    await w.page.locator('.notice-error button').click();
    await expect.poll(() => w.page.locator('.notice-error').count()).toBe(0);
    await mapIdle(w.page);
    const water = () =>
      w.page.evaluate(
        () => window.steppeMap!.querySourceFeatures('basemap-detail', { sourceLayer: 'water' }).length,
      );
    await expect.poll(water, { timeout: 30_000 }).toBeGreaterThan(0);
    await w.context.close();
  });
});
