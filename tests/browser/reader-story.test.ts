/** What a reader does, in a real Chromium against the built app: one test per story. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARTIFACTS,
  cspViolations,
  mapIdle,
  mapPixelsOfColour,
  openPage,
  placeOnScreen,
  renderedEventIds,
  startHarness,
  type Harness,
  type Watched,
} from './harness.ts';

let harness: Harness;
const opened: Watched[] = [];

async function open(path = '') {
  const watched = await openPage(harness, path);
  opened.push(watched);
  await mapIdle(watched.page);
  return watched;
}

/** Waits until the drawn events satisfy `check`, letting the map settle between looks. */
async function drawnEvents(w: Watched, check: (ids: string[]) => boolean): Promise<string[]> {
  let ids: string[] = [];
  for (let i = 0; i < 30; i += 1) {
    await mapIdle(w.page);
    ids = await renderedEventIds(w.page);
    if (check(ids)) return ids;
  }
  return ids;
}

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  for (const w of opened) await w.context.close();
  await harness.close();
});

describe('a reader', () => {
  it('loads the map with not one request leaving the origin, and a screenshot is kept', async () => {
    const w = await open();
    const ids = await renderedEventIds(w.page);
    expect(ids).toContain('aktobe-2016-06-05-attacks');
    expect(ids).toContain('taraz-2011-11-12-attack');
    expect(w.offOrigin).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(await cspViolations(w.page)).toEqual([]);
    expect(harness.cspReports).toEqual([]);
    await w.page.screenshot({ path: join(ARTIFACTS, 'default-view.png') });
    // The first view is fitted to Kazakhstan.
    const bounds = await w.page.evaluate(() => window.steppeMap!.getBounds().toArray());
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
    const w = await openPage(harness, '?place=astana', {
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
    opened.push(w);
    await mapIdle(w.page);
    expect(await w.page.locator('.place-panel h2').textContent()).toBe('Astana');
    const [[west, south], [east, north]] = await w.page.evaluate(() =>
      window.steppeMap!.getBounds().toArray(),
    );
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
    await w.page.getByRole('combobox').fill('Astana');
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
    const [[west, south], [east, north]] = await w.page.evaluate(() =>
      window.steppeMap!.getBounds().toArray(),
    );
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
    expect(w.page.url()).toContain('year=2011');
    // What the screen shows agrees: 2011 has attacks (drawn in the attack colour), 2012 has none.
    const ATTACK_COLOUR = '#D55E00';
    expect(await mapPixelsOfColour(w.page, ATTACK_COLOUR)).toBeGreaterThan(20);
    await expect
      .poll(() => w.page.locator('input[data-kind="attack"] ~ .legend-count').textContent())
      .toBe('3');
    // A reader who cannot see the map hears it: a polite status says what is shown.
    expect(await w.page.locator('.selection-status').textContent()).toBe('6 events shown, in 2011.');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.locator('[data-year="2012"]').getAttribute('aria-checked')).toBe('true');
    expect(await drawnEvents(w, (ids) => ids.length === 0)).toEqual([]);
    expect(await mapPixelsOfColour(w.page, ATTACK_COLOUR)).toBe(0);
    expect(await w.page.locator('.selection-status').textContent()).toBe('0 events shown, in 2012.');
    await w.page.locator('[data-year="2015"]').click();
    await w.page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => w.page.url(), { timeout: 10_000 }).toContain('year=2016');
    await w.page.getByRole('button', { name: 'Pause' }).click();
  });

  it('points at Taraz on the canvas, clicks it and reads what the sources said there', async () => {
    const w = await open();
    const { x, y } = await placeOnScreen(w.page, 'taraz');
    const cursor = () => w.page.evaluate(() => window.steppeMap!.getCanvas().style.cursor);
    await w.page.mouse.move(x, y);
    await expect.poll(cursor).toBe('pointer');
    await w.page.mouse.move(x, y - 60);
    await expect.poll(cursor).toBe(''); // MapLibre's own grab hand, from its style sheet
    await w.page.mouse.click(x, y);
    const panel = w.page.locator('.place-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Taraz');
    await expect
      .poll(() => panel.textContent())
      .toContain('The attacker killed seven people and blew himself up on November 12.');
    expect(await panel.textContent()).toContain('Institute for War and Peace Reporting');
    expect(await panel.textContent()).toContain('Zhambyl');
    expect(w.page.url()).toContain('place=taraz');
    // A reader who clicked the map keeps the keyboard there.
    expect(await w.page.evaluate(() => document.activeElement?.className)).toContain('maplibregl-canvas');
    await w.page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
  });

  it('clicks a city label too, another city replaces the first, and Back returns to it', async () => {
    const w = await open();
    const label = await w.page.evaluate(() => {
      const f = window
        .steppeMap!.queryRenderedFeatures({ layers: ['place-labels'] })
        .find((x) => x.properties.id === 'pavlodar');
      return f ? 'found' : 'missing';
    });
    expect(label).toBe('found');
    const { x, y } = await placeOnScreen(w.page, 'pavlodar');
    // The label hangs below the point: find the first pixel down from it where only the label is hit.
    const dy = await w.page.evaluate(
      ({ x, y }) => {
        const map = window.steppeMap!;
        const canvas = map.getCanvas().getBoundingClientRect(); // x, y are page coordinates
        for (let d = 8; d < 48; d += 2) {
          const at: [number, number] = [x - canvas.left, y + d - canvas.top];
          const hits = map.queryRenderedFeatures(at).map((f) => f.layer.id);
          const onlyLabel = hits.every((id) => id !== 'place-dots' && !id.startsWith('events-'));
          if (hits.includes('place-labels') && onlyLabel) return d;
        }
        return null;
      },
      { x, y },
    );
    expect(dy).not.toBeNull();
    await w.page.mouse.click(x, y + dy!);
    await expect.poll(() => w.page.locator('.place-panel h2').textContent()).toBe('Pavlodar');
    // The panel narrows the map; let it settle before projecting the next city.
    await mapIdle(w.page);
    const aktobe = await placeOnScreen(w.page, 'aktobe');
    await w.page.mouse.click(aktobe.x, aktobe.y);
    await expect.poll(() => w.page.locator('.place-panel h2').textContent()).toBe('Aktobe');
    expect(await w.page.locator('.place-panel').count()).toBe(1);
    // Back returns to the city before, then to no city; Forward opens it again.
    await w.page.goBack();
    await expect.poll(() => w.page.locator('.place-panel h2').textContent()).toBe('Pavlodar');
    expect(new URL(w.page.url()).searchParams.get('place')).toBe('pavlodar');
    await w.page.goBack();
    await expect.poll(() => w.page.locator('.place-panel').count()).toBe(0);
    await w.page.goForward();
    await expect.poll(() => w.page.locator('.place-panel h2').textContent()).toBe('Pavlodar');
    expect(w.pageErrors).toEqual([]);
  });

  it('reaches every year on the timeline beside an open panel in a small window', async () => {
    const w = await openPage(harness, '?place=aktobe', { viewport: { width: 800, height: 600 } });
    opened.push(w);
    await mapIdle(w.page);
    const side = (await w.page.locator('.side').boundingBox())!;
    expect(await w.page.locator('.years').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    for (const year of ['2005', '2016', '2017']) {
      const box = (await w.page.locator(`[data-year="${year}"]`).boundingBox())!;
      expect(box.x + box.width, year).toBeLessThanOrEqual(side.x);
      expect(box.y + box.height, year).toBeLessThanOrEqual(600);
    }
  });

  it('sees the three death tolls for Aktobe side by side, each marked contested and each leading to its words', async () => {
    const w = await open('?place=aktobe');
    const rows = w.page.locator('.place-panel tr.contested');
    // Civilians and attackers killed (three sources each) and injured (38, and Al Jazeera's "scores").
    await expect.poll(() => rows.count()).toBe(8);
    const civilians = await w.page
      .locator('.place-panel tr', { hasText: 'Civilians killed' })
      .allTextContents();
    expect(civilians.join(' | ')).toMatch(/21.*ArmedPolitics/);
    expect(civilians.join(' | ')).toMatch(/3.*Al Jazeera/);
    expect(civilians.join(' | ')).toMatch(/4.*Hizb ut Tahrir/);
    const injured = await w.page.locator('.place-panel tr', { hasText: 'Injured' }).allTextContents();
    expect(injured.join(' | ')).toMatch(/“scores” \(no number given\).*Al Jazeera/);
    // Each figure leads to the words that state it.
    await w.page
      .locator('[data-claim="ht-aktobe-killed-civilians"]')
      .getByRole('button', { name: /Hizb ut Tahrir: read where it says this/ })
      .click();
    await expect
      .poll(() => w.page.locator('dialog.reader mark').textContent())
      .toContain('As a result of that event 4 civilians, 18 militants, 3 soldiers were killed.');
    await w.page.keyboard.press('Escape');
    // A newsdesk that signs as its outlet is named once over its article.
    await w.page
      .locator('[data-claim="ap-aktobe-killed-civilians"]')
      .getByRole('button', { name: /ArmedPolitics Newsdesk: read where it says this/ })
      .click();
    await expect
      .poll(() => w.page.locator('dialog.reader .reader-meta').textContent())
      .toBe('ArmedPolitics Newsdesk · June 2016 · Security blog');
    await w.page.keyboard.press('Escape');
    // Below the figures, each source's passages stand together under its name.
    const groups = await w.page.locator('.place-panel .source-passages h4').allTextContents();
    expect(groups.map((g) => g.split(' · ')[0])).toEqual([
      'ArmedPolitics Newsdesk',
      'Al Jazeera (as republished by an aggregator)',
      'Central Media Office of Hizb ut Tahrir',
      'en.birmiss.com (News and Society / Policy)',
      'Institute for War and Peace Reporting (via UNHCR Refworld)',
    ]);
  });

  it('reads a passage in its source, highlighted and scrolled into view', async () => {
    const w = await open('?place=taraz');
    await w.page.locator('[data-excerpt="iwpr-koshim-loner"] button', { hasText: 'Read in source' }).click();
    const mark = w.page.locator('dialog.reader mark');
    await expect
      .poll(() => mark.textContent())
      .toBe('According to political analyst Dos Koshim, the Taraz shootings seem to have involved a loner.');
    expect(await w.page.locator('dialog.reader').textContent()).toContain(
      'Kazakstan Faces Up to Terror Threat',
    );
    expect(await w.page.locator('dialog.reader .reader-meta').textContent()).toContain(
      '· Meruert Sarsebai ·',
    );
    const visible = await mark.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const box = el.closest('.article')!.getBoundingClientRect();
      return r.top >= box.top && r.bottom <= box.bottom;
    });
    expect(visible).toBe(true);
    await w.page.keyboard.press('Escape');
    await expect.poll(() => w.page.locator('dialog.reader').count()).toBe(0);
  });

  it('shares a link to a passage: the URL names it, the link opens it highlighted, and Back closes it', async () => {
    const w = await open('?place=taraz');
    await w.page.locator('[data-excerpt="iwpr-koshim-loner"] button', { hasText: 'Read in source' }).click();
    await expect.poll(() => new URL(w.page.url()).searchParams.get('passage')).toBe('iwpr-koshim-loner');
    const link = w.page.url();
    // Back closes the article and leaves the city open.
    await w.page.goBack();
    await expect.poll(() => w.page.locator('dialog.reader').count()).toBe(0);
    expect(await w.page.locator('.place-panel h2').textContent()).toBe('Taraz');
    expect(new URL(w.page.url()).searchParams.get('passage')).toBeNull();

    const shared = await open(new URL(link).search);
    const mark = shared.page.locator('dialog.reader mark[data-excerpt="iwpr-koshim-loner"]');
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.isVisible()).toBe(true);
    // Closing it takes the passage out of the URL; an article read from the top is named as such.
    await shared.page.keyboard.press('Escape');
    await expect.poll(() => new URL(shared.page.url()).searchParams.get('passage')).toBeNull();
    await shared.page.getByRole('button', { name: 'Sources' }).click();
    await shared.page
      .getByRole('button', { name: 'Read the article: Kazakstan Faces Up to Terror Threat' })
      .click();
    await expect.poll(() => new URL(shared.page.url()).searchParams.get('article')).toBe('iwpr-2011-11-28');
    expect(w.pageErrors).toEqual([]);
    expect(shared.pageErrors).toEqual([]);
  });

  it('reads a passage over two paragraphs marked line by line, the blank line between them bare', async () => {
    const w = await open('?place=taraz');
    const passage = w.page.locator('[data-excerpt="aj-taraz-2011"]');
    const text = await passage.locator('blockquote').textContent();
    expect(text).toContain('\n\n');
    await passage.getByRole('button', { name: 'Read in source' }).click();
    const article = w.page.locator('dialog.reader .article');
    await expect.poll(() => article.locator('mark').count()).toBe(2);
    expect(await article.evaluate(markedPassages, 'data-excerpt')).toEqual([['aj-taraz-2011', text]]);
    expect(await article.locator('mark', { hasText: /\n/ }).count()).toBe(0);
  });

  it('follows a passage that speaks of several places from one of them to another', async () => {
    const w = await open('?place=taraz');
    const card = w.page.locator('[data-excerpt="aj-taraz-2011"]');
    expect(await card.locator('.also-about').textContent()).toBe('Also about: Aktobe');
    await card.getByRole('button', { name: 'Aktobe' }).click();
    await expect.poll(() => w.page.locator('.place-panel h2').textContent()).toBe('Aktobe');
    const same = w.page.locator('[data-excerpt="aj-taraz-2011"] .also-about');
    expect(await same.textContent()).toBe('Also about: Taraz');
  });

  it('is told which passages the chosen year leaves out, and reads them under all years', async () => {
    const w = await open('?place=kazakhstan&year=2016');
    const panel = w.page.locator('.place-panel');
    expect(await panel.locator('[data-excerpt="aj-rarely-seen-attacks"]').count()).toBe(0);
    expect(await panel.locator('.left-out').textContent()).toMatch(
      /^8 more passages about Kazakhstan belong to other years or to no dated event\./,
    );
    // A switched-off source's passages are not counted among those left out.
    await w.page.goto(
      new URL('?place=kazakhstan&year=2016&sources=al-jazeera-2016-06-09', harness.baseUrl).href,
    );
    await expect.poll(() => panel.locator('.left-out').textContent()).toMatch(/^4 more passages/);
    await panel.getByRole('button', { name: 'Show all years' }).click();
    await expect.poll(() => panel.locator('h3').first().textContent()).toBe('Events (all years)');
    expect(await panel.locator('[data-excerpt="aj-rarely-seen-attacks"]').count()).toBe(1);
    expect(await panel.locator('.left-out').count()).toBe(0);
    expect(new URL(w.page.url()).searchParams.get('year')).not.toBe('2016');
    // The keyboard waits at the passages rather than falling back to the top of the page.
    expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe('What the sources say');
  });

  it('copies a passage with its source, the words exactly as the source prints them', async () => {
    const w = await open('?place=taraz');
    await w.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(harness.baseUrl).origin,
    });
    const card = w.page.locator('[data-excerpt="iwpr-koshim-loner"]');
    await card.getByRole('button', { name: 'Copy quote' }).click();
    await expect.poll(() => card.locator('.copy-status').textContent()).toBe('Copied, with its source.');
    const pasted = await w.page.evaluate(() => navigator.clipboard.readText());
    expect(pasted).toBe(
      '“According to political analyst Dos Koshim, the Taraz shootings seem to have involved a loner.” — ' +
        'Meruert Sarsebai, Institute for War and Peace Reporting (via UNHCR Refworld), ' +
        '“Kazakstan Faces Up to Terror Threat”, 28 November 2011, https://www.refworld.org/docid/4ed4c9f82.html.',
    );
  });

  it('searches by a variant and lands on the place', async () => {
    const w = await open();
    const searches: Array<[string, string]> = [
      ['Semipalatinsk', 'Semey'],
      ['Uralsk', 'Oral'],
      ['Nur-Sultan', 'Astana'],
      ['Актобе', 'Aktobe'],
    ];
    for (const [query, name] of searches) {
      await w.page.getByRole('combobox').fill(query);
      await w.page.keyboard.press('Enter');
      await expect.poll(() => w.page.locator('.place-panel h2').textContent()).toBe(name);
    }
    expect(w.page.url()).toContain('place=aktobe');
  });

  it('opens a URL and gets the same view back: year, layers, place and camera', async () => {
    // The shared camera leaves Semey off-screen to the east: the link's view is kept as it was shared.
    const w = await open('?year=2016&layers=protest,dispersed-rally&place=semey#4.2/47.5/60');
    expect(await w.page.locator('[data-year="2016"]').getAttribute('aria-checked')).toBe('true');
    expect(await w.page.locator('input[data-kind="attack"]').isChecked()).toBe(false);
    expect(await w.page.locator('input[data-kind="protest"]').isChecked()).toBe(true);
    expect(await w.page.locator('.place-panel h2').textContent()).toBe('Semey');
    const camera = await w.page.evaluate(() => [
      window.steppeMap!.getZoom(),
      ...window.steppeMap!.getCenter().toArray(),
    ]);
    expect(camera[0]).toBeCloseTo(4.2, 1);
    expect(camera[1]).toBeCloseTo(60, 0);
    expect(camera[2]).toBeCloseTo(47.5, 0);
    const ids = await drawnEvents(w, (x) => x.length > 0);
    expect(ids.every((id) => id.includes('protest') || id.includes('rally'))).toBe(true);
    const url = w.page.url();
    const again = await open(url.slice(url.indexOf('?')));
    expect(again.page.url()).toBe(url);
  });

  it('falls back to the default view for nonsense in the URL', async () => {
    const w = await open('?year=abc&layers=<script>alert(1)</script>&place=nowhere#not/a/camera');
    expect(await w.page.locator('[data-year="all"]').getAttribute('aria-checked')).toBe('true');
    expect(await w.page.locator('input[data-kind="attack"]').isChecked()).toBe(true);
    expect(await w.page.locator('.place-panel').count()).toBe(0);
    expect(w.pageErrors).toEqual([]);
    expect((await renderedEventIds(w.page)).length).toBeGreaterThan(10);
  });

  it('keeps a link whose path has a doubled slash working, and writes its state back to the same path', async () => {
    // Mail clients and hand-edited links produce `host//?…`; the address written back must stay on the page.
    const w = await open(`${new URL(harness.baseUrl).origin}//?place=aktobe&year=2016`);
    expect(await w.page.locator('.place-panel h2').textContent()).toBe('Aktobe');
    expect(new URL(w.page.url()).pathname).toBe('//');
    expect(new URL(w.page.url()).search).toBe('?year=2016&place=aktobe');
    expect(w.pageErrors).toEqual([]);
  });

  it('switches the partisan source off and sees only what the others report', async () => {
    const w = await open('?place=aktobe');
    await w.page.getByRole('button', { name: 'Sources' }).click();
    await w.page.locator('[data-source="hizb-ut-tahrir-2016"] input[type="checkbox"]').uncheck();
    expect(w.page.url()).toContain('sources=');
    expect(w.page.url()).not.toContain('hizb-ut-tahrir-2016');
    const ids = await drawnEvents(w, (x) => !x.includes('semey-2016-04-land-protest'));
    expect(ids).not.toContain('semey-2016-04-land-protest');
    expect(ids).toContain('aktobe-2016-06-05-attacks');
    await w.page.locator('[data-source="armedpolitics-2016"] .link-button', { hasText: 'Aktobe' }).click();
    const panel = w.page.locator('.place-panel');
    await expect.poll(() => panel.textContent()).toContain('Civilians killed');
    expect(await panel.textContent()).not.toContain('Hizb ut Tahrir');
    expect(await panel.textContent()).not.toContain('Tyrant');
  });

  it('shows a source’s places on the map from the sources view', async () => {
    const w = await open();
    await w.page.getByRole('button', { name: 'Sources' }).click();
    await w.page.locator('[data-source="iwpr-2011-11-28"] button', { hasText: 'Show its places' }).click();
    await mapIdle(w.page);
    const highlighted = await w.page.evaluate(() =>
      [
        ...new Set(
          window
            .steppeMap!.queryRenderedFeatures({ layers: ['place-highlight'] })
            .map((f) => f.properties.id),
        ),
      ].sort(),
    );
    expect(highlighted).toEqual(['aktobe', 'astana', 'atyrau', 'kazakhstan', 'taraz']);
    // The content site compares Aktobe with Nalchik, off-screen beside the open panel: the map takes it in.
    await expect(placeOnScreen(w.page, 'nalchik')).rejects.toThrow(/off the visible map/);
    await w.page.locator('[data-source="birmiss-2017"] button', { hasText: 'Show its places' }).click();
    await mapIdle(w.page);
    for (const id of ['nalchik', 'balkhash', 'kashagan'])
      expect(await placeOnScreen(w.page, id)).toBeTruthy();
  });

  it('reads a whole article from the sources view, every character as the file holds it, quoted passages marked', async () => {
    const w = await open();
    await w.page.getByRole('button', { name: 'Sources' }).click();
    await w.page
      .getByRole('button', { name: 'Read the article: Kazakstan Faces Up to Terror Threat' })
      .click();
    const article = w.page.locator('dialog.reader .article');
    const file = readFileSync(join('geo', 'sources', '004_3743e4cde9cea406.txt'), 'utf8');
    await expect.poll(() => article.textContent()).toBe(file);
    // Every passage the data quote from it is marked, and nothing else.
    const excerpts = JSON.parse(readFileSync(join('public', 'data', 'excerpts.json'), 'utf8')) as Array<{
      id: string;
      sourceId: string;
      text: string;
    }>;
    const quoted = excerpts.filter((x) => x.sourceId === 'iwpr-2011-11-28');
    const marks = await article.evaluate(markedPassages, 'data-excerpts');
    expect(marks).toEqual(
      quoted.map((x) => [x.id, x.text]).sort((a, b) => file.indexOf(a[1]!) - file.indexOf(b[1]!)),
    );
    // A passage over two paragraphs is marked line by line; the blank line between stays bare.
    expect(await article.locator('mark', { hasText: /\n/ }).count()).toBe(0);
    expect(await w.page.locator('dialog.reader').textContent()).toContain(
      `Marked: the ${quoted.length} passages of this article that the map quotes.`,
    );
    await w.page.keyboard.press('Escape');
    await expect.poll(() => w.page.locator('dialog.reader').count()).toBe(0);
    // The sources view stays open behind the article.
    expect(await w.page.locator('[data-source="iwpr-2011-11-28"]').count()).toBe(1);
  });

  it('uses the list view: a sortable table whose rows open a place', async () => {
    const w = await open('?year=2011');
    await w.page.getByRole('button', { name: 'List' }).click();
    const rows = w.page.locator('.event-list tbody tr');
    expect(await rows.count()).toBe(6);
    expect(await rows.first().getAttribute('data-event')).toBe('astana-2011-car-explosion');
    await w.page.locator('.event-list th button.sort').click();
    expect(await rows.first().getAttribute('data-event')).toBe('taraz-2011-11-12-attack');
    await rows.first().getByRole('button', { name: 'Taraz' }).click();
    await expect.poll(() => w.page.locator('.place-panel h2').textContent()).toBe('Taraz');
    // The keyboard follows the reader into the panel...
    expect(await w.page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await w.page.keyboard.press('Escape');
    await expect.poll(() => w.page.locator('.place-panel').count()).toBe(0);
    // ...and back to the row it came from when the panel closes.
    expect(await w.page.evaluate(() => document.activeElement?.closest('tr')?.dataset.event)).toBe(
      'taraz-2011-11-12-attack',
    );
  });
});

/**
 * Each passage marked in an article, with the text from its first mark to its last: a passage marked line
 * by line still reads whole. Runs in the page, so it names nothing from outside.
 */
function markedPassages(article: Element, attribute: string): [string, string][] {
  const marks = new Map<string, Element[]>();
  for (const mark of article.querySelectorAll('mark')) {
    const id = mark.getAttribute(attribute)!;
    marks.set(id, [...(marks.get(id) ?? []), mark]);
  }
  return [...marks].map(([id, [first, ...rest]]) => {
    const range = document.createRange();
    range.setStartBefore(first!);
    range.setEndAfter(rest.at(-1) ?? first!);
    return [id, range.toString()];
  });
}
