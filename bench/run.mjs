#!/usr/bin/env node
/**
 * `npm run bench`: prints figures, asserts nothing.
 * - build time of the site;
 * - per page: HTML and JavaScript weight (gzip);
 * - Lighthouse (mobile: simulated slow 4G, 4× CPU) on the story, an embed, the sources page and the classroom view,
 *   in each built edition (/fr/, and /en/ when dist/en/ exists), served as a CDN serves them: HTTPS and HTTP/2, gzip,
 *   the headers of dist/_headers (bench/serve-gzip.mjs; `--http1`: plain HTTP/1.1, as the first measures of issue 9
 *   were taken): median of `--runs` (default 3) runs; a table of performance, accessibility, best practices, LCP, CLS
 *   and TBT;
 * - in Chromium with a 4× slower CPU (a mid-range phone), at 375×740: time to first contentful paint, time until the
 *   first chart is interactive (its custom element defined), long tasks (and the longest) during a full scroll of the
 *   page as loaded, wheel step by wheel step (`--scrolls`: how many full scrolls, each on a fresh page; default 3), then
 *   the cost of a step change (median and worst time from `show(n)` to the end of its transition's first frame).
 * Everything runs offline (system Chromium, background networking off).
 * Usage: node bench/run.mjs [--no-build] [--no-lighthouse] [--http1] [--runs 3] [--scrolls 3] [--port 4502]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/tools/browser.mjs';
import { serveGzip, selfSignedTls } from './serve-gzip.mjs';
import { lighthouseTable } from './lighthouse.mjs';

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const PORT = Number(arg('port', process.env.BENCH_PORT ?? '4502'));
/** HTTP/2 needs TLS: a throwaway certificate (null without openssl, then plain HTTP/1.1, said below). */
const tls = process.argv.includes('--http1') ? null : selfSignedTls();
const ORIGIN = `${tls ? 'https' : 'http'}://127.0.0.1:${PORT}`;

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL ?? ORIGIN };
if (!process.argv.includes('--no-build')) {
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', 'build'], { env, stdio: 'ignore' });
  if (r.status !== 0) throw new Error('build failed');
  console.log(`build: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const gz = (b) => gzipSync(b, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pages = readdirSync('dist', { recursive: true })
  .filter((f) => String(f).split(/[\\/]/).at(-1) === 'index.html')
  .map((f) => join('dist', String(f)))
  .sort();
const jsTotal = readdirSync('dist/_astro').filter((f) => f.endsWith('.js')).reduce((n, f) => n + gz(readFileSync(join('dist/_astro', f))), 0);
console.log(`pages: ${pages.length}; all JS files in dist/_astro: ${kb(jsTotal)} gzip`);
const locales = ['fr', 'en'].filter((l) => existsSync(`dist/${l}/index.html`));
const PAGES = locales.flatMap((l) => [`/${l}/`, `/${l}/embed/microsoft-emissions/`, `/${l}/sources/`, `/${l}/${l === 'fr' ? 'classe' : 'classroom'}/`]);
for (const p of PAGES.map((u) => `dist${u}index.html`)) {
  try {
    const html = readFileSync(p);
    console.log(`  ${p.replace('dist', '').replace('index.html', '')}: HTML ${kb(gz(html))} gzip (${kb(html.length)} raw)`);
  } catch {
    /* page not built yet */
  }
}

/**
 * Scrolls a loaded page to its end as a reader's wheel does (300 px, then 16 ms), and prints and returns the long
 * tasks (ms) seen meanwhile.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<number[]>}
 */
async function fullScroll(page) {
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: false });
  });
  const t0 = Date.now();
  let wheels = 0;
  // To the end of the page, read again as it goes (it may grow).
  while (!(await page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2))) {
    for (let i = 0; i < 10; i++, wheels++) {
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(16);
    }
  }
  const long = await page.evaluate(() => window.__long);
  const list = long.length ? ` (${long.map((d) => d.toFixed(0)).join(', ')} ms)` : '';
  console.log(`full scroll (${Math.round((wheels * 300) / 740)} screens, ${((Date.now() - t0) / 1000).toFixed(1)} s): ${long.length} long tasks, longest ${long.length ? Math.max(...long).toFixed(0) : 0} ms${list}`);
  return long;
}

const server = await serveGzip({ root: 'dist', port: PORT, tls });
console.log(`served ${tls ? 'over HTTPS + HTTP/2 (self-signed certificate)' : 'over plain HTTP/1.1'}, gzip, at ${ORIGIN}`);
if (!process.argv.includes('--no-lighthouse')) {
  await lighthouseTable(ORIGIN, PAGES.filter((p) => existsSync(`dist${p}index.html`)), Number(arg('runs', '3')));
}
// The phone figures over plain HTTP on 127.0.0.1 (a secure context): the service worker registers there, as for a
// reader, where the throwaway certificate makes Chromium refuse it.
const plain = tls ? await serveGzip({ root: 'dist', port: PORT + 1 }) : server;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${plain.origin}/${locales[0]}/`, { waitUntil: 'load' });
  const timing = await page.evaluate(async () => {
    await customElements.whenDefined('cc-chart');
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return { fcp, ready: performance.now() };
  });
  console.log(`phone (4× CPU): first contentful paint ${timing.fcp.toFixed(0)} ms; charts interactive at ${timing.ready.toFixed(0)} ms`);
  // A reader's full scroll first, on the page as loaded (charts fetch their scenes as they come near), then the cost
  // of each step change (which leaves every chart on its last step). More full scrolls follow on fresh pages (each a
  // first visit): one scroll is one sample, and a shared machine's noise can make or unmake a long task.
  await page.waitForTimeout(1000);
  const scrolls = [await fullScroll(page)];
  const costs = await page.evaluate(async () => {
    const out = [];
    for (const c of Array.from(document.querySelectorAll('cc-chart'))) {
      const steps = Number(c.dataset.steps);
      for (let n = 1; n <= steps; n++) {
        const t0 = performance.now();
        c.show(n, { instant: false, force: true });
        await new Promise((r) => requestAnimationFrame(() => r()));
        out.push(performance.now() - t0);
      }
    }
    return out.sort((a, b) => a - b);
  });
  const med = costs[Math.floor(costs.length / 2)];
  console.log(`step change to first frame: median ${med.toFixed(1)} ms, worst ${costs.at(-1).toFixed(1)} ms over ${costs.length} steps`);
  // Closed, with the service worker it registered once the reader stopped: its install (3.7 MB into the cache) would
  // otherwise share this machine's CPU with the next scroll.
  await page.context().close();
  const more = Number(arg('scrolls', '3')) - 1;
  for (let i = 0; i < more; i++) {
    const ctx = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const p = await ctx.newPage();
    await (await ctx.newCDPSession(p)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await p.goto(`${plain.origin}/${locales[0]}/`, { waitUntil: 'load' });
    await p.waitForTimeout(1000);
    scrolls.push(await fullScroll(p));
    await ctx.close();
  }
  const all = scrolls.flat();
  console.log(`long tasks per full scroll, ${scrolls.length} scrolls: ${scrolls.map((l) => l.length).join(', ')}; longest ${all.length ? Math.max(...all).toFixed(0) : 0} ms`);
} finally {
  await browser.close();
  await server.stop();
  if (plain !== server) await plain.stop();
}
