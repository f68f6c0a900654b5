/** A reader follows a passage into its source: highlighted, shared by link, copied with its citation. */
import { describe, expect, it } from 'vitest';
import { markedPassages, readerSession } from './support/reader-session.ts';

const { harness, open } = readerSession();

describe('a reader', () => {
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
      new URL('?place=kazakhstan&year=2016&sources=al-jazeera-2016-06-09', harness().baseUrl).href,
    );
    await expect.poll(() => panel.locator('.left-out').textContent()).toMatch(/^4 more passages/);
    await panel.getByRole('button', { name: 'Show all years' }).click();
    await expect.poll(() => panel.locator('h3').first().textContent()).toBe('Events (all years)');
    expect(await panel.locator('[data-excerpt="aj-rarely-seen-attacks"]').count()).toBe(1);
    expect(await panel.locator('.left-out').count()).toBe(0);
    expect(new URL(w.page.url()).searchParams.get('from')).not.toBe('2016');
    // The keyboard waits at the passages rather than falling back to the top of the page.
    expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe('What the sources say');
  });

  it('copies a passage with its source, the words exactly as the source prints them', async () => {
    const w = await open('?place=taraz');
    await w.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(harness().baseUrl).origin,
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
});
