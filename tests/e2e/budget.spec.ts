import { test, expect, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const kb = (n: number) => (n / 1024).toFixed(1);

/**
 * All JavaScript a page runs while loading and during a full scroll: external and lazily loaded scripts (from the
 * network) plus inline scripts, in gzip bytes. The service worker file is not counted.
 */
async function scriptBytes(page: Page, path: string, bodies = new Map<string, Buffer>()): Promise<{ external: number; inline: number; files: string[] }> {
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script' && !r.url().endsWith('/sw.js')) {
      try {
        bodies.set(r.url(), await r.body());
      } catch {
        /* redirects have no body */
      }
    }
  });
  await page.goto(path);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.evaluate((v) => window.scrollTo(0, v), y);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(500);
  const inline = await page.$$eval('script:not([src])', (els) =>
    els.filter((e) => !['application/json', 'application/ld+json'].includes(e.getAttribute('type') ?? '')).map((e) => e.textContent ?? ''),
  );
  return {
    external: [...bodies.values()].reduce((n, b) => n + gz(b), 0),
    inline: inline.reduce((n, s) => n + gz(s), 0),
    files: [...bodies.keys()].map((u) => new URL(u).pathname),
  };
}

for (const locale of ['fr', 'en'] as const) test(`the story /${locale}/ stays within its budgets: JavaScript ≤ 25 KB gzip, HTML ≤ 80 KB gzip and ≤ 400 KB raw (KB = 1,024 bytes)`, async ({ page, request }) => {
  const html = await (await request.get(`/${locale}/`)).body();
  const htmlGz = gz(html);
  const js = await scriptBytes(page, `/${locale}/`);
  const total = js.external + js.inline;
  console.log(`story /${locale}/: HTML ${kb(htmlGz)} KB gzip (${kb(html.length)} KB raw); JS ${kb(total)} KB gzip (external ${kb(js.external)}, inline ${kb(js.inline)}; ${js.files.join(', ')})`);
  expect(total).toBeLessThanOrEqual(25 * 1024);
  expect(htmlGz, 'story HTML, gzip').toBeLessThanOrEqual(80 * 1024);
  expect(html.length, 'story HTML, raw bytes').toBeLessThanOrEqual(400 * 1024);
});

test('an embed page loads ≤ 15 KB gzip of JavaScript; stepping adds the animated renderer, ≤ 25 KB in all', async ({ page, request }) => {
  const story = await (await request.get('/fr/')).text();
  const id = /data-chart="([a-z0-9-]+)"/.exec(story)?.[1];
  expect(id, 'a chart id on the story page').toBeTruthy();
  const path = `/fr/embed/${id}/`;
  const bodies = new Map<string, Buffer>();
  const js = await scriptBytes(page, path, bodies);
  const atLoad = js.external + js.inline;
  // Use the controls too, so that what loads on demand (the d3 renderer) is counted as well.
  await page.locator('[data-embed-next]').click();
  await page.locator('[data-embed-open]').click();
  await page.keyboard.press('Escape');
  await page.waitForTimeout(500);
  const withUse = [...bodies.values()].reduce((n, b) => n + gz(b), 0) + js.inline;
  console.log(`embed ${path}: JS at load ${kb(atLoad)} KB gzip (external ${kb(js.external)}, inline ${kb(js.inline)}); after stepping ${kb(withUse)} KB (${[...bodies.keys()].map((u) => new URL(u).pathname).join(', ')})`);
  expect(atLoad).toBeLessThanOrEqual(15 * 1024);
  expect(withUse).toBeGreaterThan(atLoad); // the renderer did load on demand, and was counted
  expect(withUse).toBeLessThanOrEqual(25 * 1024);
});

test('the story loads ≤ 50 KB of web fonts, every face it uses cut to its characters (KB = 1,024 bytes)', async ({ page }) => {
  const fonts = new Map<string, number>();
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'font') fonts.set(new URL(r.url()).pathname, (await r.body()).length);
  });
  await page.goto('/fr/');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const total = [...fonts.values()].reduce((a, b) => a + b, 0);
  console.log(`story /fr/ fonts: ${[...fonts].map(([p, n]) => `${p.split('/').pop()} ${kb(n)} KB`).join(', ')}; ${kb(total)} KB in all`);
  expect(fonts.size, 'faces loaded: serif 400 and 600, sans 400 and 600').toBe(4);
  expect(total).toBeLessThanOrEqual(50 * 1024);
});
