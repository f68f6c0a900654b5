// The measurements, each in a fresh page of one Chromium (headless, SwiftShader): what the first view ships
// and costs, a year change against a plain repaint, a click to its panel, and an import against papaparse.
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, RUNS, SIZES, median, round } from './bench-options.mjs';
import { rangeChange } from './measure-range.mjs';
import { installPageTiming } from './page-timing.mjs';

/**
 * Every measure is of a first visit without the offline app's service worker: its one-time precache download
 * (docs/deploy.md) runs after the first view and would otherwise land inside the timings that follow.
 */
const NO_WORKER = { serviceWorkers: 'block' };

export async function launch() {
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

export async function waitIdle(page) {
  await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, null, {
    timeout: 180_000,
  });
}

/** Gzipped bytes of the JS, CSS and data the first view loads (fonts and the worker's own script counted as JS). */
export async function shippedKB(browser, url) {
  const context = await browser.newContext(NO_WORKER);
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
export async function firstIdle(browser, url) {
  const context = await browser.newContext(NO_WORKER);
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
export async function largeLoad(browser, url) {
  const context = await browser.newContext({ ...NO_WORKER, viewport: { width: 1280, height: 800 } });
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
 * settled page, as a reader's click does (page-timing.mjs).
 */
export async function yearChange(page, year) {
  await installPageTiming(page);
  return page.evaluate(async (y) => {
    const map = window.steppeMap;
    const { settled, timeToIdle } = window.benchTiming;
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

export async function measureDataset(browser, url, n, { clickAndHeap = n === Math.max(...SIZES) } = {}) {
  const context = await browser.newContext({ ...NO_WORKER, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await waitIdle(page);
  const years = ['2016', '2011', 'all', '2015', '2012', '2016', 'all', '2011'];
  const samples = [];
  for (let i = 0; i < Math.max(RUNS, 5) && i < years.length; i += 1)
    samples.push(await yearChange(page, years[i]));
  // A range that is no whole year, January to June 2016 (the view then reads by months), its end then moved
  // back a month at a time.
  await page.goto(new URL('?from=2016-01&to=2016-06', url).href);
  await waitIdle(page);
  const ranges = [];
  for (let i = 0; i < Math.max(RUNS, 5); i += 1) ranges.push(await rangeChange(page));
  const result = {
    events: n,
    rangeChangeRatio: round(median(ranges.map((s) => s.change / s.repaint))),
    rangeChangeMs: round(median(ranges.map((s) => s.change)), 1),
    histogramRecountMs: round(median(ranges.map((s) => s.recount)), 2),
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
export async function measureImport(browser, appUrl, papaUrl, file) {
  const app = await browser.newContext({ ...NO_WORKER, viewport: { width: 1280, height: 800 } });
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
    const floor = await browser.newContext(NO_WORKER);
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
