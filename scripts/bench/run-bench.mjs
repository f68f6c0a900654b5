#!/usr/bin/env node
// `npm run bench`: builds the app and a floor page (MapLibre + React, same basemap and data, no app UI),
// serves both from loopback, drives Debian Chromium (headless, SwiftShader) and prints ratios to the floor
// measured in the same run. Writes bench-results.json. Not a test: nothing here fails on a number.
//
//   npm run bench                      full run: 1k, 10k, 100k events, 5 runs each (9 page-load pairs)
//   npm run bench -- --sizes 1000 --runs 1 --no-build --out .tmp/bench-smoke.json
//   npm run bench -- --archive-events 0   (leave out the 1,000,000-event archive)
import { execSync } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';
import { generateAcledCsv } from './generate-acled.mjs';
import { generateEvents } from './generate-events.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const SIZES = option('sizes', '1000,10000,100000').split(',').map(Number);
// Rows of the ACLED-format export the import is measured on.
const IMPORT_ROWS = Number(option('import-rows', '100000'));
const RUNS = Math.max(1, Number(option('runs', '5')));
// Events of the set published as an archive (npm run publish-events): read by range requests, never whole.
const ARCHIVE_EVENTS = Number(option('archive-events', '1000000'));
// Cold loads vary more than anything else measured here (a software-rendered page load takes 2-3 s and
// swings by a second): at least nine pairs for a full run, so one slow spell cannot decide the ratio.
const IDLE_RUNS = RUNS === 1 ? 1 : Math.max(RUNS, 9);
const OUT = option('out', 'bench-results.json');
const BUILD = !args.includes('--no-build');
// Only the import figures: for working on the importer.
const ONLY_IMPORT = args.includes('--only-import');
const WORK = '.tmp/bench';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 2) => Number(x.toFixed(d));

async function prepare() {
  if (BUILD) execSync('npm run build --silent', { stdio: 'inherit' });
  if (!ONLY_IMPORT) {
    execSync('npx vite build --config scripts/bench/vite.floor.config.ts', { stdio: 'inherit' });
    cpSync('dist/data', join(WORK, 'floor/data'), { recursive: true });
  }
  // The import floor: papaparse's own build beside a page that hands it a file in a worker.
  const papa = join(WORK, 'papa');
  rmSync(papa, { recursive: true, force: true });
  cpSync('scripts/bench/papa-floor', papa, { recursive: true });
  cpSync('node_modules/papaparse/papaparse.min.js', join(papa, 'papaparse.min.js'));
  writeFileSync(join(WORK, 'acled-import.csv'), generateAcledCsv(IMPORT_ROWS));
  const places = JSON.parse(readFileSync('dist/data/places.geojson', 'utf8'));
  const sourceIds = JSON.parse(readFileSync('dist/data/sources.json', 'utf8')).map((s) => s.id);
  if (!ONLY_IMPORT && ARCHIVE_EVENTS > 0) await prepareArchive(places, sourceIds);
  for (const n of ONLY_IMPORT ? [] : SIZES) {
    const dir = join(WORK, `app-${n}`);
    rmSync(dir, { recursive: true, force: true });
    cpSync('dist', dir, { recursive: true });
    // The app's normal data path: the same file name, parsed and validated by the same loader.
    const events = JSON.stringify(generateEvents(places, sourceIds, n));
    writeFileSync(join(dir, 'data/events.geojson'), events);
    if (n === Math.max(...SIZES)) {
      // The floor with the same file: MapLibre alone loading it.
      const floor = join(WORK, `floor-${n}`);
      rmSync(floor, { recursive: true, force: true });
      cpSync(join(WORK, 'floor'), floor, { recursive: true });
      writeFileSync(join(floor, 'data/events.geojson'), events);
    }
  }
}

/**
 * The set published as an archive: the bench's events written one per line and published by the project's
 * own command. Kept between runs while the build and the count are the same (publishing 1,000,000 takes
 * about two minutes).
 */
async function prepareArchive(places, sourceIds) {
  const dir = join(WORK, `app-archive-${ARCHIVE_EVENTS}`);
  const stamp = join(dir, 'bench-stamp.txt');
  const build = readFileSync('dist/index.html', 'utf8');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === build) return;
  rmSync(dir, { recursive: true, force: true });
  cpSync('dist', dir, { recursive: true });
  const file = join(WORK, `archive-${ARCHIVE_EVENTS}.ndjson`);
  const out = createWriteStream(file);
  const { features } = generateEvents(places, sourceIds, ARCHIVE_EVENTS);
  for (let i = 0; i < features.length; i += 10_000) {
    const lines = features.slice(i, i + 10_000).map((f) => JSON.stringify(f));
    if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  execSync(`npx tsx geo/scripts/publish-events.ts ${file} --out ${join(dir, 'data')} --archive-above 0`, {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' },
  });
  rmSync(file);
  writeFileSync(stamp, build);
}

async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--enable-precise-memory-info',
    ],
  });
}

async function waitIdle(page) {
  await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, {
    timeout: 180_000,
  });
}

/** Gzipped bytes of the JS, CSS and data the first view loads (fonts and the worker's own script counted as JS). */
async function shippedKB(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (response) => {
    try {
      const type = response.headers()['content-type'] ?? '';
      if (/javascript|css|json|geo\+json|font/.test(type)) bodies.push(await response.body());
    } catch {
      // A response whose body is gone (a navigation) weighs nothing.
    }
  });
  await page.goto(url);
  await waitIdle(page);
  await page.waitForTimeout(200);
  await context.close();
  return round(bodies.reduce((sum, b) => sum + gzipSync(b, { level: 6 }).length, 0) / 1024, 1);
}

/** Navigation to the map's first idle, and the size of the map drawn (the floor is given the app's). */
async function firstIdle(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await waitIdle(page);
  const result = await page.evaluate(() => {
    const canvas = document.querySelector('.maplibregl-canvas');
    return {
      ms: performance.getEntriesByName('map-first-idle')[0].startTime,
      width: canvas.clientWidth,
      height: canvas.clientHeight,
    };
  });
  await context.close();
  return result;
}

/**
 * A cold load to the map's first complete drawing with a large event set: its time, the JavaScript heap then
 * (performance.memory) and the longest main-thread task on the way.
 */
async function largeLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => (window.__longest = Math.max(window.__longest, e.duration))),
    ).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await waitIdle(page);
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => ({
    ms: performance.getEntriesByName('map-first-idle')[0].startTime,
    heapMB: performance.memory.usedJSHeapSize / 1024 / 1024,
    longest: window.__longest,
  }));
  await context.close();
  return result;
}

/**
 * In the page: time from a year click to the map's next idle, then a plain repaint to idle. Both start from a
 * settled page, as a reader's click does: in software rendering the frame drawn last is still being rasterised
 * and swapped for up to a second after its idle, and the next frame waits for it.
 */
async function yearChange(page, year) {
  return page.evaluate(async (y) => {
    const map = window.steppeMap;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const settled = async () => {
      // Until three frames in a row come quickly (nothing left to rasterise or swap), then a task of its own:
      // a reader's click arrives between frames, not inside a frame callback.
      let last = await frame();
      for (let i = 0, quick = 0; i < 120 && quick < 3; i += 1) {
        const now = await frame();
        quick = now - last < 40 ? quick + 1 : 0;
        last = now;
      }
      await new Promise((resolve) => setTimeout(resolve));
    };
    const timeToIdle = (act) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        map.once('idle', () => resolve(performance.now() - t0));
        act();
      });
    const longTasks = [];
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => longTasks.push(e.duration)),
    );
    observer.observe({ type: 'longtask' });
    await settled();
    const change = await timeToIdle(() => document.querySelector(`[data-year="${y}"]`).click());
    await settled(); // the long-task entry of the task that drew the frame arrives after it
    observer.takeRecords().forEach((e) => longTasks.push(e.duration));
    observer.disconnect();
    const repaint = await timeToIdle(() => map.triggerRepaint());
    return { change, repaint, longest: Math.max(0, ...longTasks) };
  }, year);
}

async function measureDataset(browser, url, n, { clickAndHeap = n === Math.max(...SIZES) } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await waitIdle(page);
  const years = ['2016', '2011', 'all', '2015', '2012', '2016', 'all', '2011'];
  const samples = [];
  for (let i = 0; i < Math.max(RUNS, 5) && i < years.length; i += 1)
    samples.push(await yearChange(page, years[i]));
  const result = {
    events: n,
    yearChangeMs: round(median(samples.map((s) => s.change)), 1),
    repaintMs: round(median(samples.map((s) => s.repaint)), 1),
    yearChangeRatio: round(median(samples.map((s) => s.change / s.repaint))),
    longestTaskMs: round(Math.max(...samples.map((s) => s.longest)), 0),
  };
  if (clickAndHeap) {
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          window.steppeMap.once('idle', resolve);
          document.querySelector('[data-year="all"]').click();
          window.steppeMap.triggerRepaint(); // idle comes even if all years were shown already
        }),
    );
    const point = await page.evaluate(() => {
      const map = window.steppeMap;
      const f = map.querySourceFeatures('places').find((x) => x.properties.id === 'taraz');
      const p = map.project(f.geometry.coordinates);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    });
    await page.evaluate(() => {
      window.__panelAt = null;
      new MutationObserver((_, obs) => {
        if (document.querySelector('.place-panel')) {
          window.__panelAt = performance.now();
          obs.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
      window.__clickAt = performance.now();
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => window.__panelAt !== null, null, { timeout: 60_000 });
    result.clickToPanelMs = round(await page.evaluate(() => window.__panelAt - window.__clickAt), 0);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    result.heapMB = round(usedSize / 1024 / 1024, 1);
  }
  await context.close();
  return result;
}

/**
 * One import of the ACLED-format file through the app's Add data input: from the input's change to the
 * import report (the events are then in the app's data and lists), and on to the map's next idle (drawn);
 * with the longest main-thread task in that time. The floor: the same file parsed by papaparse alone in a
 * worker, from the same change event.
 */
async function measureImport(browser, appUrl, papaUrl, file) {
  const app = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await app.newPage();
  await page.goto(appUrl);
  await waitIdle(page);
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e))).observe({
      type: 'longtask',
    });
    document.getElementById('add-data-input').addEventListener(
      'change',
      () => {
        window.__importStart = performance.now();
        new MutationObserver((_, obs) => {
          if (!document.querySelector('[data-import-step="done"]')) return;
          obs.disconnect();
          window.__importDone = performance.now();
          window.steppeMap.once('idle', () => (window.__importIdle = performance.now()));
        }).observe(document.body, { subtree: true, childList: true, attributes: true });
      },
      { capture: true },
    );
  });
  await page.setInputFiles('#add-data-input', file);
  await page.waitForFunction(() => window.__importIdle !== undefined, null, { timeout: 300_000 });
  await page.waitForTimeout(300); // a long task's entry arrives after it ends
  const appTimes = await page.evaluate(() => ({
    ms: window.__importDone - window.__importStart,
    toIdleMs: window.__importIdle - window.__importStart,
    longest: Math.max(
      0,
      ...window.__longTasks
        .filter((e) => e.startTime + e.duration >= window.__importStart && e.startTime <= window.__importIdle)
        .map((e) => e.duration),
    ),
    imported: document.querySelector('.import-summary')?.textContent ?? '',
  }));
  await app.close();
  const floorRun = async (input, result) => {
    const floor = await browser.newContext();
    const floorPage = await floor.newPage();
    await floorPage.goto(papaUrl);
    await floorPage.setInputFiles(input, file);
    await floorPage.waitForFunction((name) => window[name] !== undefined, result, { timeout: 300_000 });
    const { ms } = await floorPage.evaluate((name) => window[name], result);
    await floor.close();
    return ms;
  };
  return {
    app: appTimes,
    papaMs: await floorRun('#file', '__papa'),
    papaBareMs: await floorRun('#file-bare', '__papaBare'),
  };
}

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
    const results = {
      date: new Date().toISOString(),
      runs: RUNS,
      shippedKB: { ...shipped, ratio: round(shipped.app / shipped.floor) },
      firstIdleMs: { app: round(median(idle.app), 0), floor: round(median(idle.floor), 0) },
      // The median of each pair's ratio: a pair shares the machine's state of the moment.
      firstIdleRatio: round(median(idle.app.map((ms, i) => ms / idle.floor[i]))),
      firstIdleSamplesMs: {
        app: idle.app.map((ms) => round(ms, 0)),
        floor: idle.floor.map((ms) => round(ms, 0)),
      },
      mapSize: { width, height },
      yearChangeRatio: Object.fromEntries(datasets.map((d) => [d.events, d.yearChangeRatio])),
      datasets,
      clickToPanelMs: largest.clickToPanelMs,
      heapMB: largest.heapMB,
      largeEvents: n,
      firstIdleMsLarge: {
        app: round(median(large.app.map((x) => x.ms)), 0),
        floor: round(median(large.floor.map((x) => x.ms)), 0),
      },
      [`firstIdleRatio${n / 1000}k`]: round(median(large.app.map((x, i) => x.ms / large.floor[i].ms))),
      [`heapMB${n / 1000}k`]: round(median(large.app.map((x) => x.heapMB)), 1),
      heapMBLargeFloor: round(median(large.floor.map((x) => x.heapMB)), 1),
      loadLongestTaskMsLarge: round(Math.max(...large.app.map((x) => x.longest)), 0),
      // MapLibre alone loading the same file: its own painter and shader tasks are in both.
      loadLongestTaskMsLargeFloor: round(Math.max(...large.floor.map((x) => x.longest)), 0),
      ...(archive.dataset && {
        archiveEvents: ARCHIVE_EVENTS,
        firstIdleMsArchive: round(median(archive.loads.map((x) => x.ms)), 0),
        // Against the page with the articles' 29 events, measured above: what a million costs over nothing.
        firstIdleArchiveToArticles: round(median(archive.loads.map((x) => x.ms)) / median(idle.app)),
        heapMBArchive: round(median(archive.loads.map((x) => x.heapMB)), 1),
        heapMBArchiveAfterGC: archive.dataset.heapMB,
        loadLongestTaskMsArchive: round(Math.max(...archive.loads.map((x) => x.longest)), 0),
        yearChangeRatioArchive: archive.dataset.yearChangeRatio,
        yearChangeMsArchive: archive.dataset.yearChangeMs,
        clickToPanelMsArchive: archive.dataset.clickToPanelMs,
      }),
      importRows: IMPORT_ROWS,
      importMs: round(median(imports.map((x) => x.app.ms)), 0),
      importToIdleMs: round(median(imports.map((x) => x.app.toIdleMs)), 0),
      importPapaparseMs: round(median(imports.map((x) => x.papaMs)), 0),
      importPapaparseBareMs: round(median(imports.map((x) => x.papaBareMs)), 0),
      // Each import against the floor parses measured right after it: papaparse's own worker mode (its rows
      // handed to the page, as the import hands its events), and a bare parse that hands back nothing.
      importRatio: round(median(imports.map((x) => x.app.ms / x.papaMs))),
      importBareRatio: round(median(imports.map((x) => x.app.ms / x.papaBareMs))),
      importToIdleRatio: round(median(imports.map((x) => x.app.toIdleMs / x.papaMs))),
      importLongestTaskMs: round(Math.max(...imports.map((x) => x.app.longest)), 0),
      importSummary: imports[0].app.imported,
    };
    writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nSteppe Sources benchmark (ratios to the floor or to a plain repaint, same run)');
    console.table({
      shippedKB: { app: shipped.app, floor: shipped.floor, ratio: results.shippedKB.ratio, target: '≤ 1.15' },
      firstIdle: {
        app: results.firstIdleMs.app,
        floor: results.firstIdleMs.floor,
        ratio: results.firstIdleRatio,
        target: '≤ 1.2',
      },
    });
    console.table({
      [`first view, ${n} events`]: {
        'app ms': results.firstIdleMsLarge.app,
        'floor ms': results.firstIdleMsLarge.floor,
        ratio: results[`firstIdleRatio${n / 1000}k`],
        target: '≤ 1.5',
        'heap MB': results[`heapMB${n / 1000}k`],
        'floor heap MB': results.heapMBLargeFloor,
        'longest task ms': results.loadLongestTaskMsLarge,
        'floor longest task ms': results.loadLongestTaskMsLargeFloor,
      },
    });
    if (archive.dataset)
      console.table({
        [`archive, ${ARCHIVE_EVENTS} events`]: {
          'first idle ms': results.firstIdleMsArchive,
          'to articles only': results.firstIdleArchiveToArticles,
          'heap MB': results.heapMBArchive,
          'longest task ms': results.loadLongestTaskMsArchive,
          'year change ratio': results.yearChangeRatioArchive,
          'click→panel ms': results.clickToPanelMsArchive,
        },
      });
    console.table(
      datasets.map((d) => ({
        events: d.events,
        'year change ms': d.yearChangeMs,
        'repaint ms': d.repaintMs,
        ratio: d.yearChangeRatio,
        'longest task ms': d.longestTaskMs,
        ...(d.clickToPanelMs !== undefined
          ? { 'click→panel ms': d.clickToPanelMs, 'heap MB': d.heapMB }
          : {}),
      })),
    );
    console.table({
      import: {
        rows: IMPORT_ROWS,
        'app ms': results.importMs,
        'to map idle ms': results.importToIdleMs,
        'papaparse (worker: true) ms': results.importPapaparseMs,
        ratio: results.importRatio,
        target: '≤ 1.5',
        'bare parse ms': results.importPapaparseBareMs,
        'ratio to bare': results.importBareRatio,
        'longest task ms': results.importLongestTaskMs,
      },
    });
    console.log(`wrote ${OUT}`);
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
}

await main();
