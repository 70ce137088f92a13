/**
 * A static file server for the benchmark that answers like a production host: gzip for text (HTML, CSS, JS, SVG,
 * JSON, CSV), `Cache-Control: no-cache`, and the headers of `<root>/_headers` (Netlify/Cloudflare syntax: a path
 * pattern line, then indented `Name: value` lines; `*` matches any run of characters) so that the Content-Security-
 * Policy and friends are measured as deployed. Loopback only; paths resolve inside `root`; directories get their
 * `index.html` (`/x` → 301 `/x/`).
 *
 * `const s = await serveGzip({ root, port })` → `{ origin, stop() }`.
 * CLI: node bench/serve-gzip.mjs [--port 4502] [--dir dist]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|image\/svg|application\/(json|manifest))/;

/**
 * Parses a `_headers` file into rules, in file order.
 * @param {string} text the file's content
 * @returns {{ test: (path: string) => boolean, headers: [string, string][] }[]}
 */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const re = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      rules.push({ test: (p) => re.test(p), headers: [] });
    } else if (rules.length) {
      const i = line.indexOf(':');
      if (i > 0) rules.at(-1).headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** @param {{ root: string, port: number }} opts @returns {Promise<{ origin: string, stop: () => Promise<void> }>} */
export async function serveGzip({ root, port }) {
  const base = resolve(root);
  const rules = existsSync(join(base, '_headers')) ? parseHeaders(readFileSync(join(base, '_headers'), 'utf8')) : [];
  const cache = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) {
        if (!url.pathname.endsWith('/')) return void res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        file = join(file, 'index.html');
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-cache' };
      for (const r of rules) if (r.test(url.pathname)) for (const [k, v] of r.headers) headers[k.toLowerCase()] = v;
      let body = readFileSync(file);
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        if (!cache.has(file)) cache.set(file, gzipSync(body, { level: 9 }));
        body = cache.get(file);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'Accept-Encoding';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  await new Promise((ok, ko) => {
    server.once('error', ko);
    server.listen(port, '127.0.0.1', () => ok(undefined));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok(undefined)); }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, def) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : def;
  };
  const s = await serveGzip({ root: arg('dir', 'dist'), port: Number(arg('port', '4502')) });
  console.log(`serving (gzip) at ${s.origin}/`);
}
