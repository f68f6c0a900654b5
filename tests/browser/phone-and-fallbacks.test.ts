/** A phone, a browser without WebGL, and an accessibility audit. */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  mapIdle,
  openPage,
  placeOnScreen,
  startHarness,
  touchGesture,
  type Harness,
} from './support/harness.ts';

const require = createRequire(import.meta.url);

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

describe('on a phone (390×844 unless a test says otherwise, touch)', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => harness.close());

  it('taps a city and reads it in a bottom sheet, the city still in sight, the timeline in reach below it and nothing cut off', async () => {
    const w = await openPage(harness, '', PHONE);
    await mapIdle(w.page);
    const { x, y } = await placeOnScreen(w.page, 'almaty');
    await w.page.touchscreen.tap(x, y);
    const sheet = w.page.locator('.side');
    await expect.poll(() => w.page.locator('.place-panel h2').textContent()).toBe('Almaty');
    const box = (await sheet.boundingBox())!;
    // Almaty lies low on a phone's map, where the sheet opens: the map moves it into sight above the sheet.
    await mapIdle(w.page);
    expect((await placeOnScreen(w.page, 'almaty')).y).toBeLessThan(box.y - 8);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await w.page.screenshot({ path: join(ARTIFACTS, 'phone-panel.png') });
    // Every year fits on the timeline's one row, no scrolling to find 2016.
    expect(await w.page.locator('.years').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // The timeline stays below the sheet: step to a year while reading, and the panel follows.
    const year = w.page.locator('[data-year="2016"]');
    const yearBox = (await year.boundingBox())!;
    expect(yearBox.y).toBeGreaterThanOrEqual(box.y + box.height);
    expect(yearBox.y + yearBox.height).toBeLessThanOrEqual(844);
    await year.tap();
    expect(await year.getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => w.page.locator('.place-panel h3').first().textContent()).toBe('Events in 2016');
    await w.page.getByRole('button', { name: 'Close Almaty' }).tap();
    await expect.poll(() => w.page.locator('.place-panel').count()).toBe(0);
    await w.context.close();
  });

  it('opens a shared link to a city low on the map and sees the city above the sheet', async () => {
    const w = await openPage(harness, '?place=taraz', PHONE);
    await expect.poll(() => w.page.locator('.place-panel h2').textContent()).toBe('Taraz');
    await mapIdle(w.page);
    const sheet = (await w.page.locator('.side').boundingBox())!;
    const taraz = await placeOnScreen(w.page, 'taraz');
    expect(taraz.y).toBeGreaterThan(0);
    expect(taraz.y).toBeLessThan(sheet.y - 8);
    await w.context.close();
  });

  it('reads the list as one card per event, with its sources and nothing cut off', async () => {
    const w = await openPage(harness, '?year=2011', PHONE);
    await w.page.getByRole('button', { name: 'List' }).tap();
    const row = w.page.locator('tr[data-event="taraz-2011-11-12-attack"]');
    const sources = row.locator('td[data-label="Sources"]');
    expect(await sources.isVisible()).toBe(true);
    expect(await sources.textContent()).toContain('Institute for War and Peace Reporting');
    const box = (await row.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The sort control stays within reach.
    await w.page.getByRole('button', { name: /^Date/ }).tap();
    expect(await w.page.locator('.event-list tbody tr').first().getAttribute('data-event')).toBe(
      'taraz-2011-11-12-attack',
    );
    await w.context.close();
  });

  it('pans with one finger and zooms with two', async () => {
    const w = await openPage(harness, '', PHONE);
    await mapIdle(w.page);
    const camera = () =>
      w.page.evaluate(() => ({ lng: window.steppeMap!.getCenter().lng, zoom: window.steppeMap!.getZoom() }));
    const box = (await w.page.locator('.maplibregl-canvas').boundingBox())!;
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    const before = await camera();
    const swipe = Array.from({ length: 8 }, (_, i) => [{ x: cx + 60 - i * 15, y: cy }]);
    await touchGesture(w.page, swipe);
    await mapIdle(w.page);
    const afterSwipe = await camera();
    // A finger moving left drags the map left: the centre moves east.
    expect(afterSwipe.lng).toBeGreaterThan(before.lng);
    const spread = Array.from({ length: 8 }, (_, i) => [
      { x: cx - 30 - i * 12, y: cy },
      { x: cx + 30 + i * 12, y: cy },
    ]);
    await touchGesture(w.page, spread);
    await mapIdle(w.page);
    expect((await camera()).zoom).toBeGreaterThan(afterSwipe.zoom + 0.3);
    expect(w.pageErrors).toEqual([]);
    await w.context.close();
  });

  it('reads the map credits in full at first, then folds them into a button once the map is dragged', async () => {
    const w = await openPage(harness, '', PHONE);
    await mapIdle(w.page);
    const credits = w.page.locator('.maplibregl-ctrl-attrib-inner');
    expect(await credits.isVisible()).toBe(true);
    expect(await credits.textContent()).toContain('GeoNames (CC BY 4.0)');
    const box = (await w.page.locator('.maplibregl-canvas').boundingBox())!;
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    await touchGesture(
      w.page,
      Array.from({ length: 6 }, (_, i) => [{ x: cx - i * 10, y: cy }]),
    );
    await expect.poll(() => credits.isVisible()).toBe(false);
    await w.page.locator('summary[aria-label="Show or hide the map credits"]').tap();
    await expect.poll(() => credits.isVisible()).toBe(true);
    await w.context.close();
  });

  it('keeps the chosen year in sight on a 320px phone, where the years scroll sideways', async () => {
    const w = await openPage(harness, '?year=2016', { ...PHONE, viewport: { width: 320, height: 640 } });
    await mapIdle(w.page);
    const inSight = (year: string) =>
      w.page.evaluate((year) => {
        const strip = document.querySelector('.years')!.getBoundingClientRect();
        const button = document.querySelector(`[data-year="${year}"]`)!.getBoundingClientRect();
        return button.left >= strip.left - 0.5 && button.right <= strip.right + 0.5;
      }, year);
    // The strip is narrower than its years here: otherwise this test would prove nothing.
    expect(await w.page.evaluate(() => document.querySelector('.years')!.scrollWidth)).toBeGreaterThan(
      await w.page.evaluate(() => document.querySelector('.years')!.clientWidth),
    );
    expect(await inSight('2016')).toBe(true);
    await w.page.locator('[data-year="2016"]').press('Home');
    expect(await inSight('all')).toBe(true);
    await w.page.locator('[data-year="all"]').press('End');
    expect(await inSight('2017')).toBe(true);
    await w.context.close();
  });

  it('opens a shared passage on a phone with the article’s title and close button in sight above it', async () => {
    for (const viewport of [PHONE.viewport, { width: 320, height: 640 }]) {
      const w = await openPage(harness, '?place=aktobe&passage=ht-aktobe-figures', { ...PHONE, viewport });
      const reader = w.page.locator('dialog.reader');
      await reader.locator('mark').first().waitFor();
      const boxes = await w.page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        return {
          dialog: box('dialog.reader'),
          title: box('#reader-title'),
          close: box('dialog.reader .close'),
          article: box('dialog.reader .article'),
          mark: box('dialog.reader mark'),
        };
      });
      const within = (inner: DOMRect, outer: DOMRect) =>
        inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
      expect(within(boxes.title, boxes.dialog), `title at ${viewport.width}px`).toBe(true);
      expect(within(boxes.close, boxes.dialog), `close button at ${viewport.width}px`).toBe(true);
      expect(within(boxes.mark, boxes.article), `passage at ${viewport.width}px`).toBe(true);
      expect(boxes.dialog.bottom).toBeLessThanOrEqual(viewport.height);
      await w.context.close();
    }
  });

  it('held sideways, folds the legend to give the map the height, says what it hides, and opens on a tap', async () => {
    const w = await openPage(harness, '?layers=attack,protest', {
      ...PHONE,
      viewport: { width: 844, height: 390 },
    });
    await mapIdle(w.page);
    const legend = w.page.locator('details.legend');
    expect(await legend.getAttribute('open')).toBeNull();
    expect(await legend.locator('summary').textContent()).toBe('Layers · 6 hidden');
    const map = (await w.page.locator('.maplibregl-canvas').boundingBox())!;
    expect(map.height).toBeGreaterThan(390 / 2);
    await legend.locator('summary').tap();
    await w.page.locator('input[data-kind="law"]').tap();
    expect(await legend.locator('summary').textContent()).toBe('Layers · 5 hidden');
    expect(w.page.url()).toContain('law');
    await w.context.close();
  });

  it('reads Aktobe’s contested figures on a 320px phone without the sheet scrolling sideways', async () => {
    const w = await openPage(harness, '?place=aktobe', { ...PHONE, viewport: { width: 320, height: 640 } });
    const sheet = w.page.locator('.place-panel');
    await expect.poll(() => sheet.locator('table.claims tbody tr').count()).toBeGreaterThan(5);
    expect(await sheet.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    const civilians = sheet.locator('table.claims tbody tr', { hasText: 'Civilians killed' });
    expect(await civilians.count()).toBe(3);
    for (const row of await civilians.all()) {
      expect(await row.textContent()).toMatch(/contested/);
      // Every part of the row, the source's name and its attribution too, lies inside the sheet.
      const sheetRight = (await sheet.boundingBox())!.x + (await sheet.boundingBox())!.width;
      for (const cell of await row.locator('th, td').all()) {
        const box = (await cell.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(sheetRight);
      }
    }
    await w.context.close();
  });

  it('passes an axe-core audit with no serious or critical violations, map and panel open', async () => {
    const context = await harness.browser.newContext({
      serviceWorkers: 'block',
      bypassCSP: true,
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(new URL('?place=aktobe', harness.baseUrl).href);
    await mapIdle(page);
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const audit = async () =>
      page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: {
              run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }>;
            };
          }
        ).axe.run();
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.nodes.length})`);
      });
    expect(await audit()).toEqual([]);
    await page.getByRole('button', { name: 'List' }).click();
    expect(await audit()).toEqual([]);
    await page.getByRole('button', { name: 'Sources' }).click();
    expect(await audit()).toEqual([]);
    await context.close();
  });
});

describe('in a browser without WebGL', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ webgl: false });
  });
  afterAll(async () => harness.close());

  it('gets the list of events and a sentence saying why the map is missing', async () => {
    const w = await openPage(harness, '?year=2016');
    await expect
      .poll(() => w.page.locator('.event-list tbody tr').count(), { timeout: 20_000 })
      .toBeGreaterThan(5);
    expect(
      await w.page.getByRole('status').filter({ hasText: 'The map cannot be shown' }).textContent(),
    ).toMatch(/The map cannot be shown here: .*WebGL/);
    expect(await w.page.locator('.maplibregl-canvas').count()).toBe(0);
    expect(w.pageErrors).toEqual([]);
    await w.page
      .locator('.event-list tbody tr', { hasText: 'Semey' })
      .getByRole('button', { name: 'Semey' })
      .click();
    await expect.poll(() => w.page.locator('.place-panel h2').textContent()).toBe('Semey');
    await w.context.close();
  });

  it('on a phone, reads the whole reason, its long web address wrapped rather than cut off', async () => {
    const w = await openPage(harness, '', { viewport: { width: 390, height: 844 }, isMobile: true });
    const notice = w.page.getByRole('status').filter({ hasText: 'The map cannot be shown' });
    await expect.poll(() => notice.textContent(), { timeout: 20_000 }).toMatch(/WebGL/);
    const fits = await notice.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await w.context.close();
  });
});
