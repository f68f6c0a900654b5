/** What a reader does on the map itself, in a real Chromium against the built app: load offline, first view, pan and zoom, layers, years. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  ARTIFACTS,
  cspViolations,
  mapBounds,
  mapIdle,
  mapPixelsOfColour,
  placeOnScreen,
  renderedEventIds,
} from './support/harness.ts';
import { drawnEvents, readerSession } from './support/reader-session.ts';

const { harness, open } = readerSession();

describe('a reader', () => {
  it('loads the map with not one request leaving the origin, and a screenshot is kept', async () => {
    const w = await open();
    const ids = await renderedEventIds(w.page);
    expect(ids).toContain('aktobe-2016-06-05-attacks');
    expect(ids).toContain('taraz-2011-11-12-attack');
    expect(w.offOrigin).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(await cspViolations(w.page)).toEqual([]);
    expect(harness().cspReports).toEqual([]);
    await w.page.screenshot({ path: join(ARTIFACTS, 'default-view.png') });
    // The first view is fitted to Kazakhstan.
    const bounds = await mapBounds(w.page);
    expect(bounds[0][0]).toBeLessThan(47);
    expect(bounds[1][0]).toBeGreaterThan(87);
  });

  it('sees every place of the data on the first view, each labelled and clear of the map credits', async () => {
    const w = await open();
    const credits = (await w.page.locator('.maplibregl-ctrl-attrib').boundingBox())!;
    const labelled = await w.page.evaluate(() =>
      window.steppeMap!.queryRenderedFeatures({ layers: ['place-labels'] }).map((f) => f.properties.id),
    );
    const places = await w.page.evaluate(() =>
      window.steppeMap!.querySourceFeatures('places').map((f) => String(f.properties.id)),
    );
    expect(new Set(places).size).toBe(18);
    for (const id of new Set(places)) {
      const { y } = await placeOnScreen(w.page, id);
      expect(labelled, id).toContain(id);
      // The label hangs below its point: two lines of text need about 35px above the credits.
      expect(y + 35, id).toBeLessThan(credits.y);
    }
  });

  it('opens a link to a city whose data arrive after the map and still sees all of Kazakhstan beside the panel', async () => {
    // The places arrive once the map has started, fitted to the whole window; then the panel narrows it.
    const w = await open('?place=astana', {
      viewport: { width: 1024, height: 640 },
      prepare: (context) =>
        context.route('**/data/places.geojson', async (route) => {
          await route
            .request()
            .frame()
            .page()
            .waitForFunction(() => Boolean(window.steppeMap));
          await route.continue();
        }),
    });
    expect(await w.page.locator('.place-panel h2').textContent()).toBe('Astana');
    const [[west, south], [east, north]] = await mapBounds(w.page);
    expect(west).toBeLessThan(46.5);
    expect(south).toBeLessThan(40.5);
    expect(east).toBeGreaterThan(87.3);
    expect(north).toBeGreaterThan(55.5);
    // The panel closing (a key pressed in the panel, not on the map) gives the country the room back.
    const zoom = () => w.page.evaluate(() => window.steppeMap!.getZoom());
    const zoomBeside = await zoom();
    await w.page.keyboard.press('Escape');
    await expect.poll(() => w.page.locator('.place-panel').count()).toBe(0);
    await mapIdle(w.page);
    expect(await zoom()).toBeGreaterThan(zoomBeside);
    // Once the reader has moved the map, a panel opening (the map narrowing) leaves their camera alone.
    await w.page.locator('.maplibregl-ctrl-zoom-in').click();
    await mapIdle(w.page);
    const zoomChosen = await zoom();
    await w.page.getByRole('combobox', { name: 'Search places by any name' }).fill('Astana');
    await w.page.keyboard.press('Enter');
    await expect.poll(() => w.page.locator('.place-panel h2').textContent()).toBe('Astana');
    await mapIdle(w.page);
    expect(await zoom()).toBe(zoomChosen);
  });

  it('opens the sources view with a button and still sees all of Kazakhstan beside it', async () => {
    const w = await open();
    await w.page.getByRole('button', { name: 'Sources' }).click();
    await expect.poll(() => w.page.locator('[data-source]').count()).toBe(5);
    await mapIdle(w.page);
    const [[west, south], [east, north]] = await mapBounds(w.page);
    expect([west < 46.5, south < 40.5, east > 87.3, north > 55.5]).toEqual([true, true, true, true]);
  });

  it('pans and zooms by keyboard, pans by dragging the map, and comes back to all of Kazakhstan', async () => {
    const w = await open();
    const centre = () => w.page.evaluate(() => window.steppeMap!.getCenter().toArray());
    const before = await centre();
    await w.page.locator('.maplibregl-canvas').focus();
    await w.page.keyboard.press('ArrowRight');
    await mapIdle(w.page);
    const afterKey = await centre();
    expect(afterKey[0]).toBeGreaterThan(before[0]);
    const zoom = () => w.page.evaluate(() => window.steppeMap!.getZoom());
    const zoomBefore = await zoom();
    await w.page.keyboard.press('+');
    await mapIdle(w.page);
    expect(await zoom()).toBeGreaterThan(zoomBefore);
    const box = (await w.page.locator('.maplibregl-canvas').boundingBox())!;
    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2, { steps: 5 });
    await w.page.mouse.up();
    await mapIdle(w.page);
    expect((await centre())[0]).toBeLessThan(afterKey[0]);
    expect(w.page.url()).toMatch(/#[\d.]+\/[\d.-]+\/[\d.-]+/);
    // One button brings back all of Kazakhstan.
    await w.page.getByRole('button', { name: 'Show all of Kazakhstan' }).click();
    await mapIdle(w.page);
    const [lng, lat] = await centre();
    expect(Math.abs(lng - before[0]) + Math.abs(lat - before[1])).toBeLessThan(0.01);
    expect(await zoom()).toBeCloseTo(zoomBefore, 2);
  });

  it('switches the protest layer off and on, and the drawn features change without rebuilding the map', async () => {
    const w = await open();
    await w.page.evaluate(() => ((window.steppeMap as unknown as { marker: string }).marker = 'same map'));
    const protests = ['atyrau-2016-04-land-protest', 'semey-2016-04-land-protest'];
    expect(await drawnEvents(w, (ids) => protests.every((id) => ids.includes(id)))).toEqual(
      expect.arrayContaining(protests),
    );
    await w.page.locator('input[data-kind="protest"]').uncheck();
    const without = await drawnEvents(w, (ids) => !ids.includes('semey-2016-04-land-protest'));
    expect(without).not.toContain('semey-2016-04-land-protest');
    expect(without).toContain('aktobe-2016-06-05-attacks');
    expect(w.page.url()).toContain('layers=');
    await w.page.locator('input[data-kind="protest"]').check();
    expect(await drawnEvents(w, (ids) => ids.includes('semey-2016-04-land-protest'))).toContain(
      'semey-2016-04-land-protest',
    );
    expect(await w.page.evaluate(() => (window.steppeMap as unknown as { marker?: string }).marker)).toBe(
      'same map',
    );
  });

  it('steps through the years by click, arrow key and play, with map, counts and URL together', async () => {
    const w = await open();
    await w.page.locator('[data-year="2011"]').click();
    const in2011 = await drawnEvents(w, (ids) => ids.length > 0 && ids.every((id) => id.includes('2011')));
    expect(in2011.sort()).toEqual([
      'aktobe-2011-05-suicide-bombing',
      'astana-2011-car-explosion',
      'atyrau-2011-10-blasts',
      'kazakhstan-2011-jailing-suspected-islamists',
      'kazakhstan-2011-religious-extremism-law',
      'taraz-2011-11-12-attack',
    ]);
    expect(w.page.url()).toContain('from=2011&to=2011');
    // What the screen shows agrees: 2011 has attacks (drawn in the attack colour), 2012 has none.
    const ATTACK_COLOUR = '#D55E00';
    expect(await mapPixelsOfColour(w.page, ATTACK_COLOUR)).toBeGreaterThan(20);
    await expect
      .poll(() => w.page.locator('input[data-kind="attack"] ~ .legend-count').textContent())
      .toBe('3');
    // A reader who cannot see the map hears it: a polite status says what is shown.
    expect(await w.page.locator('.selection-status').textContent()).toBe('6 of 29 events shown · 2011');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.locator('[data-year="2012"]').getAttribute('aria-checked')).toBe('true');
    expect(await drawnEvents(w, (ids) => ids.length === 0)).toEqual([]);
    expect(await mapPixelsOfColour(w.page, ATTACK_COLOUR)).toBe(0);
    expect(await w.page.locator('.selection-status').textContent()).toBe('0 of 29 events shown · 2012');
    await w.page.locator('[data-year="2015"]').click();
    await w.page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => w.page.url(), { timeout: 10_000 }).toContain('from=2016&to=2016');
    await w.page.getByRole('button', { name: 'Pause' }).click();
  });
});
