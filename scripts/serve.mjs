#!/usr/bin/env node
// The production server for `npm start`: serves dist/ from loopback with a strict Content-Security-Policy
// (no unsafe-eval, no inline scripts), nosniff and a Referrer-Policy. Also used by the browser tests and the
// benchmark, so what they test is what a reader gets.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Who may show the app in a frame (an embed on a newsroom's page): the CSP `frame-ancestors` list. `'self'`
 * by default; `FRAME_ANCESTORS="'self' https://news.example"` for `npm start`, one line in the nginx file.
 */
export const DEFAULT_FRAME_ANCESTORS = "'self'";

/** The Content-Security-Policy, with the sites that may frame the app. */
export const cspWith = (frameAncestors = DEFAULT_FRAME_ANCESTORS) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "font-src 'self'",
    "img-src 'self' data: blob:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');

export const CSP = cspWith();

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.pmtiles': 'application/vnd.pmtiles',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * The decoded path of a request target, or null when it has none: `//x` would parse as a host, and a bad
 * percent escape (`%E0`) makes decodeURIComponent throw.
 */
export function requestPath(target = '/') {
  try {
    return decodeURIComponent(new URL(target.replace(/^\/+/, '/'), 'http://localhost').pathname);
  } catch {
    return null;
  }
}

/** A request's single byte range within a file of `size` bytes, null for the whole file, or 'unsatisfiable'. */
export function byteRange(header, size) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const [start, end] =
    match[1] === ''
      ? [Math.max(0, size - Number(match[2])), size - 1]
      : [Number(match[1]), match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)];
  return start > end || start >= size ? 'unsatisfiable' : { start, end };
}

/**
 * Starts a static server; resolves with its URL and a close function. Port 0 picks a free port.
 * `frameAncestors`: who may frame the app. `byteRanges: false` answers every request whole, as some hosts do
 * (the tests use it to check what the app says then).
 */
export function startServer({
  root = 'dist',
  port = 4173,
  host = '127.0.0.1',
  cspReportTo = null,
  frameAncestors = DEFAULT_FRAME_ANCESTORS,
  byteRanges = true,
} = {}) {
  const base = resolve(root);
  const csp = cspWith(frameAncestors);
  const server = createServer((req, res) => {
    // A request the server cannot make sense of (`//`, `%E0`, a file that vanishes mid-read) is answered with
    // a status, never allowed to throw: one odd request must not take the app down for every reader.
    try {
      respond(req, res);
    } catch {
      if (!res.headersSent) res.writeHead(400, { 'Content-Type': 'text/plain' });
      res.end('Bad request');
    }
  });
  const respond = (req, res) => {
    const pathname = requestPath(req.url);
    if (cspReportTo && req.method === 'POST' && pathname === '/__csp-report') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        cspReportTo(body);
        res.writeHead(204).end();
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return void res
        .writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' })
        .end('Method not allowed');
    }
    if (pathname === null)
      return void res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
    let path = normalize(join(base, pathname));
    // `base + sep`, not `base`: `/srv/dist-old/…` starts with `/srv/dist` too.
    if (path !== base && !path.startsWith(base + sep)) return void res.writeHead(403).end('Forbidden');
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    const headers = {
      ...SECURITY_HEADERS,
      'Content-Security-Policy': cspReportTo ? `${csp}; report-uri /__csp-report` : csp,
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    };
    // One byte range (`Range: bytes=a-b`, `a-`, `-n`), as a tile archive reader asks; anything else whole.
    const size = statSync(path).size;
    const range = byteRanges ? byteRange(req.headers.range, size) : null;
    if (range === 'unsatisfiable')
      return void res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` }).end();
    if (byteRanges) headers['Accept-Ranges'] = 'bytes';
    if (range) headers['Content-Range'] = `bytes ${range.start}-${range.end}/${size}`;
    const stream = createReadStream(path, range ?? {});
    stream.on('error', () => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end();
    });
    stream.once('open', () => {
      res.writeHead(range ? 206 : 200, headers);
      stream.pipe(res);
    });
  };
  return new Promise((resolvePromise, reject) => {
    // A port in use (another copy running) rejects, for the caller to say so, instead of throwing.
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({
        url: `http://${host}:${typeof address === 'object' && address ? address.port : port}/`,
        // Open connections too: a stopped server is gone for the browser at once, as when a host goes down.
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".`);
    process.exit(1);
  }
  // The project's own dist/, wherever the command is run from.
  const root = fileURLToPath(new URL('../dist', import.meta.url));
  if (!existsSync(join(root, 'index.html'))) {
    console.error(
      'There is no built app in dist/ to serve: run `npm start` (it builds first) or `npm run build`.',
    );
    process.exit(1);
  }
  try {
    const frameAncestors = process.env.FRAME_ANCESTORS || DEFAULT_FRAME_ANCESTORS;
    const { url } = await startServer({ root, port, frameAncestors });
    console.log(`Steppe Sources is being served at ${url} (Ctrl+C to stop)`);
  } catch (error) {
    const inUse = error?.code === 'EADDRINUSE';
    console.error(
      inUse
        ? `Port ${port} is in use (is Steppe Sources already running?). Stop that, or pick another port: PORT=${port + 1} npm start`
        : `Could not serve on port ${port}: ${error?.message ?? error}`,
    );
    process.exit(1);
  }
}
