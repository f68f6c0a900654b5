/**
 * Served as in production: Debian's nginx runs deploy/nginx/steppe-sources.conf (its root moved to this
 * build and its port to a free one, nothing else changed) and the reader's story runs through it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bytesToHeader, FetchSource, PMTiles } from 'pmtiles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without types
import { cspWith } from '../../scripts/serve.mjs';
import { harnessFor, mapIdle, openPage, type Harness } from './support/harness.ts';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const SITE = readFileSync('deploy/nginx/steppe-sources.conf', 'utf8');
/** A newsroom allowed to frame the map: the one line a site changes for that (docs/deploy.md). */
const FRAMERS = "'self' https://news.example.kz";

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

let nginx: ChildProcess | undefined;
let harness: Harness | undefined;
let base = '';

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'steppe-nginx-'));
  const port = await freePort();
  const site = SITE.replace(/^(\s*)root .*;$/m, `$1root ${resolve('dist')};`)
    .replace(/^(\s*)listen .*;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)set \$frame_ancestors .*;$/m, `$1set $frame_ancestors "${FRAMERS}";`);
  writeFileSync(join(dir, 'site.conf'), site);
  // What Debian's /etc/nginx/nginx.conf provides around a site, in a folder of the test's own.
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      // Run as root, nginx's workers drop to `nobody`, who cannot read a checkout in a private folder (root's
      // home, a mktemp -d): they run as the invoking user instead.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'events {}',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
      `  include ${dir}/site.conf;`,
      '}',
    ].join('\n'),
  );
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
  base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(base).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  harness = await harnessFor(base);
});

afterAll(async () => {
  await harness?.close();
  nginx?.kill();
});

describe('the app behind nginx', () => {
  it('sends the same security headers as npm start, with the sites its one frame-ancestors line lists, and caches hashed assets for a year', async () => {
    const page = await fetch(base);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(cspWith(FRAMERS));
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const script = (await page.text()).match(/src="\.?\/?(assets\/[^"]+\.js)"/)![1]!;
    const asset = await fetch(new URL(script, base));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-security-policy')).toBe(cspWith(FRAMERS));
    expect((await fetch(base, { method: 'POST' })).status).toBe(405);
    // The offline app's worker is checked for a new deployment on every visit; its manifest has its type.
    const worker = await fetch(new URL('service-worker.js', base));
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    const manifest = await fetch(new URL('manifest.webmanifest', base));
    expect(manifest.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
  });

  it('answers a byte range with just those bytes, and a tile archive reader finds a tile that way', async () => {
    const url = new URL('data/events.pmtiles', base).href;
    const whole = readFileSync('dist/data/events.pmtiles');
    const part = await fetch(url, { headers: { Range: 'bytes=0-126' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-126/${whole.length}`);
    expect(part.headers.get('content-type')).toBe('application/vnd.pmtiles');
    expect(bytesToHeader(await part.arrayBuffer()).specVersion).toBe(3);
    // The pmtiles package reads the header, the directory and the tile, each by its own range request.
    const tile = await new PMTiles(new FetchSource(url)).getZxy(0, 0, 0);
    expect(tile!.data.byteLength).toBeGreaterThan(0);
    const { tileDataOffset } = bytesToHeader(whole.buffer.slice(whole.byteOffset, whole.byteOffset + 127));
    expect(
      Buffer.from(tile!.data).equals(whole.subarray(tileDataOffset, tileDataOffset + tile!.data.byteLength)),
    ).toBe(true);
  });

  it('runs the reader’s story with no policy violation and nothing off the machine', async () => {
    const w = await openPage(harness!, '?place=aktobe', { blockOffOrigin: true });
    await mapIdle(w.page);
    await w.page.waitForSelector('.place-panel[data-place="aktobe"]');
    expect(await w.page.innerText('#place-title')).toBe('Aktobe');
    expect(w.offOrigin).toEqual([]);
    expect(w.securityViolations).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    await w.context.close();
  });
});
