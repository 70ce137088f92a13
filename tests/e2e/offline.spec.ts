import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../tools/serve.mjs';
import { CLASSROOM, EDITIONS } from './helpers';

type StaticServer = Awaited<ReturnType<typeof serve>>;

/** A private copy of the built site, so that a test may change files without touching the `dist/` others serve. */
function copyDist(from = 'dist'): string {
  const to = mkdtempSync(join(tmpdir(), 'cc-dist-'));
  cpSync(from, to, { recursive: true });
  return to;
}

/**
 * Offline: each test serves its own copy of `dist/` (built with `npm run build`, which writes the Workbox worker) on a
 * 44xx port, warms the service worker up, then STOPS THAT SERVER: what loads afterwards comes from the worker.
 */
test.describe.configure({ mode: 'parallel' });

let servers: StaticServer[] = [];
test.afterEach(async () => {
  for (const s of servers) {
    await s.stop().catch(() => {});
    rmSync(s.root, { recursive: true, force: true });
  }
  servers = [];
});

async function start(port: number): Promise<StaticServer> {
  port += Number(process.env.E2E_PORT ?? 4321) - 4321;
  const sw = readFileSync('dist/sw.js', 'utf8');
  expect(sw, 'dist/sw.js must be the Workbox worker: build with `npm run build`').toContain('revision:');
  const s = await serve({ root: copyDist(), port });
  servers.push(s);
  return s;
}

/** Waits until the page is controlled by an activated worker (precache complete). */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
}

async function serverIsDown(s: StaticServer) {
  await expect(fetch(`${s.origin}/fr/`)).rejects.toThrow();
}

for (const locale of EDITIONS) test(`after one visit online, the story and the classroom view load and their charts render with the web server stopped (/${locale}/)`, async ({ page }) => {
  const s = await start(locale === 'fr' ? 4411 : 4416);
  await page.goto(`${s.origin}${CLASSROOM[locale]}`);
  await controlled(page);
  await page.goto(`${s.origin}/${locale}/`);
  await s.stop();
  await serverIsDown(s);
  const before = s.hits();

  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${s.origin}/${locale}/`);
  await expect(page.locator('h1')).toContainText(locale === 'fr' ? 'crédits carbone' : 'carbon credits');
  const charts = page.locator('cc-scrolly cc-chart');
  expect(await charts.count()).toBeGreaterThanOrEqual(5);
  const first = await charts.first().getAttribute('data-chart');
  await page.evaluate((id) => document.getElementById(`${id}-2`)!.scrollIntoView({ block: 'center' }), first);
  await expect(charts.first()).toHaveAttribute('data-step', '2');
  expect(await page.locator('cc-chart svg.chart__svg [data-key]').count()).toBeGreaterThan(20);
  expect(await page.evaluate(async () => (await document.fonts.ready, document.fonts.check('16px "Source Sans 3"')))).toBe(true);

  await page.goto(`${s.origin}${CLASSROOM[locale]}#microsoft-emissions-2`);
  const chart = page.locator('.deck-frame.is-active cc-chart');
  await expect(chart).toHaveAttribute('data-chart', 'microsoft-emissions');
  await expect(chart).toHaveAttribute('data-step', '2');
  await page.keyboard.press('ArrowRight');
  await expect(chart).toHaveAttribute('data-step', '3');
  expect(await chart.locator('svg.chart__svg [data-key]').count()).toBeGreaterThan(5);
  await page.goto(`${s.origin}/${locale}/sources/`);
  await expect(page.locator('h1')).toBeVisible();
  expect(s.hits()).toBe(before);
  expect(errors).toEqual([]);
});

for (const locale of EDITIONS) test(`"Préparer hors ligne" / "Prepare for offline use" stores every embed page and download of the edition (and only then), so an embed loads with the server stopped (/${locale}/)`, async ({ page }) => {
  const s = await start(locale === 'fr' ? 4412 : 4417);
  const extra = JSON.parse(readFileSync(join(s.root, locale, 'offline-extra.json'), 'utf8')) as { files: { url: string; bytes: number }[]; bytes: number };
  const embeds = extra.files.filter((f) => new RegExp(`^/${locale}/embed/[^/]+/$`).test(f.url));
  expect(extra.files.filter((f) => /^\/[a-z]{2}\/embed\//.test(f.url) && !f.url.startsWith(`/${locale}/`)), 'only the edition read').toEqual([]);
  expect(embeds.length, 'embed pages listed in offline-extra.json').toBeGreaterThan(0);
  await page.goto(`${s.origin}${CLASSROOM[locale]}`);
  await controlled(page);
  // Opt-in: nothing of the embeds is cached by a visit alone.
  const cachedBefore = await page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) if (r.url.includes('/embed/')) out.push(r.url);
    return out;
  });
  expect(cachedBefore).toEqual([]);

  await page.locator('button[data-action="offline"]').click();
  const status = page.locator('[data-offline-status]');
  const stored = locale === 'fr' ? 'fichiers enregistrés' : 'files stored';
  await expect(status).toContainText(stored, { timeout: 60_000 });
  const text = (await status.textContent()) ?? '';
  const n = Number(new RegExp(`(\\d+) ${stored}`).exec(text)?.[1]);
  expect(n).toBe(extra.files.length);
  const bytes = Number(await page.locator('cc-classroom').getAttribute('data-offline-bytes'));
  expect(bytes).toBe(extra.bytes);
  console.log(`${locale} offline: ${n} files, ${Math.round(bytes / 1024)} KB — status: ${text}`);
  // Back on the classroom view later, the status says the device is already prepared, and how many files it holds.
  await page.reload();
  await expect(status).toHaveText(locale === 'fr' ? `Déjà préparé pour une utilisation hors ligne sur cet appareil (${n} fichiers).` : `Already prepared for offline use on this device (${n} files).`);

  await s.stop();
  await serverIsDown(s);
  const embed = embeds[0]!.url;
  await page.goto(`${s.origin}${embed}`);
  const chart = page.locator('cc-chart');
  await expect(chart.first()).toBeVisible();
  expect(await chart.first().locator('svg.chart__svg [data-key]').count()).toBeGreaterThan(3);
  const csv = extra.files.find((f) => f.url.endsWith('.csv'));
  if (csv) {
    const size = await page.evaluate(async (u) => (await (await fetch(u)).arrayBuffer()).byteLength, csv.url);
    expect(size).toBe(csv.bytes);
  }
});

test('a new deployment replaces the old cache on the next reload', async ({ page }) => {
  const s = await start(4413);
  await page.goto(`${s.origin}/fr/classe/#microsoft-emissions-2`);
  await controlled(page);
  const oldTitle = await page.title();
  // Deploy v2: a changed page, its worker rebuilt (new precache revision).
  const file = join(s.root, 'fr/classe/index.html');
  writeFileSync(file, readFileSync(file, 'utf8').replace('<title>', '<title>v2 · '));
  execFileSync(process.execPath, ['scripts/build-sw.mjs', s.root], { stdio: 'pipe' });
  await page.reload();
  await expect.poll(() => page.title(), { timeout: 15_000 }).toBe(`v2 · ${oldTitle}`);
  // The deck is back on the same slide, and the precache holds only the new revision.
  await expect(page.locator('.deck-frame.is-active cc-chart')).toHaveAttribute('data-step', '2');
  const entries = await page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) if (r.url.includes('/fr/classe/')) out.push(r.url);
    return out;
  });
  expect(entries).toHaveLength(1);
  // Offline after the update: the new page is served.
  await s.stop();
  await page.goto(`${s.origin}/fr/classe/`);
  expect(await page.title()).toBe(`v2 · ${oldTitle}`);
});

test('the worker never answers a script URL with HTML and has no navigation fallback; embeds are not precached', async ({ page }) => {
  const sw = readFileSync('dist/sw.js', 'utf8');
  expect(sw).toContain('skipWaiting');
  expect(sw).toContain('clients.claim');
  // No navigation fallback (generateSW's navigateFallback would bind a route to one HTML URL).
  expect(sw).not.toMatch(/createHandlerBoundToURL\(\s*["'`]/);
  const s = await start(4414);
  await page.goto(`${s.origin}/fr/`);
  await controlled(page);
  const precached = await page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) if (name.includes('precache')) for (const r of await (await caches.open(name)).keys()) out.push(new URL(r.url).pathname);
    return out;
  });
  expect(precached.filter((p) => p.includes('/embed/'))).toEqual([]);
  expect(precached).toEqual(expect.arrayContaining(['/fr/', '/fr/classe/', '/fr/sources/', '/en/', '/en/classroom/', '/en/sources/'].map((p) => `${p}index.html`)));
  expect(precached.filter((p) => p.endsWith('.woff'))).toEqual([]);
  const script = precached.find((p) => p.endsWith('.js'))!;
  await s.stop();
  const probe = await page.evaluate(async (real) => {
    const res: Record<string, string> = {};
    for (const u of [real, '/_astro/missing.js', '/fr/classe/missing.js', '/fr/embed/nope/app.js']) {
      try {
        const r = await fetch(u);
        res[u] = `${r.status} ${r.headers.get('content-type')}`;
      } catch {
        res[u] = 'network error';
      }
    }
    return res;
  }, script);
  expect(probe[script]).toMatch(/^200 text\/javascript/);
  for (const u of ['/_astro/missing.js', '/fr/classe/missing.js', '/fr/embed/nope/app.js']) expect(probe[u], u).toBe('network error');
});

test('offline, every page opens without its trailing slash and with a query string, on the same slide', async ({ page }) => {
  const s = await start(4415);
  await page.goto(`${s.origin}/fr/classe/`);
  await controlled(page);
  await page.goto(`${s.origin}/fr/`);
  await page.goto(`${s.origin}/fr/sources/`);
  await s.stop();
  await serverIsDown(s);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const h1 = async () => ((await page.locator('h1').first().textContent()) ?? '').trim();
  const titles: Record<string, string> = {};
  for (const [path, key] of [
    ['/fr/', 'story'],
    ['/fr/classe/', 'classe'],
    ['/fr/sources/', 'sources'],
  ] as const) {
    await page.goto(`${s.origin}${path}`);
    titles[key] = await h1();
  }
  expect(titles.story).toContain('crédits carbone');
  for (const [path, key] of [
    ['/fr', 'story'],
    ['/fr/classe', 'classe'],
    ['/fr/sources', 'sources'],
    ['/fr/classe?x=1', 'classe'],
    ['/fr/?utm_source=a', 'story'],
    ['/fr?utm_source=a&x=2', 'story'],
    ['/fr/sources/?x=1', 'sources'],
    ['/?x=1', null],
  ] as const) {
    const res = await page.goto(`${s.origin}${path}`);
    expect(res?.ok(), `${path} answered`).toBe(true);
    if (key) expect(await h1(), path).toBe(titles[key]);
    else await expect(page).toHaveURL(/\/fr\/$/);
  }
  // A lesson plan's link without the slash: the slide named by the hash, the query kept.
  await page.goto(`${s.origin}/fr/classe?x=1#microsoft-emissions-2`);
  await expect(page.locator('.deck-frame.is-active cc-chart')).toHaveAttribute('data-step', '2');
  expect(new URL(page.url()).search).toBe('?x=1');
  expect(errors).toEqual([]);
});
