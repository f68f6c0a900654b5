/**
 * Shared set-up for the browser tests: the built app (dist/) served by the production server on loopback,
 * Debian's Chromium driven by playwright-core with SwiftShader WebGL (playwright gives each launch a fresh
 * profile directory), and watchers for requests that leave
 * the origin, page errors and CSP violations.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
// @ts-expect-error -- plain ESM script without types
import { startServer } from '../../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(process.cwd(), 'test-results');

export interface Harness {
  browser: Browser;
  baseUrl: string;
  cspReports: string[];
  close: () => Promise<void>;
}

/** Debian's Chromium, headless, with SwiftShader WebGL (or none). */
export async function launchChromium(options: { webgl?: boolean } = {}): Promise<Browser> {
  const args = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
    ...(options.webgl === false
      ? ['--disable-webgl', '--disable-3d-apis', '--disable-gpu']
      : ['--use-angle=swiftshader', '--enable-unsafe-swiftshader']),
  ];
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args });
}

/**
 * `root`: another built site to serve instead of dist/ (one published with a large event set).
 * `frameAncestors`, `byteRanges`: as scripts/serve.mjs takes them (who may frame the app; a host without ranges).
 */
export async function startHarness(
  options: { webgl?: boolean; root?: string; frameAncestors?: string; byteRanges?: boolean } = {},
): Promise<Harness> {
  const cspReports: string[] = [];
  const server = await startServer({
    root: options.root ?? 'dist',
    port: 0,
    frameAncestors: options.frameAncestors,
    byteRanges: options.byteRanges,
    cspReportTo: (body: string) => cspReports.push(body),
  });
  const browser = await launchChromium(options);
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    browser,
    baseUrl: server.url as string,
    cspReports,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** A browser for a server the test runs itself (to stop it, or to serve nginx): closing closes the browser. */
export async function harnessFor(baseUrl: string): Promise<Harness> {
  const browser = await launchChromium();
  return { browser, baseUrl, cspReports: [], close: () => browser.close() };
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  offOrigin: string[];
  pageErrors: string[];
  securityViolations: string[];
}

export async function openPage(
  harness: Harness,
  path = '',
  options: {
    viewport?: { width: number; height: number };
    hasTouch?: boolean;
    isMobile?: boolean;
    blockOffOrigin?: boolean;
    /** Runs before the page is opened: to hold back or fail some of its requests. */
    prepare?: (context: BrowserContext) => Promise<unknown>;
    /**
     * Blocked unless a test is about the offline app: a service worker would answer a second visit from its
     * cache, out of sight of the request watchers the other tests count and fail requests with.
     */
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<Watched> {
  const context = await harness.browser.newContext({
    serviceWorkers: options.serviceWorkers ?? 'block',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    hasTouch: options.hasTouch,
    isMobile: options.isMobile,
    reducedMotion: 'reduce',
  });
  const origin = new URL(harness.baseUrl).origin;
  const offOrigin: string[] = [];
  const pageErrors: string[] = [];
  const securityViolations: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const local = url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:');
    if (!local) {
      offOrigin.push(url);
      return route.abort();
    }
    return route.continue();
  });
  await options.prepare?.(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) securityViolations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolations: string[] }).__cspViolations ??= [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  await page.goto(new URL(path, harness.baseUrl).href);
  return { context, page, offOrigin, pageErrors, securityViolations };
}

/** Content-Security-Policy violations the page itself reported (collected by an init script). */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/**
 * Resolves when the map has drawn everything it was asked to (MapLibre's idle), never by sleeping. Also inside
 * a frame: the embed, framed by another page.
 */
export async function mapIdle(page: Page | Frame): Promise<void> {
  // The map starts before the data arrive: wait for both.
  await page.waitForFunction(
    () => Boolean(window.steppeMap) && document.querySelector('.app[data-status="ready"]'),
    null,
    {
      timeout: 60_000,
    },
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.steppeMap!;
        if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) {
          // One more frame makes sure a filter or data change just made has been applied.
          map.once('idle', () => resolve());
          map.triggerRepaint();
        } else map.once('idle', () => resolve());
      }),
  );
}

/** The map's camera as the app holds it: zoom, then centre longitude and latitude. */
export async function mapCamera(page: Page): Promise<[number, number, number]> {
  return page.evaluate(
    () =>
      [window.steppeMap!.getZoom(), ...window.steppeMap!.getCenter().toArray()] as [number, number, number],
  );
}

/** The visible map's south-west and north-east corners, each as [longitude, latitude]. */
export async function mapBounds(page: Page): Promise<[[number, number], [number, number]]> {
  return page.evaluate(() => window.steppeMap!.getBounds().toArray() as [[number, number], [number, number]]);
}

/**
 * The properties of the event features MapLibre draws visibly. The app shows a year by blanking the icons of
 * the other years (`attack-solid-2011`…), and any other range by blanking them all and drawing the range's own
 * layers, whose features show by feature state, so a rendered feature counts when the image MapLibre holds for its
 * key has a visible pixel: this reads MapLibre's own state, not the app's selection.
 */
export async function renderedEventFeatures(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(() => {
    const map = window.steppeMap!;
    const yearKey = (year: unknown) =>
      typeof year === 'number' && Number.isInteger(year) && year > 0 ? String(year) : 'undated';
    // A crowd mark's key: `all` for the marks of all years, `only<year>` for a year's (year-icons.ts).
    const markKey = (p: Record<string, unknown>) =>
      p.allYears
        ? 'all'
        : p.count !== undefined && yearKey(p.year) !== 'undated'
          ? `only${p.year}`
          : yearKey(p.year);
    const drawnKeys = new Set(
      map
        .listImages()
        .filter((id) => map.getImage(id)!.data.data.some((v, i) => i % 4 === 3 && v > 0))
        .map((id) => id.slice(id.lastIndexOf('-') + 1)),
    );
    const layers = map
      .getStyle()
      .layers.filter((l) => l.id.startsWith('events-'))
      .map((l) => l.id);
    // A range's marks and single events (`events-range`, `events-range-singles`) are drawn where their feature
    // state says `shown`; an archive's range layer (`events-archive-range`) by its filter, under the key `range`.
    const byState = new Set(['events-range', 'events-range-singles']);
    return map
      .queryRenderedFeatures({ layers })
      .filter((f) =>
        byState.has(f.layer.id)
          ? f.state?.shown === true
          : drawnKeys.has(f.layer.id.endsWith('-range') ? 'range' : markKey(f.properties)),
      )
      .map((f) => f.properties);
  });
}

/** Ids of the events MapLibre draws visibly (a crowd mark, zoomed out, lists the events it stands for). */
export async function renderedEventIds(page: Page): Promise<string[]> {
  const features = await renderedEventFeatures(page);
  const ids = features.flatMap((p) => (p.members ? String(p.members).split(',') : [String(p.id)]));
  return [...new Set(ids)].sort();
}

/** Where a place sits on screen, in page coordinates, as the map projects it now. */
export async function placeOnScreen(page: Page, placeId: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const map = window.steppeMap!;
    const feature = map.querySourceFeatures('places').find((f) => f.properties.id === id);
    if (!feature) throw new Error(`place ${id} is not on the map`);
    const [lon, lat] = (feature.geometry as unknown as { coordinates: [number, number] }).coordinates;
    const p = map.project([lon, lat]);
    const rect = map.getCanvas().getBoundingClientRect();
    if (p.x < 0 || p.y < 0 || p.x > rect.width || p.y > rect.height)
      throw new Error(`place ${id} is off the visible map`);
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, placeId);
}

/**
 * Drags fingers across the page as a touch screen would: each step lists where every finger is. Playwright
 * only taps, so this speaks to Chromium's input domain directly.
 */
export async function touchGesture(page: Page, steps: Array<Array<{ x: number; y: number }>>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: Array<{ x: number; y: number }>) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
    });
  await touch('touchStart', steps[0]!);
  for (const points of steps.slice(1)) {
    await touch('touchMove', points);
    await page.waitForTimeout(16);
  }
  await touch('touchEnd', []);
  await cdp.detach();
}

/** How many pixels of the map canvas, as the screen shows it, are within a small distance of a colour. */
export async function mapPixelsOfColour(page: Page, hex: string): Promise<number> {
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const png = await page.screenshot({ clip: box });
  return page.evaluate(
    async ({ data, hex }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(image, 0, 0);
      const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4)
        if (Math.abs(pixels[i]! - r!) + Math.abs(pixels[i + 1]! - g!) + Math.abs(pixels[i + 2]! - b!) < 24)
          count += 1;
      return count;
    },
    { data: png.toString('base64'), hex },
  );
}
