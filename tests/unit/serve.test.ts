import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { requestPath, startServer } from '../../scripts/serve.mjs';

/** Sends a raw request target (fetch would tidy `//` and `%E0` away before they reach the server). */
function send(url: string, target: string, method = 'GET'): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: target, method }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Runs `npm start`'s server script as a command, from a copy in a project folder with or without a build. */
function runScript(options: { built: boolean; port?: string }) {
  const project = mkdtempSync(join(tmpdir(), 'project-'));
  mkdirSync(join(project, 'scripts'));
  copyFileSync(join(process.cwd(), 'scripts', 'serve.mjs'), join(project, 'scripts', 'serve.mjs'));
  if (options.built) {
    mkdirSync(join(project, 'dist'));
    writeFileSync(join(project, 'dist', 'index.html'), '<!doctype html><title>app</title>');
  }
  const env = { ...process.env, PORT: options.port ?? '0' };
  const run = spawnSync(process.execPath, [join(project, 'scripts', 'serve.mjs')], {
    env,
    encoding: 'utf8',
    timeout: 10_000,
  });
  rmSync(project, { recursive: true, force: true });
  return run;
}

describe('the production server', () => {
  let root: string;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'serve-'));
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>app</title>');
    // A sibling whose name starts with the served folder's: a prefix check alone would let it through.
    mkdirSync(join(root, 'dist-private'));
    writeFileSync(join(root, 'dist-private', 'secret.txt'), 'secret');
    server = await startServer({ root: join(root, 'dist'), port: 0 });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers odd request targets with a status and keeps serving', async () => {
    expect((await send(server.url, '//')).status).toBe(200);
    expect((await send(server.url, '/%E0%A4%A')).status).toBe(400);
    expect((await send(server.url, '/a%00b')).status).toBe(404);
    expect((await send(server.url, '/nowhere.js')).status).toBe(404);
    expect((await send(server.url, '/', 'DELETE')).status).toBe(405);
    const after = await send(server.url, '/');
    expect(after.status).toBe(200);
    expect(after.body).toContain('<title>app</title>');
  });

  it('never serves a file outside its folder, not even from a sibling with the same prefix', async () => {
    for (const target of [
      '/..%2fdist-private/secret.txt',
      '/../dist-private/secret.txt',
      '/%2e%2e/dist-private/secret.txt',
    ]) {
      const { status, body } = await send(server.url, target);
      expect(body, target).not.toContain('secret');
      expect([403, 404], target).toContain(status);
    }
  });

  it('says the port is in use instead of crashing when another copy already serves on it', async () => {
    const { port } = new URL(server.url);
    await expect(startServer({ root: join(root, 'dist'), port: Number(port) })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
    const run = runScript({ built: true, port });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Port ${port} is in use`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect((await send(server.url, '/')).status).toBe(200);
  });

  it('refuses a PORT that is not a port, saying which', () => {
    const run = runScript({ built: true, port: 'abc' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('PORT must be a whole number from 0 to 65535, not "abc"');
  });

  it('says there is nothing to serve when the app has not been built', () => {
    const run = runScript({ built: false });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('There is no built app in dist/ to serve');
  });

  it('answers one byte range with just those bytes, as a tile archive reader asks', async () => {
    const page = '<!doctype html><title>app</title>';
    const part = await fetch(server.url, { headers: { Range: 'bytes=2-8' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 2-8/${page.length}`);
    expect(await part.text()).toBe(page.slice(2, 9));
    expect(await (await fetch(server.url, { headers: { Range: 'bytes=-5' } })).text()).toBe(page.slice(-5));
    expect((await fetch(server.url, { headers: { Range: 'bytes=999-' } })).status).toBe(416);
    expect((await fetch(server.url, { headers: { Range: 'pages=1' } })).status).toBe(200);
  });

  it('reads the path of a request target, or none from one that cannot be decoded', () => {
    expect(requestPath('/data/places.geojson?x=1')).toBe('/data/places.geojson');
    expect(requestPath('//evil.example/x')).toBe('/evil.example/x');
    expect(requestPath('/%E0')).toBeNull();
  });
});

describe('the nginx configuration in the docs', () => {
  it('is linked from docs/deploy.md, never copied there, so the one tested is the one given', async () => {
    const { readFileSync } = await import('node:fs');
    const deploy = readFileSync('docs/deploy.md', 'utf8');
    expect(deploy).toContain('(../deploy/nginx/steppe-sources.conf)');
    expect(deploy).not.toContain('```nginx');
    expect(readFileSync('README.md', 'utf8')).not.toContain('```nginx');
  });
});
