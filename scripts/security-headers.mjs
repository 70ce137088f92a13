/**
 * An Astro integration that completes `dist/_headers` (copied from public/_headers) after the build: for every page,
 * an exact-path block with its Content-Security-Policy — the policy of the page's `<meta http-equiv>` (Astro's hashes
 * of that page's scripts and styles) plus `frame-ancestors`, which a meta cannot carry: `*` for embed pages
 * (`/<locale>/embed/…`, made to be framed anywhere), `'self'` for every other page (with `X-Frame-Options:
 * SAMEORIGIN` for old browsers). Blocks never overlap, so hosts that merge matching blocks never join two policies.
 * @throws Error (build) when a page has no CSP meta
 */
import { appendFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Whether a URL path is an embed page (framable by any site). */
export const isEmbedPath = (path) => /^\/[a-z]{2}\/embed\//.test(path);

/** @returns {import('astro').AstroIntegration} */
export function securityHeaders() {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true })
          .filter((f) => String(f).split(/[\\/]/).at(-1) === 'index.html')
          .map((f) => join(root, String(f)));
        let out = '';
        for (const file of pages.sort()) {
          const path = `/${file.slice(root.length).replace(/\\/g, '/').replace(/^\//, '').replace(/index\.html$/, '')}`;
          const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(readFileSync(file, 'utf8'))?.[1];
          if (!meta) throw new Error(`security-headers: ${path} has no Content-Security-Policy meta`);
          const policy = `${meta.replace(/\s+/g, ' ').trim().replace(/;?$/, ';')} frame-ancestors ${isEmbedPath(path) ? '*' : "'self'"}`;
          out += `${path}\n  Content-Security-Policy: ${policy}\n${isEmbedPath(path) ? '' : '  X-Frame-Options: SAMEORIGIN\n'}`;
        }
        const target = join(root, '_headers');
        if (!existsSync(target)) throw new Error('security-headers: dist/_headers missing (public/_headers)');
        appendFileSync(target, out);
        logger.info(`${pages.length} page policies appended to _headers`);
      },
    },
  };
}
