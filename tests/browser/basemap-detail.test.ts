/**
 * A reader zooms in where things happened: the first view asks for none of the basemap's detail; from zoom 5
 * the true lakes and coasts, rivers and grey reference towns are drawn, over Balkhash, Almaty, the Caspian at
 * Atyrau and Semey, and a town's label opens nothing. Screenshots of each view are saved for a look by eye.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, mapIdle, mapPixelsOfColour } from './support/harness.ts';
import { readerSession } from './support/reader-session.ts';

const session = readerSession();
const WATER = '#b9d3e6';

/** Rendered features of each detail layer in the view, once the detail has arrived and the map is idle. */
async function drawnDetail(page: Page): Promise<Record<string, number>> {
  await page.waitForFunction(() => window.steppeMap?.getLayer('detail-water') !== undefined, null, {
    timeout: 30_000,
  });
  await mapIdle(page);
  return page.evaluate(() =>
    Object.fromEntries(
      ['detail-water', 'detail-rivers', 'detail-river-labels', 'detail-towns'].map((id) => [
        id,
        window.steppeMap!.queryRenderedFeatures({ layers: [id] }).length,
      ]),
    ),
  );
}

describe('the basemap as a reader zooms in', () => {
  it('loads none of its detail at the first view, nor at zoom 4 over Balkhash', async () => {
    const requested: string[] = [];
    const w = await session.open('#4/46.3/75.5', {
      prepare: (context) => Promise.resolve(context.on('request', (r) => requested.push(r.url()))),
    });
    await w.page.screenshot({ path: join(ARTIFACTS, 'basemap-z4-balkhash.png') });
    expect(requested.filter((url) => url.includes('detail.pmtiles'))).toEqual([]);
    expect(await mapPixelsOfColour(w.page, WATER)).toBeGreaterThan(1000);
  });

  it('draws Balkhash whole, the Ili named along its line, at zoom 6', async () => {
    const w = await session.open('#6/46.3/75.5');
    const drawn = await drawnDetail(w.page);
    expect(drawn['detail-water']).toBeGreaterThan(0);
    expect(drawn['detail-rivers']).toBeGreaterThan(0);
    const riverNames = await w.page.evaluate(() =>
      window
        .steppeMap!.queryRenderedFeatures({ layers: ['detail-river-labels'] })
        .map((f) => f.properties.nameEn),
    );
    expect(riverNames).toContain('Ili');
    await w.page.screenshot({ path: join(ARTIFACTS, 'basemap-z6-balkhash.png') });
  });

  it('gives Almaty its rivers, Kapchagay and the towns around it at zoom 6 and 8, and a town opens nothing', async () => {
    const w = await session.open('#6/43.6/77.2');
    const drawn = await drawnDetail(w.page);
    expect(drawn['detail-water']).toBeGreaterThan(0);
    expect(drawn['detail-rivers']).toBeGreaterThan(0);
    const towns = await w.page.evaluate(() =>
      window.steppeMap!.queryRenderedFeatures({ layers: ['detail-towns'] }).map((f) => ({
        name: f.properties.nameEn,
        at: window.steppeMap!.project(
          (f.geometry as unknown as { coordinates: [number, number] }).coordinates,
        ),
      })),
    );
    expect(towns.map((t) => t.name)).toContain('Taldykorgan');
    await w.page.screenshot({ path: join(ARTIFACTS, 'basemap-z6-almaty.png') });
    const canvas = (await w.page.locator('.maplibregl-canvas').boundingBox())!;
    const town = towns.find((t) => t.name === 'Taldykorgan')!;
    await w.page.mouse.click(canvas.x + town.at.x, canvas.y + town.at.y);
    await w.page.waitForTimeout(300);
    expect(await w.page.locator('.place-panel').count()).toBe(0);

    await w.page.goto(new URL('#8/43.5/77.1', session.harness().baseUrl).href);
    await w.page.reload();
    await mapIdle(w.page);
    expect((await drawnDetail(w.page))['detail-water']).toBeGreaterThan(0);
    await w.page.screenshot({ path: join(ARTIFACTS, 'basemap-z8-almaty.png') });
  });

  it('draws the Caspian’s true coast and the Ural at Atyrau at zoom 8, and says where the detail ends', async () => {
    const w = await session.open('#8/47.0/51.9');
    const drawn = await drawnDetail(w.page);
    expect(drawn['detail-water']).toBeGreaterThan(0);
    expect(drawn['detail-rivers']).toBeGreaterThan(0);
    expect(await mapPixelsOfColour(w.page, WATER)).toBeGreaterThan(10_000);
    await w.page.screenshot({ path: join(ARTIFACTS, 'basemap-z8-atyrau.png') });
    await w.page.goto(new URL('#10/47.0/51.9', session.harness().baseUrl).href);
    await w.page.reload();
    await mapIdle(w.page);
    await expect
      .poll(() => w.page.locator('.map-detail-note').textContent())
      .toBe('The basemap’s detail ends at this zoom: lakes, rivers and towns, no streets.');
  });

  it('gives Semey the Irtysh and its towns at zoom 6', async () => {
    const w = await session.open('#6/50.4/80.2');
    const drawn = await drawnDetail(w.page);
    expect(drawn['detail-rivers']).toBeGreaterThan(0);
    expect(drawn['detail-towns']).toBeGreaterThan(0);
    await w.page.screenshot({ path: join(ARTIFACTS, 'basemap-z6-semey.png') });
  });
});
