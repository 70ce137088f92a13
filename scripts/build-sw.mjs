#!/usr/bin/env node
/**
 * After `astro build`: writes the offline service worker `sw.js` with Workbox (`generateSW`) and the list of files
 * that "Préparer hors ligne" / "Prepare for offline use" stores: `<locale>/offline-extra.json` per edition, and
 * `offline-extra.json` for all.
 *
 * Usage: `node scripts/build-sw.mjs [dir]` (default `dist`).
 *
 * - Precache (every visitor, on the first visit): the root page, both editions' story, classroom view and sources
 *   page (so a reader can switch language offline), the charts' scene files (`<locale>/scenes/<id>.html`, every step
 *   for the live charts; `<locale>/scenes/<id>/<n>.svg`, the step images the story and the classroom handout print),
 *   the CSS and JS under `_astro/`, woff2 fonts and the favicon. Not the embed pages and downloads.
 *   HTML entries carry a content hash as revision, so a new deployment changes them; hashed `_astro/` files are their
 *   own revision. `skipWaiting` + `clientsClaim` + `cleanupOutdatedCaches`: the new worker takes over at once and
 *   deletes the old precache; the page-side registration reloads once when that happens.
 * - No navigation fallback and no catch-all: a URL is answered from the precache only with the file of that same URL
 *   (a directory URL with its index.html), so a script URL never receives HTML. Query strings are ignored when matching
 *   the precache (`/fr/?utm_source=a`, `/fr/classe/?x=1`: the page is the same file).
 * - A page URL without its trailing slash (`/fr`, `/fr/classe?x=1`), as people type or paste it: a navigation whose last
 *   path segment has no extension is redirected (301, query kept, the browser keeps the hash) to the slash form when
 *   that page is stored (precache or "Préparer hors ligne"), with no network, as the static server does online;
 *   otherwise it goes to the network untouched.
 * - Embed pages and downloads (`/<locale>/embed/…`): network first; when the network fails, the copy stored by
 *   "Préparer hors ligne" in the cache `cc-offline-extra` (never written by the worker itself: opt-in only).
 * - `offline-extra.json`: `{ files: [{ url, bytes }], bytes }`, every file under `<dir>/<locale>/embed/` plus any
 *   local file those pages reference that the precache lacks. Generated from the directory listing, so new embed
 *   pages and downloads are picked up without touching this script.
 * @throws exits 1 when the directory has no built site or Workbox fails
 */
import { generateSW } from 'workbox-build';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dir = process.argv[2] ?? 'dist';
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`build-sw: no built site in ${dir}/ (run astro build first)`);
  process.exit(1);
}

/** Every file under `root`, as paths relative to `dir` with forward slashes. */
function walk(root) {
  if (!existsSync(root)) return [];
  const out = [];
  for (const name of readdirSync(root)) {
    const p = join(root, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(relative(dir, p).split(sep).join('/'));
  }
  return out;
}

const toUrl = (file) => '/' + file.replace(/(^|\/)index\.html$/, '$1');
const locales = readdirSync(dir).filter((n) => /^[a-z]{2}$/.test(n) && statSync(join(dir, n)).isDirectory());

// Each edition's pages: its story and every page one level down (classroom view `/fr/classe/` or `/en/classroom/`,
// sources); the embed pages are ignored below.
const globPatterns = [
  'index.html',
  'edition.js', // the root page's choice of edition (src/pages/edition.js.ts)
  ...locales.flatMap((l) => [`${l}/index.html`, `${l}/*/index.html`, `${l}/scenes/*.html`, `${l}/scenes/*/*.svg`]),
  '_astro/**/*.{js,css,woff2}',
  'favicon.svg',
];

// The opt-in lists: embed pages and downloads, plus local assets they reference that the precache does not hold. One
// per edition, `<locale>/offline-extra.json` (the classroom view of that edition asks for its own), and one for all.
const precached = new Set([...walk(join(dir, '_astro')).filter((f) => /\.(js|css|woff2)$/.test(f)).map(toUrl), '/favicon.svg', '/edition.js']);
/** `{ files: [{ url, bytes }], bytes }` for the embed pages and downloads of `editions`. */
function extraList(editions) {
  const embedFiles = editions.flatMap((l) => walk(join(dir, l, 'embed')));
  const extra = new Map(embedFiles.map((f) => [toUrl(f), statSync(join(dir, f)).size]));
  for (const f of embedFiles.filter((x) => x.endsWith('.html'))) {
    const html = readFileSync(join(dir, f), 'utf8');
    for (const m of html.matchAll(/\s(?:src|href)="(\/[^"#?]*)"/g)) {
      const url = m[1];
      if (url.startsWith('//') || url.endsWith('/') || precached.has(url) || extra.has(url)) continue;
      const file = join(dir, decodeURIComponent(url));
      if (existsSync(file) && statSync(file).isFile()) extra.set(url, statSync(file).size);
    }
  }
  const files = [...extra].map(([url, bytes]) => ({ url, bytes })).sort((a, b) => a.url.localeCompare(b.url));
  return { files, bytes: files.reduce((n, f) => n + f.bytes, 0) };
}
for (const l of locales) writeFileSync(join(dir, l, 'offline-extra.json'), JSON.stringify(extraList([l])));
const { files } = extraList(locales);
writeFileSync(join(dir, 'offline-extra.json'), JSON.stringify({ files, bytes: files.reduce((n, f) => n + f.bytes, 0) }));

const { count, size, warnings } = await generateSW({
  globDirectory: dir,
  globPatterns,
  globIgnores: ['**/embed/**', 'sw.js', '**/offline-extra.json'],
  swDest: join(dir, 'sw.js'),
  mode: 'production',
  sourcemap: false,
  inlineWorkboxRuntime: true,
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  directoryIndex: 'index.html',
  // Every query parameter, not only utm_*: a page is one file whatever its query (`?x=1`, `?step=2`).
  ignoreURLParametersMatching: [/.*/],
  dontCacheBustURLsMatching: /^_astro\//,
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  runtimeCaching: [
    {
      // `/fr/classe` → `/fr/classe/` (the precache answers the slash form only). Registered before the embed route, so
      // that `/fr/embed/<id>` reaches its stored copy too. Not a fallback: unknown pages go to the network as they are.
      urlPattern: ({ url, request }) =>
        url.origin === self.location.origin &&
        request.mode === 'navigate' &&
        !url.pathname.endsWith('/') &&
        !/\.[^/]*$/.test(url.pathname),
      handler: async ({ url, request }) => {
        const slash = new URL(`${url.pathname}/${url.search}`, url.href);
        const opts = { ignoreSearch: true };
        const stored = (await caches.match(`${slash.pathname}index.html`, opts)) ?? (await caches.match(slash.pathname, opts));
        return stored ? Response.redirect(slash.href, 301) : fetch(request);
      },
    },
    {
      // Opt-in files: network first, then the copy "Préparer hors ligne" stored. The worker never fills this cache.
      urlPattern: ({ url, request }) =>
        url.origin === self.location.origin && request.method === 'GET' && /^\/[a-z]{2}\/embed\//.test(url.pathname),
      handler: async ({ request }) => {
        try {
          return await fetch(request);
        } catch (err) {
          const cache = await caches.open('cc-offline-extra');
          const hit = await cache.match(request, { ignoreSearch: true });
          if (hit) return hit;
          throw err;
        }
      },
    },
  ],
});
for (const w of warnings) console.warn(`build-sw: ${w}`);
const kb = (n) => (n / 1024).toFixed(0);
console.log(
  `build-sw: precache ${count} files (${kb(size)} KB); "Préparer hors ligne" adds ${files.length} files (${kb(files.reduce((n, f) => n + f.bytes, 0))} KB) → ${dir}/sw.js, ${dir}/offline-extra.json`,
);
