// A tiny static HTTP server for tests (the second origin of the embed tests) and local checks.
// Usage from code: `const s = await serveStatic({ root, port, routes })`; `await s.close()`.
// CLI: node tests/tools/static-server.mjs <dir> <port>
// `routes` maps a URL path to { type, body } served before files. Files: `/x/` → `x/index.html`; no directory listing;
// paths are resolved inside `root` only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, extname, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};

/** @param {{ root?: string, port: number, routes?: Record<string, { type: string, body: string | Buffer }> }} opts */
export function serveStatic({ root, port, routes = {} }) {
  const base = root ? resolve(root) : null;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes[path];
    if (route) {
      res.writeHead(200, { 'Content-Type': route.type, 'Cache-Control': 'no-store' });
      return res.end(route.body);
    }
    if (!base) {
      res.writeHead(404);
      return res.end('not found');
    }
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403);
      return res.end();
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok({ close: () => new Promise((r) => server.close(() => r())) })));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4400'] = process.argv.slice(2);
  await serveStatic({ root: dir, port: Number(port) });
  console.log(`serving ${dir} at http://127.0.0.1:${port}/`);
}
