/**
 * A site published with its events as an archive (npm run publish-events, here with the threshold set low so
 * that 12,000 events make one): the map draws them from the PMTiles archive by range requests, the legend and
 * timeline count from the build's tallies, source switches hide their events, and a place's panel reads the
 * place's events a page at a time. Nothing leaves the machine.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishEvents } from '../../geo/scripts/publish-events.ts';
import { generateEvents } from '../../scripts/bench/generate-events.ts';
import { mapIdle, openPage, renderedEventIds, startHarness, type Harness } from './support/harness.ts';

const places = JSON.parse(readFileSync('dist/data/places.geojson', 'utf8'));
const sourceIds = JSON.parse(readFileSync('dist/data/sources.json', 'utf8')).map((s: { id: string }) => s.id);
const events = generateEvents(places, sourceIds, 12000, 11) as {
  features: Array<{
    properties: { id: string; placeId: string; year: number; kind: string; sourceIds: string[] };
  }>;
};
const count = (keep: (p: (typeof events.features)[number]['properties']) => boolean) =>
  events.features.filter((f) => keep(f.properties)).length;

let harness: Harness;
beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'archive-site-'));
  cpSync('dist', root, { recursive: true });
  const file = join(root, 'incoming.geojson');
  writeFileSync(file, JSON.stringify(events));
  const published = await publishEvents(file, join(root, 'data'), 1000);
  expect(published).toEqual({ ok: true, count: 12000, archive: true });
  harness = await startHarness({ root });
}, 120_000);
afterAll(async () => harness?.close());

describe('a site whose 12,000 events are published as an archive', () => {
  it('draws them from the archive, counts them from its tallies, by year and by range, and hides a source’s switched off', async () => {
    const w = await openPage(harness, '?year=2016', { blockOffOrigin: true });
    const tileRequests: string[] = [];
    w.page.on('request', (r) => {
      if (r.url().endsWith('events.pmtiles')) tileRequests.push(r.headers().range ?? 'whole');
    });
    await mapIdle(w.page);
    const attacks2016 = count((p) => p.year === 2016 && p.kind === 'attack');
    await expect
      .poll(() => w.page.locator('[data-kind="attack"] ~ .legend-count').textContent())
      .toBe(String(attacks2016));
    const drawn = await renderedEventIds(w.page);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((id) => id.startsWith('synthetic-'))).toBe(true);
    // Only the first source: every event drawn is one it reports, and the counts follow.
    await w.page.goto(new URL(`?year=2016&sources=${sourceIds[0]}`, harness.baseUrl).href);
    await mapIdle(w.page);
    const ofFirst = new Set(
      events.features
        .filter((f) => f.properties.sourceIds.includes(sourceIds[0]))
        .map((f) => f.properties.id),
    );
    await expect.poll(async () => (await renderedEventIds(w.page)).every((id) => ofFirst.has(id))).toBe(true);
    await expect
      .poll(() => w.page.locator('[data-kind="attack"] ~ .legend-count').textContent())
      .toBe(
        String(count((p) => p.year === 2016 && p.kind === 'attack' && p.sourceIds.includes(sourceIds[0]))),
      );
    // A range of months: counted from the build's day tallies, an event dated to its year or month counting
    // where its days overlap the range, as the events one by one say; the map draws the range's events.
    const spring = events.features.filter((f) => {
      const p = f.properties as unknown as { date: string; datePrecision: string; kind: string };
      if (p.kind !== 'attack') return false;
      const [from, to] =
        p.datePrecision === 'day'
          ? [p.date, p.date]
          : p.datePrecision === 'month'
            ? [`${p.date}-01`, `${p.date}-31`]
            : [`${p.date}-01-01`, `${p.date}-12-31`];
      return to >= '2016-03-01' && from <= '2016-05-31';
    }).length;
    await w.page.goto(new URL('?from=2016-03&to=2016-05', harness.baseUrl).href);
    await mapIdle(w.page);
    await expect
      .poll(() => w.page.locator('[data-kind="attack"] ~ .legend-count').textContent())
      .toBe(String(spring));
    expect(spring).toBeLessThan(attacks2016);
    expect((await renderedEventIds(w.page)).length).toBeGreaterThan(0);
    // The archive is read by byte ranges, never whole.
    expect(tileRequests.length).toBeGreaterThan(0);
    expect(tileRequests.every((range) => /^bytes=\d+-\d+$/.test(range))).toBe(true);
    expect(w.offOrigin).toEqual([]);
    expect(w.pageErrors).toEqual([]);
  });

  it('lists a place’s events as its pages are read, and says why the list view cannot hold them all', async () => {
    const w = await openPage(harness, '?place=almaty', { blockOffOrigin: true });
    await mapIdle(w.page);
    const listed = w.page.locator('.place-panel .place-events > li');
    await expect.poll(() => listed.count()).toBe(50);
    const atAlmaty = count((p) => p.placeId === 'almaty');
    expect(await w.page.locator('.archive-note').textContent()).toContain(atAlmaty.toLocaleString('en'));
    // The first page holds 1,000 events: shown 50 at a time, then the next page is read on request.
    for (let shown = 50; shown < 1000; shown += 50)
      await w.page.locator('.place-panel .show-more button').click();
    await expect.poll(() => listed.count()).toBe(1000);
    await w.page.getByRole('button', { name: /Read the next events/ }).click();
    await expect.poll(() => listed.count()).toBe(1050);
    await w.page.getByRole('button', { name: 'List' }).click();
    expect(await w.page.locator('.archive-list-note').textContent()).toContain(
      '12,000 events are published as an archive',
    );
    expect(w.pageErrors).toEqual([]);
  });
});
