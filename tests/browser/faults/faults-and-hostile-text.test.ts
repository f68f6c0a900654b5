/** Missing and corrupt data, a lost WebGL context, hostile text in the data, and the whole story under CSP. */
import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  cspViolations,
  mapCamera,
  mapIdle,
  openPage,
  placeOnScreen,
  renderedEventIds,
  startHarness,
  type Harness,
} from '../support/harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.close());

/** Contexts a test opened, closed after it even when it fails, so a broken page never slows the next test. */
const contexts: BrowserContext[] = [];
afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close().catch(() => undefined);
});
const QUIET = { reducedMotion: 'reduce', serviceWorkers: 'block' } as const;
async function newContext(options?: Parameters<Harness['browser']['newContext']>[0]) {
  const context = await harness.browser.newContext({ ...QUIET, ...options });
  contexts.push(context);
  return context;
}

/** Opens `path` in a fresh context where every request matching `pattern` fails with `status`. */
async function openWithFailing(path: string, pattern: string, status: number) {
  const context = await newContext();
  await context.route(pattern, (route) => route.fulfill({ status, body: 'unavailable' }));
  const page = await context.newPage();
  await page.goto(new URL(path, harness.baseUrl).href);
  return { context, page };
}

const HOSTILE = '<img src=x onerror="window.__pwned=1"> <a href="javascript:window.__pwned=2">click</a>';

describe('faults at run time', () => {
  it('says which data file is missing, keeps the rest usable, and recovers on retry', async () => {
    const { context, page } = await openWithFailing('?place=aktobe', '**/data/claims.json', 404);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/data\/claims\.json.*HTTP 404/);
    await mapIdle(page);
    expect(await renderedEventIds(page)).toContain('aktobe-2016-06-05-attacks');
    expect(await page.locator('.place-panel').textContent()).toContain(
      'Gunfire started when the police came',
    );
    expect(await page.locator('.place-panel table.claims').count()).toBe(0);
    await context.unroute('**/data/claims.json');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.locator('.place-panel table.claims').count()).toBeGreaterThan(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('says an article could not be loaded, and shows it highlighted on retry', async () => {
    const { context, page } = await openWithFailing('?place=taraz', '**/data/sources/*.txt', 503);
    const card = page.locator('[data-excerpt="iwpr-koshim-loner"]');
    await card.getByRole('button', { name: 'Read in source' }).click();
    const reader = page.locator('dialog.reader');
    await expect.poll(() => reader.getByRole('alert').textContent()).toMatch(/HTTP 503/);
    await context.unroute('**/data/sources/*.txt');
    await reader.getByRole('button', { name: 'Try again' }).click();
    await expect
      .poll(() => reader.locator('mark').textContent())
      .toBe('According to political analyst Dos Koshim, the Taraz shootings seem to have involved a loner.');
    expect(await reader.getByRole('alert').count()).toBe(0);
  });

  it('keeps the map and the other places working when one panel fails to draw, and says so', async () => {
    const context = await newContext();
    // A fault planted in Aktobe's panel, as a bug in it would be: focusing its heading throws.
    await context.addInitScript(() => {
      const focus = HTMLElement.prototype.focus;
      HTMLElement.prototype.focus = function (this: HTMLElement, options?: FocusOptions) {
        if (this.id === 'place-title' && this.textContent === 'Aktobe') throw new Error('planted fault');
        focus.call(this, options);
      };
    });
    const page = await context.newPage();
    await page.goto(new URL('?place=aktobe', harness.baseUrl).href);
    const side = page.locator('.side');
    await expect
      .poll(() => side.getByRole('alert').textContent())
      .toMatch(/This panel could not be shown \(planted fault\)/);
    await mapIdle(page);
    expect((await renderedEventIds(page)).length).toBeGreaterThan(10);
    await side.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => side.count()).toBe(0);
    const taraz = await placeOnScreen(page, 'taraz');
    await page.mouse.click(taraz.x, taraz.y);
    await expect.poll(() => page.locator('.place-panel h2').textContent()).toBe('Taraz');
  });

  it('draws the page and the map even when the font files never arrive', async () => {
    const context = await newContext();
    // Font requests left unanswered, as a stalled server would leave them.
    await context.route(/\.woff2?$/, () => undefined);
    const page = await context.newPage();
    // The browser's load event waits for the fonts too; the reader does not.
    await page.goto(harness.baseUrl, { waitUntil: 'domcontentloaded' });
    await mapIdle(page);
    expect(await page.locator('.top-bar h1').textContent()).toContain('Steppe Sources');
    expect((await renderedEventIds(page)).length).toBeGreaterThan(10);
  });

  it('says so in the page when its scripts cannot be loaded, rather than showing a blank page', async () => {
    const context = await newContext();
    await context.route(/\/assets\/index-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
    const page = await context.newPage();
    await page.goto(harness.baseUrl);
    expect(await page.locator('#root').textContent()).toMatch(/scripts could not be loaded/);
  });

  it('says a data file is corrupt and still draws the places', async () => {
    const context = await newContext();
    await context.route('**/data/events.geojson', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"type":"FeatureCollection","features":[{"bro',
      }),
    );
    const page = await context.newPage();
    await page.goto(harness.baseUrl);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/data\/events\.geojson is not valid JSON/);
    await mapIdle(page);
    const places = await page.evaluate(
      () => window.steppeMap!.queryRenderedFeatures({ layers: ['place-dots'] }).length,
    );
    expect(places).toBeGreaterThan(10);
    await context.close();
  });

  it('leaves out one record that breaks the contract, names it, and draws the rest', async () => {
    const context = await newContext();
    await context.route('**/data/events.geojson', async (route) => {
      const events = (await (await route.fetch()).json()) as {
        features: Array<{ properties: Record<string, unknown> }>;
      };
      const taraz = events.features.find((f) => f.properties.id === 'taraz-2011-11-12-attack')!;
      taraz.properties.date = 12;
      return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(events) });
    });
    const page = await context.newPage();
    await page.goto(harness.baseUrl);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(
        /data\/events\.geojson has 1 of \d+ records .*"taraz-2011-11-12-attack" \(#\d+\) properties\.date/,
      );
    await mapIdle(page);
    const drawn = await renderedEventIds(page);
    expect(drawn).not.toContain('taraz-2011-11-12-attack');
    expect(drawn).toContain('aktobe-2016-06-05-attacks');
    await context.close();
  });

  it('draws the map without a basemap file that fails, says which, and draws it on retry', async () => {
    const { context, page } = await openWithFailing('', '**/data/basemap/lakes.geojson', 404);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/data\/basemap\/lakes\.geojson could not be loaded \(HTTP 404\); the map is drawn without it/);
    await mapIdle(page);
    const lakes = () => page.evaluate(() => window.steppeMap!.querySourceFeatures('lakes').length);
    expect(await lakes()).toBe(0);
    expect((await renderedEventIds(page)).length).toBeGreaterThan(10);
    await context.unroute('**/data/basemap/lakes.geojson');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(lakes).toBeGreaterThan(100);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it("gives the list with the reason when the map's own code cannot be loaded", async () => {
    const { page } = await openWithFailing('?place=taraz', '**/assets/maplibre-gl-*.js', 404);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'The map cannot be shown here' }).textContent())
      .toMatch(/the map could not start \(.*maplibre-gl-.*\.js\)\. Every event is listed below instead/);
    await expect.poll(() => page.locator('.event-list tbody tr').count()).toBeGreaterThan(20);
    expect(await page.locator('.place-panel h2').textContent()).toBe('Taraz');
    expect(await page.getByRole('button', { name: 'Map' }).count()).toBe(0);
  });

  it('restores the map after a lost WebGL context with the same year, layers, place and camera', async () => {
    const w = await openPage(harness, '?year=2011&layers=attack&place=taraz#4.6/46.2/68.4');
    contexts.push(w.context);
    await mapIdle(w.page);
    const before = await renderedEventIds(w.page);
    expect(before).toContain('taraz-2011-11-12-attack');
    await w.page.evaluate(() => {
      (window.steppeMap as unknown as { lost: boolean }).lost = true;
      const gl =
        window.steppeMap!.getCanvas().getContext('webgl2') ??
        window.steppeMap!.getCanvas().getContext('webgl');
      gl!.getExtension('WEBGL_lose_context')!.loseContext();
    });
    await w.page.waitForFunction(
      () => window.steppeMap && !(window.steppeMap as unknown as { lost?: boolean }).lost,
      null,
      { timeout: 30_000 },
    );
    await mapIdle(w.page);
    expect(await renderedEventIds(w.page)).toEqual(before);
    const camera = await mapCamera(w.page);
    expect(camera[0]).toBeCloseTo(4.6, 1);
    expect(camera[1]).toBeCloseTo(68.4, 0);
    expect(camera[2]).toBeCloseTo(46.2, 0);
    expect(await w.page.locator('.place-panel h2').textContent()).toBe('Taraz');
    expect(w.page.url()).toContain('from=2011&to=2011');
    await w.context.close();
  });
});

describe('hostile text in the data', () => {
  it('is shown as text and never runs, in panels and in the article reader', async () => {
    const context = await newContext();
    await context.route('**/data/excerpts.json', async (route) => {
      const response = await route.fetch();
      const excerpts = (await response.json()) as Array<{ id: string; text: string }>;
      excerpts.find((x) => x.id === 'iwpr-koshim-loner')!.text = HOSTILE;
      await route.fulfill({ response, json: excerpts });
    });
    await context.route('**/data/sources.json', async (route) => {
      const response = await route.fetch();
      const sources = (await response.json()) as Array<{ id: string; title: string; publisher: string }>;
      const iwpr = sources.find((s) => s.id === 'iwpr-2011-11-28')!;
      iwpr.title = HOSTILE;
      iwpr.publisher = `IWPR ${HOSTILE}`;
      await route.fulfill({ response, json: sources });
    });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(new URL('?place=taraz', harness.baseUrl).href);
    const planted = page.locator('[data-excerpt="iwpr-koshim-loner"]');
    await expect.poll(() => planted.locator('blockquote').textContent()).toBe(HOSTILE);
    expect(await page.locator('.place-panel img, .place-panel a[href^="javascript"]').count()).toBe(0);
    await planted.getByRole('button', { name: 'Read in source' }).click();
    await expect.poll(() => page.locator('#reader-title').textContent()).toBe(HOSTILE);
    // The planted passage is not in the article: nothing is highlighted, and the passage shows as text.
    await expect.poll(() => page.locator('dialog.reader .unmatched-passage').textContent()).toBe(HOSTILE);
    expect(await page.locator('dialog.reader mark').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Sources' }).click();
    expect(await page.locator('.sources-view').textContent()).toContain(HOSTILE);
    expect(await page.locator('img[src="x"], a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await context.close();
  });
});

describe('the whole reader story, offline and under the strict Content-Security-Policy', () => {
  it('completes with no request leaving the origin and no policy violation', async () => {
    const w = await openPage(harness, '');
    contexts.push(w.context);
    await mapIdle(w.page);
    await w.page.locator('input[data-kind="protest"]').uncheck();
    await w.page.locator('[data-year="2016"]').click();
    await mapIdle(w.page);
    const { x, y } = await placeOnScreen(w.page, 'aktobe');
    await w.page.mouse.click(x, y);
    await expect.poll(() => w.page.locator('.place-panel h2').textContent()).toBe('Aktobe');
    await w.page
      .locator('.place-panel .excerpt')
      .first()
      .getByRole('button', { name: 'Read in source' })
      .click();
    await expect.poll(() => w.page.locator('dialog.reader mark').count()).toBe(1);
    await w.page.keyboard.press('Escape');
    await w.page.getByRole('combobox', { name: 'Search places by any name' }).fill('Semipalatinsk');
    await w.page.keyboard.press('Enter');
    await expect.poll(() => w.page.locator('.place-panel h2').textContent()).toBe('Semey');
    await w.page.getByRole('button', { name: 'Sources' }).click();
    await w.page.locator('[data-source="hizb-ut-tahrir-2016"] input[type="checkbox"]').uncheck();
    await w.page.getByRole('button', { name: 'List' }).click();
    await expect.poll(() => w.page.locator('.event-list tbody tr').count()).toBeGreaterThan(0);
    expect(w.offOrigin).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(w.securityViolations).toEqual([]);
    expect(await cspViolations(w.page)).toEqual([]);
    expect(harness.cspReports).toEqual([]);
    const headers = await (await w.page.request.get(harness.baseUrl)).headers();
    expect(headers['content-security-policy']).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    await w.context.close();
  });
});
