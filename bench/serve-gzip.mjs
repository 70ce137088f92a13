/**
 * A static file server for the benchmark that answers like a production host: gzip for text (HTML, CSS, JS, SVG,
 * JSON, CSV), `Cache-Control: no-cache`, and the headers of `<root>/_headers` (Netlify/Cloudflare syntax: a path
 * pattern line, then indented `Name: value` lines; `*` matches any run of characters) so that the Content-Security-
 * Policy and friends are measured as deployed. Loopback only; paths resolve inside `root`; directories get their
 * `index.html` (`/x` → 301 `/x/`).
 *
 * With `tls: { key, cert }` it answers over HTTP/2 (TLS, HTTP/1.1 still accepted), as CDNs do: one connection
 * carries every request, where HTTP/1.1 opens up to six, each with its own handshakes. `selfSignedTls()` makes a
 * throwaway certificate for 127.0.0.1 with the system's `openssl` (null when it is missing); the browser must be
 * started with `--ignore-certificate-errors`.
 *
 * `const s = await serveGzip({ root, port, tls? })` → `{ origin, stop() }`.
 * CLI: node bench/serve-gzip.mjs [--port 4502] [--dir dist] [--h2]
 */
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/**
 * A throwaway self-signed certificate for 127.0.0.1 (P-256, one day), made by the system's `openssl`.
 * @returns {{ key: Buffer, cert: Buffer } | null} null when `openssl` is not installed
 */
export function selfSignedTls() {
  const dir = mkdtempSync(join(tmpdir(), 'cc-bench-tls-'));
  try {
    const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem')], { stdio: 'ignore' });
    if (r.status !== 0) return null;
    return { key: readFileSync(join(dir, 'k.pem')), cert: readFileSync(join(dir, 'c.pem')) };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * @param {{ root: string, port: number, tls?: { key: Buffer, cert: Buffer } | null }} opts
 * @returns {Promise<{ origin: string, stop: () => Promise<void> }>}
 */
export async function serveGzip({ root, port, tls = null }) {
  const base = resolve(root);
  const rules = existsSync(join(base, '_headers')) ? parseHeaders(readFileSync(join(base, '_headers'), 'utf8')) : [];
  const cache = new Map();
  const handler = (req, res) => {
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
      if (existsSync(join(base, '404.html'))) res.writeHead(404, { 'content-type': TYPES['.html'] }).end(readFileSync(join(base, '404.html')));
      else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handler) : createServer(handler);
  const sockets = new Set();
  server.on(tls ? 'secureConnection' : 'connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((ok, ko) => {
    server.once('error', ko);
    server.listen(port, '127.0.0.1', () => ok(undefined));
  });
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    stop: () => new Promise((ok) => { for (const s of sockets) s.destroy(); server.close(() => ok(undefined)); }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, def) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : def;
  };
  const s = await serveGzip({ root: arg('dir', 'dist'), port: Number(arg('port', '4502')), tls: process.argv.includes('--h2') ? selfSignedTls() : null });
  console.log(`serving (gzip) at ${s.origin}/`);
}
