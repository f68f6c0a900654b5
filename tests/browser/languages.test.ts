/**
 * A reader in Russian and in Kazakh: the interface in their language (chosen by the URL, the switch or the
 * browser), the counts in the right plural forms, a city read with its passages still in English and said to
 * be, the choice kept in the URL and undone by Back, nothing cut at 320 px, and axe clean. The tests save a
 * screenshot of the first view and of a city panel in each language.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, mapIdle, openPage } from './support/harness.ts';
import { readerSession } from './support/reader-session.ts';

const require = createRequire(import.meta.url);
const session = readerSession();

const WORDS = {
  ru: { list: 'Список', sources: 'Источники', layers: 'Слои', inEnglish: 'на английском, как опубликовано', aktobe: 'Актобе', event: { one: 'событие', few: 'события', many: 'событий', other: 'события' },
    acled: 'выгрузка ACLED', fit: 'Показать весь Казахстан', zoomIn: 'Приблизить', credits: 'Города: GeoNames (CC BY 4.0)', unnamed: 'неназванные "the latest sources"', badRow: "строка 3, latitude: 'abc' — не число", monthOnly: 'ACLED указывает 2016-06-15, но датирует событие лишь с точностью до месяца', scale: 'Radio Azattyq (масштаб источника: National)' },
  kk: { list: 'Тізім', sources: 'Дереккөздер', layers: 'Қабаттар', inEnglish: 'ағылшынша, жарияланғандай', aktobe: 'Ақтөбе', event: { one: 'оқиға', few: 'оқиға', many: 'оқиға', other: 'оқиға' },
    acled: 'ACLED экспорты', fit: 'Бүкіл Қазақстанды көрсету', zoomIn: 'Жақындату', credits: 'Қалалар: GeoNames (CC BY 4.0)', unnamed: 'аты аталмаған "the latest sources"', badRow: "жол 3, latitude: 'abc' сан емес", monthOnly: 'ACLED 2016-06-15 күнін көрсетеді, бірақ оқиғаны тек ай дәлдігімен белгілейді', scale: 'Radio Azattyq (дереккөз ауқымы: National)' },
} as const; // prettier-ignore

const SCREENS = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1400, height: 900 },
];

/**
 * What a reader cannot read whole: the page wider than the screen, or an element that hides part of its text
 * (overflow hidden or an ellipsis) or runs past the screen's right edge. Scrollers (the years strip) are
 * meant to scroll and are left out.
 */
function cutOrOverflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > innerWidth) found.push('the page scrolls sideways');
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('.maplibregl-canvas-container, .years, .visually-hidden') || !el.textContent?.trim())
        continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (style.display === 'none' || style.visibility === 'hidden' || box.width === 0) continue;
      const name = `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}"`;
      const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      if (clips && el.scrollWidth > el.clientWidth + 1) found.push(`cut: ${name}`);
      if (el.children.length === 0 && box.right > innerWidth + 1) found.push(`past the right edge: ${name}`);
    }
    return found;
  });
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> };
      }
    ).axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** An ACLED export with one good row (dated to the month only) and one whose latitude is not a number. */
const ACLED_FILE = [
  'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,admin1,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities',
  'KAZ1,2016-06-15,3,Protests,Peaceful protest,Protesters (Kazakhstan),Aktobe,Aktobe,50.28,57.17,1,Radio Azattyq,National,Residents rallied.,0',
  'KAZ2,2016-06-16,1,Protests,Peaceful protest,Protesters (Kazakhstan),Aktobe,Aktobe,abc,57.17,1,Radio Azattyq,National,Residents rallied again.,0',
].join('\n');

describe.each(['ru', 'kk'] as const)('a reader in %s', (lang) => {
  const words = WORDS[lang];

  it('adds an export and reads its bad rows and the imported event’s date note in their language', async () => {
    const w = await session.open(`?lang=${lang}`, { blockOffOrigin: true });
    await w.page.setInputFiles('#add-data-input', {
      name: 'acled-aktobe.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(ACLED_FILE, 'utf8'),
    });
    await w.page.waitForSelector('[data-import-step="done"]', { timeout: 60_000 });
    const report = await w.page.innerText('.import-panel');
    expect(report).toContain(words.acled);
    expect(report).toContain(words.badRow);
    await w.page.locator('.import-panel button').last().click();
    await w.page.goto(new URL(`?lang=${lang}&place=aktobe&year=2016`, session.harness().baseUrl).href);
    await mapIdle(w.page);
    await expect.poll(() => w.page.locator('.place-panel').innerText()).toContain(words.monthOnly);
    expect(await w.page.locator('.place-panel').innerText()).toContain(words.scale);
    expect(w.pageErrors).toEqual([]);
  });

  it('reads the interface, the counts and a city in their language, the passages in English and said to be', async () => {
    const w = await session.open(`?lang=${lang}`, { blockOffOrigin: true });
    expect(await w.page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await w.page.locator('.views').innerText()).toContain(words.list);
    expect(await w.page.locator('.legend summary').innerText()).toContain(words.layers);
    // The map's own control is named in the language too.
    expect(await w.page.getByRole('button', { name: words.fit }).count()).toBe(1);
    expect(await w.page.getByRole('button', { name: words.zoomIn }).count()).toBe(1);
    expect(await w.page.locator('.maplibregl-ctrl-attrib-inner').textContent()).toContain(words.credits);
    // A year's bar says its count with the noun in the form the number takes in this language.
    const label = (await w.page.locator('[data-year="2016"]').getAttribute('aria-label'))!;
    const count = Number(/: (\d+)/.exec(label)![1]);
    const form = new Intl.PluralRules(lang).select(count) as keyof typeof words.event;
    expect(label).toBe(`2016: ${count} ${words.event[form]}`);
    await w.page.screenshot({ path: join(ARTIFACTS, `lang-${lang}-first-view.png`) });

    await w.page.goto(new URL(`?lang=${lang}&place=aktobe&year=2016`, session.harness().baseUrl).href);
    await mapIdle(w.page);
    expect(await w.page.locator('#place-title').innerText()).toBe(words.aktobe);
    const passage = w.page.locator('.place-panel .excerpt').first();
    expect(await passage.locator('blockquote').getAttribute('lang')).toBe('en');
    expect(await passage.locator('.in-english').innerText()).toBe(words.inEnglish);
    // Whom a source attributes a figure to is our description, in the reader's language and marked so.
    const attribution = w.page.locator('.claims td', { hasText: words.unnamed }).first();
    expect(await attribution.getAttribute('lang')).toBe(lang);
    await w.page.screenshot({ path: join(ARTIFACTS, `lang-${lang}-panel.png`) });
    expect(w.pageErrors).toEqual([]);
    expect(w.offOrigin).toEqual([]);
  });

  it('keeps the choice in the URL, and Back undoes a city opened after it', async () => {
    const w = await session.open('');
    await w.page.getByRole('combobox', { name: /Language|Язык|тілі/ }).selectOption(lang);
    await expect
      .poll(() => w.page.evaluate(() => new URL(location.href).searchParams.get('lang')))
      .toBe(lang);
    await w.page.locator('.views button').nth(2).click(); // Sources, in any language
    await w.page.locator('.source-places .link-button').first().click();
    await expect.poll(() => w.page.locator('#place-title').count()).toBe(1);
    await w.page.goBack();
    await expect.poll(() => w.page.locator('#place-title').count()).toBe(0);
    expect(await w.page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await w.page.locator('.views').innerText()).toContain(words.sources);
  });

  it('fits a 320 px phone, a 390 × 844 phone and a 1400 × 900 screen, and passes axe with a city open', async () => {
    for (const viewport of SCREENS) {
      const w = await openPage(session.harness(), `?lang=${lang}&place=aktobe&year=2016`, { viewport });
      await mapIdle(w.page);
      expect(await cutOrOverflowing(w.page), `${viewport.width} × ${viewport.height}`).toEqual([]);
      // The map keeps a useful height with the longer legend labels (its credits start over it).
      const map = (await w.page.locator('.maplibregl-canvas').boundingBox())!;
      expect(map.height, `map at ${viewport.width} × ${viewport.height}`).toBeGreaterThan(
        viewport.height / 3,
      );
      await w.context.close();
    }
    const context = await session.harness().browser.newContext({
      serviceWorkers: 'block',
      bypassCSP: true,
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(new URL(`?lang=${lang}&place=aktobe`, session.harness().baseUrl).href);
    await mapIdle(page);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('a reader whose browser prefers Kazakh', () => {
  it('gets the interface in Kazakh without asking', async () => {
    const context = await session.harness().browser.newContext({ serviceWorkers: 'block', locale: 'kk-KZ' });
    const page = await context.newPage();
    await page.goto(session.harness().baseUrl);
    await mapIdle(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');
    expect(await page.locator('.views').innerText()).toContain(WORDS.kk.list);
    await context.close();
  });
});
