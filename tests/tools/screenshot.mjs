// Screenshots of built pages at phone and desktop widths, for people to look at.
// Usage: node tests/tools/screenshot.mjs <url> <out-prefix> [scrollY...|#anchor...]
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './browser.mjs';

const [url, out = '/tmp/shot', ...positions] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const [name, width, height] of [['375', 375, 740], ['1280', 1280, 800]]) {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('console', (m) => console.log(`[${name}] console.${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[${name}] pageerror: ${e.message}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  const list = positions.length ? positions : ['0'];
  for (const [i, pos] of list.entries()) {
    if (pos.startsWith('#')) await page.evaluate((id) => document.getElementById(id.slice(1))?.scrollIntoView({ block: 'center' }), pos);
    else await page.evaluate((y) => window.scrollTo(0, Number(y)), pos);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `${out}-${name}-${i}.png` });
  }
  await page.close();
}
await browser.close();
