/**
 * A journalist copies the embed code for a view (Aktobe, 2016, attacks only, in Russian) from Export and pastes
 * it into an article on another site: the frame shows the map, legend and timeline without the top bar, at
 * that view; its layers switch there; its link opens the full map at the same view. A server that does not
 * list the newsroom in `frame-ancestors` keeps the map out of its frame.
 */
import { createServer, type Server } from 'node:http';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ARTIFACTS, mapIdle, openPage, startHarness, type Harness } from '../support/harness.ts';

let articleHtml = '';
let newsroom: Server;
let newsroomUrl = '';
let app: Harness;
let strictApp: Harness;
beforeAll(async () => {
  newsroom = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(articleHtml));
  await new Promise<void>((done) => newsroom.listen(0, '127.0.0.1', done));
  newsroomUrl = `http://127.0.0.1:${(newsroom.address() as { port: number }).port}`;
  app = await startHarness({ frameAncestors: `'self' ${newsroomUrl}` });
  strictApp = await startHarness();
}, 60_000);
afterAll(async () => {
  await app?.close();
  await strictApp?.close();
  newsroom?.close();
});

async function embedCodeFor(path: string): Promise<string> {
  const w = await openPage(app, path);
  await mapIdle(w.page);
  await w.page.click('.export-menu summary');
  await w.page.click('[data-export="embed"]');
  const code = await w.page.inputValue('.embed-code textarea');
  await w.page.screenshot({ path: join(ARTIFACTS, 'embed-code.png') });
  await w.context.close();
  return code;
}

/** A reader's browser, free to visit both sites (the harness's pages block every other origin). */
async function newsroomReader(harness: Harness) {
  const context = await harness.browser.newContext({ serviceWorkers: 'block', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return { context, page, pageErrors };
}

async function framedIn(page: Page, code: string): Promise<Frame> {
  articleHtml = `<!doctype html><meta charset="utf-8"><title>Our story</title><body style="max-width:760px;margin:auto"><h1>Our story</h1>${code}<p>More text.</p>`;
  await page.goto(`${newsroomUrl}/story.html`);
  await page.waitForSelector('iframe');
  return (await (await page.$('iframe'))!.contentFrame())!;
}

describe('the map embedded in a newsroom’s page', () => {
  it('is given as iframe code for the current view, shown framed at that view, and opens the full map', async () => {
    const code = await embedCodeFor('?place=aktobe&year=2016&layers=attack&lang=ru#6/49.5/57.5');
    expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?[^"]*" title="Steppe Sources: карта/);
    const src = new URL(/src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&'));
    expect(Object.fromEntries(src.searchParams)).toMatchObject({
      embed: '1',
      place: 'aktobe',
      from: '2016',
      to: '2016',
      layers: 'attack',
      lang: 'ru',
    });
    expect(src.hash).toBe('#6/49.5/57.5');

    const reader = await newsroomReader(app);
    const frame = await framedIn(reader.page, code);
    await mapIdle(frame);
    expect(await frame.locator('.top-bar').count()).toBe(0);
    expect(await frame.locator('.legend').isVisible()).toBe(true);
    expect(await frame.locator('.timeline').isVisible()).toBe(true);
    await expect.poll(() => frame.locator('.place-panel h2').textContent()).toBe('Актобе');
    await reader.page.screenshot({ path: join(ARTIFACTS, 'embed-in-article.png') });
    expect(await frame.isChecked('[data-kind="attack"]')).toBe(true);
    expect(await frame.isChecked('[data-kind="protest"]')).toBe(false);
    // The reader switches protests on inside the frame: the frame's address follows and stays an embed.
    await frame.locator('[data-kind="protest"]').check();
    await expect.poll(() => new URL(frame.url()).searchParams.get('layers')).toBe('attack,protest');
    expect(new URL(frame.url()).searchParams.get('embed')).toBe('1');

    const link = frame.locator('.full-map-link');
    expect(await link.textContent()).toBe('Открыть полную карту ↗');
    const [full] = await Promise.all([reader.context.waitForEvent('page'), link.click()]);
    await mapIdle(full);
    const opened = new URL(full.url());
    expect(opened.searchParams.get('embed')).toBeNull();
    expect(opened.searchParams.get('place')).toBe('aktobe');
    expect(opened.searchParams.get('layers')).toBe('attack,protest');
    expect(opened.hash).toMatch(/^#6(\.\d+)?\/49\.5/);
    expect(await full.locator('.top-bar').isVisible()).toBe(true);
    expect(reader.pageErrors).toEqual([]);
    await reader.context.close();
  });

  it('is kept out of a frame by a server that does not list the newsroom in frame-ancestors', async () => {
    const reader = await newsroomReader(strictApp);
    const frame = await framedIn(reader.page, `<iframe src="${strictApp.baseUrl}?embed=1"></iframe>`);
    await expect.poll(() => frame.url(), { timeout: 10_000 }).toMatch(/^chrome-error:/);
    expect(await frame.locator('.app').count()).toBe(0);
    await reader.context.close();
  });
});
