/** A reader clicks a city on the canvas or its label and reads what each source said there, contested figures side by side. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, mapIdle, placeOnScreen } from './support/harness.ts';
import { readerSession } from './support/reader-session.ts';

const { open } = readerSession();

describe('a reader', () => {
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
    const w = await open('?place=aktobe', { viewport: { width: 800, height: 600 } });
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
    // The English counterpart of the Russian and Kazakh panels the languages test saves.
    await w.page.screenshot({ path: join(ARTIFACTS, 'lang-en-panel.png') });
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
});
