/**
 * A site whose 3,000 events are published as an archive (npm run publish-events, the threshold set low), built
 * after publishing: the archive is not precached, but what a reader has viewed of it — its tallies, the tiles
 * of the view, a place's page of events — is kept as it arrives, and opens again with the server stopped.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishEvents } from '../../../geo/scripts/publish-events.ts';
import { generateEvents } from '../../../scripts/bench/generate-events.ts';
// @ts-expect-error -- plain ESM script without types
import { startServer } from '../../../scripts/serve.mjs';
import { reviseList } from './precache-list.ts';
import { harnessFor, mapIdle, openPage, renderedEventIds, type Harness } from '../support/harness.ts';

const root = mkdtempSync(join(tmpdir(), 'offline-archive-'));
let server: { url: string; close: () => Promise<void> } | null = null;
let harness: Harness;

beforeAll(async () => {
  cpSync('dist', root, { recursive: true });
  const places = JSON.parse(readFileSync('dist/data/places.geojson', 'utf8'));
  const sourceIds = JSON.parse(readFileSync('dist/data/sources.json', 'utf8')).map(
    (s: { id: string }) => s.id,
  );
  const incoming = join(root, 'incoming.geojson');
  writeFileSync(incoming, JSON.stringify(generateEvents(places, sourceIds, 3000, 3)));
  expect(await publishEvents(incoming, join(root, 'data'), 1000)).toMatchObject({ archive: true });
  // As if built after publishing: the worker's list carries the revisions of the files publishing rewrote.
  reviseList(root);
  server = await startServer({ root, port: 0 });
  harness = await harnessFor(server!.url);
}, 120_000);
afterAll(async () => {
  await harness?.close();
  await server?.close();
});

describe('a published archive, offline', () => {
  it('opens what the reader viewed of it — counts, the map’s events, a place’s events — with the server stopped', async () => {
    const w = await openPage(harness, '?year=2016&place=aktobe', { serviceWorkers: 'allow' });
    await mapIdle(w.page);
    // The first worker takes this page as soon as it is active: what it reads from now on is kept.
    await w.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 60_000,
    });
    const view = async () => {
      await w.page.goto(new URL('?year=2016&place=aktobe', harness.baseUrl).href);
      await mapIdle(w.page);
      await w.page.locator('.place-panel [data-event]').first().waitFor({ timeout: 20_000 });
      return {
        attacks: await w.page.locator('[data-kind="attack"] ~ .legend-count').textContent(),
        drawn: (await renderedEventIds(w.page)).sort(),
        listed: await w.page.locator('.place-panel [data-event]').count(),
      };
    };
    const online = await view();
    expect(online.drawn.length).toBeGreaterThan(0);
    expect(online.listed).toBeGreaterThan(0);

    await server!.close();
    server = null;
    const offline = await view();
    expect(offline).toEqual(online);
    expect(await w.page.locator('.notice-error').count()).toBe(0);
    await w.context.close();
  });
});
