/** A reader with a large event set (a conflict dataset, not five articles): panels and list stay in step. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateEvents } from '../../scripts/bench/generate-events.ts';
import {
  mapIdle,
  renderedEventFeatures,
  renderedEventIds,
  startHarness,
  type Harness,
} from './support/harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.close());

const places = JSON.parse(readFileSync('public/data/places.geojson', 'utf8'));
const sourceIds = JSON.parse(readFileSync('public/data/sources.json', 'utf8')).map(
  (s: { id: string }) => s.id,
);
const events = generateEvents(places, sourceIds, 5000);
const atAlmaty = events.features.filter(
  (f: { properties: { placeId: string } }) => f.properties.placeId === 'almaty',
).length;

/** Opens the app with this event set served in place of the built events file, once the map is idle. */
async function openWithEvents(json: unknown, path: string) {
  const context = await harness.browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
  });
  await context.route('**/data/events.geojson', (route) => route.fulfill({ json }));
  const page = await context.newPage();
  await page.goto(new URL(path, harness.baseUrl).href);
  await mapIdle(page);
  return { context, page };
}

describe('with 5,000 events loaded in place of the articles’ events', () => {
  it('lists a city’s own events a page at a time, and the list view too', async () => {
    const { context, page } = await openWithEvents(events, '?place=almaty');
    const panelEvents = page.locator('.place-panel .place-events > li');
    await expect.poll(() => panelEvents.count()).toBe(50);
    expect(await page.locator('.place-panel h3').first().textContent()).toContain(
      atAlmaty.toLocaleString('en'),
    );
    await page.locator('.place-panel .show-more button').click();
    await expect.poll(() => panelEvents.count()).toBe(100);
    expect(await panelEvents.first().getAttribute('data-event')).toMatch(/^synthetic-/);

    await page.getByRole('button', { name: 'List' }).click();
    const rows = page.locator('.event-list tbody tr');
    await expect.poll(() => rows.count()).toBe(200);
    expect(await page.locator('.event-list caption').textContent()).toBe(
      '5,000 events in the current selection, the first 200 shown',
    );
    await page.locator('.event-list .show-more button').click();
    await expect.poll(() => rows.count()).toBe(400);
    await context.close();
  });

  it('sizes each crowd mark by all of a place’s events under All years, and by the year’s when one is chosen', async () => {
    const { context, page } = await openWithEvents(events, '');
    /** What Almaty's visible marks count, summed (one mark per kind and certainty; a mark may lie in two tiles). */
    const almatyCount = async () => {
      const marks = (await renderedEventFeatures(page)).filter((p) => p.placeId === 'almaty');
      expect(marks.length).toBeGreaterThan(0);
      const byMark = new Map(marks.map((p) => [`${p.kind}|${p.datePrecision}|${p.placePrecision}`, p]));
      return [...byMark.values()].reduce((n, p) => n + Number(p.count), 0);
    };
    expect(await almatyCount()).toBe(atAlmaty);
    await page.locator('[data-year="2016"]').click();
    await mapIdle(page);
    const in2016 = events.features.filter(
      (f: { properties: { placeId: string; year: number | null } }) =>
        f.properties.placeId === 'almaty' && f.properties.year === 2016,
    ).length;
    expect(in2016).toBeGreaterThan(0);
    expect(await almatyCount()).toBe(in2016);
    await context.close();
  });

  it('widens the timeline to a year beyond the sources’ and shows that year’s events alone', async () => {
    type Feature = { properties: { id: string; year: number | null; date: string | null } };
    const later = structuredClone(events) as { features: Feature[] };
    const moved = later.features.slice(0, 3).map((f) => {
      Object.assign(f.properties, { year: 2031, date: '2031-03-04', datePrecision: 'day' });
      return f.properties.id;
    });
    const { context, page } = await openWithEvents(later, '?year=2031');
    const year = page.locator('[data-year="2031"]');
    expect(await year.getAttribute('aria-checked')).toBe('true');
    expect(await year.getAttribute('aria-label')).toBe('2031: 3 events');
    expect(page.url()).toContain('from=2031&to=2031');
    expect(await renderedEventIds(page)).toEqual([...moved].sort());
    await context.close();
  });
});
