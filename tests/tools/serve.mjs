#!/usr/bin/env node
/**
 * The one static file server of the tests, the benchmark and screenshots (Astro's preview allows only one server per
 * project; tests need several: the site, a second origin for embed hosts, servers that offline tests really stop).
 * Loopback only. Directory URLs get their `index.html` (`/x` → 301 `/x/`), unknown paths 404 (with `404.html`), paths resolve inside
 * `root` only, every answer is `Cache-Control: no-cache`.
 *
 * From code: `const s = await serve({ root, port, routes })` → `{ origin, root, hits(), stop() }`; `routes` maps a URL
 * path to `{ type, body }` served before files (host pages). `stop()` closes the listener and destroys open sockets,
 * so browsers and service workers get "connection refused" afterwards.
 * CLI: node tests/tools/serve.mjs [--port 4321] [--dir dist]
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};

/**
 * @param {{ root?: string, port: number, routes?: Record<string, { type: string, body: string | Buffer }> }} opts
 * @returns {Promise<{ origin: string, root: string, hits: () => number, stop: () => Promise<void> }>}
 */
export async function serve({ root, port, routes = {} }) {
  const base = root ? resolve(root) : '';
  const sockets = new Set();
  let hits = 0;
  const server = createServer((req, res) => {
    hits += 1;
    const url = new URL(req.url ?? '/', 'http://x');
    const route = routes[url.pathname];
    if (route) {
      res.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-cache' }).end(route.body);
      return;
    }
    let file = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!base || !file.startsWith(base)) {
      res.writeHead(base ? 403 : 404).end();
      return;
    }
    try {
      let st = statSync(file);
      if (st.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: url.pathname + '/' + url.search }).end();
          return;
        }
        file = join(file, 'index.html');
        st = statSync(file);
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': st.size,
        'cache-control': 'no-cache',
      });
      createReadStream(file).pipe(res);
    } catch {
      // As static hosts do: the site's own 404 page when it has one.
      const page = base && join(base, '404.html');
      if (page && existsSync(page)) res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(readFileSync(page));
      else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((ok, ko) => {
    server.once('error', ko);
    server.listen(port, '127.0.0.1', () => ok(undefined));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    root: base,
    hits: () => hits,
    stop: () =>
      new Promise((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok(undefined));
      }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, def) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : def;
  };
  const s = await serve({ root: arg('dir', 'dist'), port: Number(arg('port', '4321')) });
  console.log(`serving ${s.root} at ${s.origin}/`);
}
