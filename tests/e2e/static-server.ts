import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync, cpSync, mkdtempSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import type { Socket } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running static server: its origin, how many requests it answered, and `stop()`, which really closes it. */
export interface StaticServer {
  origin: string;
  root: string;
  hits: () => number;
  stop: () => Promise<void>;
}

/** A private copy of the built site (so a test may change files without touching `dist/` that other tests serve). */
export function copyDist(from = 'dist'): string {
  const to = mkdtempSync(join(tmpdir(), 'cc-dist-'));
  cpSync(from, to, { recursive: true });
  return to;
}

/**
 * Serves `root` on 127.0.0.1:`port` like a static host: directory URLs get their index.html, unknown paths 404 as
 * text/plain, `Cache-Control: no-cache` on everything. `stop()` closes the listener and destroys open sockets, so the
 * browser (and its service worker) get "connection refused" afterwards.
 */
export async function serveStatic(root: string, port: number): Promise<StaticServer> {
  const sockets = new Set<Socket>();
  let hits = 0;
  const server: Server = createServer((req, res) => {
    hits += 1;
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok, ko) => {
    server.once('error', ko);
    server.listen(port, '127.0.0.1', () => ok());
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    root,
    hits: () => hits,
    stop: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}
