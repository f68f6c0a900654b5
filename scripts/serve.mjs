#!/usr/bin/env node
// The production server for `npm start`: serves dist/ from loopback with a strict Content-Security-Policy
// (no unsafe-eval, no inline scripts), nosniff and a Referrer-Policy. Also used by the browser tests and the
// benchmark, so what they test is what a reader gets.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CSP = [
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
  "frame-ancestors 'none'",
].join('; ');

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
  '.geojson': 'application/geo+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Starts a static server; resolves with its URL and a close function. Port 0 picks a free port. */
export function startServer({ root = 'dist', port = 4173, host = '127.0.0.1', cspReportTo = null } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (cspReportTo && req.method === 'POST' && url.pathname === '/__csp-report') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        cspReportTo(body);
        res.writeHead(204).end();
      });
      return;
    }
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) return void res.writeHead(403).end('Forbidden');
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    const headers = {
      ...SECURITY_HEADERS,
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    };
    if (cspReportTo) headers['Content-Security-Policy'] = `${CSP}; report-uri /__csp-report`;
    res.writeHead(200, headers);
    createReadStream(path).pipe(res);
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({
        url: `http://${host}:${typeof address === 'object' && address ? address.port : port}/`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 4173) });
  console.log(`Steppe Sources is being served at ${url} (Ctrl+C to stop)`);
}
