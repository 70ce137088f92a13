/**
 * Lighthouse on a list of pages, offline: the `lighthouse` package drives the system Chromium (chrome-launcher,
 * headless, background networking off) with Lighthouse's default mobile settings (simulated slow 4G, 4× CPU,
 * Moto G Power screen). Each page runs `runs` times; the table shows each figure's median.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/tools/browser.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Runs Lighthouse and prints a table (performance, accessibility, best practices, LCP, CLS, TBT, medians), plus the
 * failing audits of any category under 100.
 * @param {string} origin e.g. `http://127.0.0.1:4502`
 * @param {string[]} paths page paths, e.g. `/fr/`
 * @param {number} runs runs per page (median)
 * @returns {Promise<Record<string, { perf: number, a11y: number, bp: number, lcp: number, cls: number, tbt: number }>>}
 */
export async function lighthouseTable(origin, paths, runs = 3) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    // The bench's HTTPS server has a throwaway self-signed certificate.
    chromeFlags: ['--headless=new', '--no-sandbox', '--ignore-certificate-errors', ...CHROMIUM_ARGS],
  });
  const rows = {};
  const failing = new Map();
  try {
    for (const path of paths) {
      const got = [];
      for (let i = 0; i < runs; i++) {
        const r = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        const { categories: c, audits: a } = r.lhr;
        got.push({
          perf: c.performance.score * 100,
          a11y: c.accessibility.score * 100,
          bp: c['best-practices'].score * 100,
          lcp: a['largest-contentful-paint'].numericValue,
          cls: a['cumulative-layout-shift'].numericValue,
          tbt: a['total-blocking-time'].numericValue,
        });
        for (const cat of Object.values(c)) {
          for (const ref of cat.auditRefs) {
            const au = a[ref.id];
            if (ref.weight > 0 && au.score !== null && au.score < 1) {
              failing.set(`${path} ${cat.id}: ${ref.id}`, `${au.displayValue ?? ''} (score ${au.score})`);
            }
          }
        }
      }
      rows[path] = Object.fromEntries(Object.keys(got[0]).map((k) => [k, median(got.map((g) => g[k]))]));
    }
  } finally {
    await chrome.kill();
  }
  const pad = (s, n) => String(s).padEnd(n);
  console.log(`\nLighthouse mobile (simulated slow 4G, 4× CPU), median of ${runs}, gzip, ${origin.startsWith('https') ? 'HTTP/2' : 'HTTP/1.1'}:`);
  console.log(`${pad('page', 40)}${pad('perf', 6)}${pad('a11y', 6)}${pad('bp', 6)}${pad('LCP', 9)}${pad('CLS', 8)}TBT`);
  for (const [p, r] of Object.entries(rows)) {
    console.log(
      `${pad(p, 40)}${pad(r.perf.toFixed(0), 6)}${pad(r.a11y.toFixed(0), 6)}${pad(r.bp.toFixed(0), 6)}` +
        `${pad(`${(r.lcp / 1000).toFixed(2)} s`, 9)}${pad(r.cls.toFixed(3), 8)}${r.tbt.toFixed(0)} ms`,
    );
  }
  if (failing.size) {
    console.log('audits below 1 (any run):');
    for (const [k, v] of failing) console.log(`  ${k} ${v}`);
  }
  return rows;
}
