/**
 * A researcher brings a sixth source as a pack (a report kept apart from the project, with a town the map does
 * not have and a death toll for Aktobe that differs from the articles'): through Add data, on the map and in
 * Aktobe's claims table, kept across a reload, exported and brought into a fresh browser; a copy with one
 * passage off its offsets is refused whole. Every request off the machine is blocked throughout.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixturePack, fixturePackZip } from '../fixtures/source-pack.ts';
import { writePack } from '../../src/packs/write-pack.ts';
import { cspViolations, mapIdle } from './support/harness.ts';
import { drawnEvents, readerSession } from './support/reader-session.ts';

const session = readerSession();

async function addPack(page: Page, name: string, bytes: Uint8Array): Promise<string> {
  await page.setInputFiles('#add-data-input', {
    name,
    mimeType: 'application/zip',
    buffer: Buffer.from(bytes),
  });
  await page.waitForSelector('[data-pack-step="added"], [data-pack-step="refused"]', { timeout: 30_000 });
  return page.innerText('.import-panel');
}

describe('a researcher who brings their own source as a pack', () => {
  it('reads it on the map and beside the articles, finds it after a reload, and takes it to another browser', async () => {
    const w = await session.open('', { blockOffOrigin: true });
    const card = await addPack(w.page, 'test-wire.zip', fixturePackZip());
    expect(card).toContain('Added from test-wire.zip: 1 source, 1 place, 1 event, 2 passages, 2 figures.');
    expect(card).toContain('Kept in this browser');
    await w.page.click('.import-panel button:has-text("Close")');
    const drawn = await drawnEvents(w, (ids) => ids.includes('kandyagash-2016-04-27-land-protest'));
    expect(drawn).toContain('kandyagash-2016-04-27-land-protest');

    // Its toll for Aktobe stands beside Al Jazeera's, both marked contested, and leads to its words.
    await w.page.goto(new URL('?place=aktobe&year=2016', session.harness().baseUrl).href);
    await mapIdle(w.page);
    const toll = w.page.locator('[data-claim="tw-aktobe-killed-total"]');
    await expect.poll(() => toll.getAttribute('class')).toBe('contested');
    expect(await toll.innerText()).toMatch(/at least 25[\s\S]*Test Wire/);
    expect(await w.page.locator('[data-claim="aj-aktobe-killed-total"]').getAttribute('class')).toBe(
      'contested',
    );
    await toll.getByRole('button', { name: /Test Wire: read where it says this/ }).click();
    await expect
      .poll(() => w.page.locator('dialog.reader mark').textContent())
      .toBe('in which at least 25 people were killed, according to the regional health department');
    await w.page.keyboard.press('Escape');

    // Kept across a reload: the new town is there, with its event and the source's words.
    await w.page.goto(new URL('?place=kandyagash', session.harness().baseUrl).href);
    await mapIdle(w.page);
    await expect.poll(() => w.page.locator('.place-panel h2').textContent()).toBe('Kandyagash');
    expect(await w.page.innerText('.place-panel')).toContain('About 200 people gathered');

    // Exported from Sources: the same bytes as the pack brought in.
    await w.page.click('.top-bar button:has-text("Sources")');
    expect(await w.page.innerText('[data-source="test-wire-2016"]')).toContain('Yours, kept in this browser');
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.click('button:has-text("Export your sources (.zip)")'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^steppe-sources-pack-\d{4}-\d{2}-\d{2}\.zip$/);
    const exported = new Uint8Array(
      await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c)),
    );
    expect(Buffer.from(exported).equals(Buffer.from(fixturePackZip()))).toBe(true);

    // A fresh browser (nothing kept) takes the exported pack.
    const fresh = await session.open('', { blockOffOrigin: true });
    expect(await addPack(fresh.page, download.suggestedFilename(), exported)).toContain('1 source, 1 place');
    expect(w.offOrigin).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(await cspViolations(w.page)).toEqual([]);
  });

  it('removes its own source, and puts it back with Undo', async () => {
    const w = await session.open('', { blockOffOrigin: true });
    await addPack(w.page, 'test-wire.zip', fixturePackZip());
    await w.page.click('.import-panel button:has-text("Close")');
    await w.page.click('.top-bar button:has-text("Sources")');
    await w.page.getByRole('button', { name: /Remove Land protest in Kandyagash/ }).click();
    await expect.poll(() => w.page.locator('[data-source="test-wire-2016"]').count()).toBe(0);
    expect(await w.page.innerText('.own-sources')).toContain('was removed, with its passages and figures');
    await w.page.click('.own-sources button:has-text("Undo")');
    await expect.poll(() => w.page.locator('[data-source="test-wire-2016"]').count()).toBe(1);
  });

  it('refuses a copy with one passage off its offsets, naming it, and takes nothing of it', async () => {
    const w = await session.open('', { blockOffOrigin: true });
    const pack = fixturePack();
    pack.excerpts[1]!.start += 1;
    pack.excerpts[1]!.end += 1;
    const card = await addPack(w.page, 'off-by-one.zip', writePack(pack));
    expect(card).toContain('off-by-one.zip was not added: the pack has 1 fault');
    expect(card).toMatch(
      /excerpts\.json › tw-aktobe-killed › text: does not match test-wire-2016\.txt at \d+-\d+ \(the text stands at/,
    );
    await w.page.goto(new URL('?place=kandyagash', session.harness().baseUrl).href);
    await mapIdle(w.page);
    expect(await w.page.locator('.place-panel').count()).toBe(0);
  });
});

describe('a researcher who types an article into the page', () => {
  it('adds it, marks a passage, links a town from the gazetteer, an event and a figure, and reads it on the map', async () => {
    const w = await session.open('', { blockOffOrigin: true });
    await w.page.click('.top-bar button:has-text("Sources")');
    await w.page.click('button:has-text("Add an article")');
    const form = w.page.locator('dialog.article-dialog');
    // An empty form is refused field by field.
    await form.locator('button:has-text("Keep the article")').click();
    expect(await form.locator('.field-fault-text').first().innerText()).toBe('Required.');

    const text =
      'TALDYKORGAN, 5 January 2022 — Some 300 people rallied on the central square of Taldykorgan on 4 January, witnesses said.\n\nPolice dispersed them in the evening.';
    await form.getByLabel('The article’s text').fill(text);
    await form.getByLabel('Title').fill('Rally in Taldykorgan (test report)');
    await form.getByLabel('Publisher').fill('Test Agency');
    await form.getByLabel('Date', { exact: true }).fill('2022-01-05');
    await form.getByLabel('Who is speaking').fill('A made-up agency report for the tests, citing witnesses.');
    await form.locator('button:has-text("Keep the article")').click();

    const reader = w.page.locator('dialog.author-reader');
    await expect.poll(() => reader.locator('.article').innerText()).toBe(text);
    // Marked by selecting with the mouse (a range over the words, as a drag makes it).
    await w.page.evaluate(() => {
      const article = document.querySelector('dialog.author-reader .article')!;
      const node = article.firstElementChild!.firstChild!;
      const at = node.textContent!.indexOf('Some 300 people');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(
        node,
        at + 'Some 300 people rallied on the central square of Taldykorgan on 4 January'.length,
      );
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await reader.locator('button:has-text("Mark the selected words")').click();
    const card = reader.locator('.passage-card');
    await expect
      .poll(() => card.locator('blockquote').innerText())
      .toBe('Some 300 people rallied on the central square of Taldykorgan on 4 January');
    // An overlapping passage, marked by typing its words.
    await reader.getByLabel('Or type the exact words:').fill('Police dispersed them');
    await reader.locator('button:has-text("Mark these words")').click();
    await expect.poll(() => reader.locator('.passage-card').count()).toBe(2);

    const first = reader.locator('.passage-card').first();
    await first.locator('button:has-text("Link a place")').click();
    await first.getByLabel('Find a place by any spelling:').fill('Талдықорған');
    await first.locator('[data-geonames="1518542"]').click();
    await expect.poll(() => first.innerText()).toMatch(/Places: Taldykorgan/i);

    await first.locator('button:has-text("Link an event")').click();
    await first.getByLabel('Date', { exact: true }).fill('2022-01-04');
    await first.getByLabel('Our one-line summary').fill('People rallied on the central square.');
    await first.locator('button:has-text("Add the event")').click();
    await expect.poll(() => first.innerText()).toMatch(/Events: People rallied on the central square./i);

    await first.locator('button:has-text("Add a figure")').click();
    await first.getByLabel('What is counted').selectOption('participants');
    await first.getByLabel('Number').fill('300');
    await first.getByLabel('The source’s hedge').fill('some');
    await first.locator('button:has-text("Add the figure")').click();
    await expect.poll(() => first.locator('[data-figure]').innerText()).toContain('some 300');
    // Its details can be edited after it is kept.
    await reader.locator('button:has-text("Edit the details")').click();
    await reader.getByLabel('Title').fill('Rally on the square in Taldykorgan (test report)');
    await reader.locator('button:has-text("Keep the article")').click();
    await expect
      .poll(() => reader.locator('h2').innerText())
      .toBe('Rally on the square in Taldykorgan (test report)');

    // The second passage's place is a point clicked on the map, named by the reader.
    const second = reader.locator('.passage-card').nth(1);
    await second.locator('button:has-text("Link a place")').click();
    await second.locator('button:has-text("Or click a point on the map")').click();
    await expect.poll(() => w.page.locator('.point-hint').count()).toBe(1);
    const canvas = (await w.page.locator('.maplibregl-canvas').boundingBox())!;
    await w.page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await second.getByLabel('Name in English').fill('Central square (test)');
    await second.locator('button:has-text("Add the place")').click();
    await expect.poll(() => second.innerText()).toMatch(/Places: Central square \(test\)/i);
    // The click placed a point; it opened no place of the map's.
    expect(new URL(w.page.url()).searchParams.get('place')).toBeNull();
    await w.page.keyboard.press('Escape');

    await w.page.goto(new URL('?place=taldykorgan', session.harness().baseUrl).href);
    await mapIdle(w.page);
    await expect.poll(() => w.page.locator('.place-panel h2').textContent()).toBe('Taldykorgan');
    const panel = await w.page.innerText('.place-panel');
    expect(panel).toContain('People rallied on the central square.');
    expect(panel).toContain('Test Agency');
    const drawn = await drawnEvents(w, (ids) => ids.some((id) => id.startsWith('taldykorgan-2022-01-04')));
    expect(drawn.some((id) => id.startsWith('taldykorgan-2022-01-04'))).toBe(true);
    expect(w.offOrigin).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(await cspViolations(w.page)).toEqual([]);
  });
});

describe('a researcher who opens a saved web page as an article', () => {
  it("takes only the article's text: the page's scripts never run and nothing it names is fetched", async () => {
    const w = await session.open('', { blockOffOrigin: true });
    await w.page.click('.top-bar button:has-text("Sources")');
    await w.page.click('button:has-text("Add an article")');
    const page = `<!doctype html><html><head><title>Curfew in Almaty (test page)</title>
      <script>window.__ran = true</script><link rel="stylesheet" href="https://tracker.example/x.css"></head>
      <body><nav>Home · World · Sport</nav><article><h1>Curfew in Almaty</h1>
      <p>The authorities declared a curfew in Almaty on 5 January, the city administration said in a statement on its website.</p>
      <img src="https://tracker.example/pixel.gif" onerror="window.__ran = true">
      <p>Residents were told to stay at home between 11 p.m. and 7 a.m. until further notice, the statement said.</p>
      </article><footer>© Test</footer></body></html>`;
    await w.page.setInputFiles('dialog.article-dialog input[type="file"]', {
      name: 'curfew.html',
      mimeType: 'text/html',
      buffer: Buffer.from(page, 'utf8'),
    });
    const text = w.page.locator('dialog.article-dialog textarea');
    await expect
      .poll(() => text.inputValue())
      .toContain('The authorities declared a curfew in Almaty on 5 January');
    expect(await text.inputValue()).toContain('\n\nResidents were told to stay at home');
    expect(await text.inputValue()).not.toContain('Home · World');
    expect(await w.page.getByLabel('Title').inputValue()).toBe('Curfew in Almaty (test page)');
    expect(await w.page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    expect(w.offOrigin).toEqual([]);
    expect(await cspViolations(w.page)).toEqual([]);
  });
});
