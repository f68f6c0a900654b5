#!/usr/bin/env node
// `npm run bench` (run by tsx, so the generator can read the schema's terms): builds the app and a floor page (MapLibre + React, same basemap and data, no app UI),
// serves both from loopback, drives Debian Chromium (headless, SwiftShader) and prints ratios to the floor
// measured in the same run. Writes bench-results.json. Not a test: nothing here fails on a number.
//
//   npm run bench                      full run: 1k, 10k, 100k events, 5 runs each (9 page-load pairs)
//   npm run bench -- --sizes 1000 --runs 1 --no-build --out .tmp/bench-smoke.json
//   npm run bench -- --archive-events 0   (leave out the 1,000,000-event archive)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../serve.mjs';
import { ARCHIVE_EVENTS, IDLE_RUNS, ONLY_IMPORT, RUNS, SIZES, WORK } from './bench-options.mjs';
import { firstIdle, largeLoad, launch, measureDataset, measureImport, shippedKB } from './measure.mjs';
import { prepare } from './prepare-bench.mjs';
import { report } from './report.mjs';

async function main() {
  mkdirSync(WORK, { recursive: true });
  await prepare();
  const browser = await launch();
  const servers = [];
  const serve = async (root) => {
    const s = await startServer({ root, port: 0 });
    servers.push(s);
    return s.url;
  };
  try {
    const appUrl = await serve('dist');
    if (ONLY_IMPORT) {
      const papaUrl = await serve(join(WORK, 'papa'));
      for (let i = 0; i < RUNS; i += 1)
        console.log(
          JSON.stringify(await measureImport(browser, appUrl, papaUrl, join(WORK, 'acled-import.csv'))),
        );
      return;
    }
    const { width, height } = await firstIdle(browser, appUrl);
    const floorUrl = `${await serve(join(WORK, 'floor'))}?width=${width}&height=${height}`;
    const shipped = { app: await shippedKB(browser, appUrl), floor: await shippedKB(browser, floorUrl) };
    const idle = { app: [], floor: [] };
    // Warm both pages' files once, then load them in pairs, back to back, so drift in the machine's speed
    // falls on both sides of each pair.
    await firstIdle(browser, floorUrl);
    for (let i = 0; i < IDLE_RUNS; i += 1) {
      idle.app.push((await firstIdle(browser, appUrl)).ms);
      idle.floor.push((await firstIdle(browser, floorUrl)).ms);
    }
    console.log('  first view measured');
    const datasets = [];
    for (const n of SIZES)
      datasets.push(await measureDataset(browser, await serve(join(WORK, `app-${n}`)), n));
    const largest = datasets.find((d) => d.events === Math.max(...SIZES));
    // First drawing of the largest set: the app against MapLibre alone loading the same file, in pairs.
    const n = Math.max(...SIZES);
    const [appLarge, floorLarge] = [
      await serve(join(WORK, `app-${n}`)),
      await serve(join(WORK, `floor-${n}`)),
    ];
    const large = { app: [], floor: [] };
    for (let i = 0; i < Math.min(RUNS, 3); i += 1) {
      large.app.push(await largeLoad(browser, appLarge));
      large.floor.push(await largeLoad(browser, `${floorLarge}?width=${width}&height=${height}`));
    }
    console.log('  large first view measured');
    const archive = { loads: [], dataset: null };
    if (ARCHIVE_EVENTS > 0) {
      const archiveUrl = await serve(join(WORK, `app-archive-${ARCHIVE_EVENTS}`));
      for (let i = 0; i < Math.min(RUNS, 3); i += 1) archive.loads.push(await largeLoad(browser, archiveUrl));
      archive.dataset = await measureDataset(browser, archiveUrl, ARCHIVE_EVENTS, { clickAndHeap: true });
      console.log('  archive measured');
    }
    const papaUrl = await serve(join(WORK, 'papa'));
    const imports = [];
    for (let i = 0; i < Math.min(RUNS, 3); i += 1)
      imports.push(await measureImport(browser, appUrl, papaUrl, join(WORK, 'acled-import.csv')));
    console.log('  import measured');
    report({ shipped, idle, width, height, datasets, largest, n, large, archive, imports });
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
}

await main();
