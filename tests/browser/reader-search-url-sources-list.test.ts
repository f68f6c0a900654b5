/** A reader searches by a variant, shares the view by URL, filters by source and uses the list without the map. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapCamera, mapIdle, placeOnScreen, renderedEventIds } from './support/harness.ts';
import { drawnEvents, markedPassages, readerSession } from './support/reader-session.ts';

const { harness, open } = readerSession();

describe('a reader', () => {
  it('searches by a variant and lands on the place', async () => {
    const w = await open();
    const searches: Array<[string, string]> = [
      ['Semipalatinsk', 'Semey'],
      ['Uralsk', 'Oral'],
      ['Nur-Sultan', 'Astana'],
      ['Актобе', 'Aktobe'],
    ];
    for (const [query, name] of searches) {
      await w.page.getByRole('combobox', { name: 'Search places by any name' }).fill(query);
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
    const camera = await mapCamera(w.page);
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
    const w = await open(`${new URL(harness().baseUrl).origin}//?place=aktobe&year=2016`);
    expect(await w.page.locator('.place-panel h2').textContent()).toBe('Aktobe');
    expect(new URL(w.page.url()).pathname).toBe('//');
    expect(new URL(w.page.url()).search).toBe('?from=2016&to=2016&place=aktobe');
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
