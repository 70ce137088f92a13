import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every page built (each index.html under dist) as a URL path. */
function builtPages(dir = 'dist'): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name.startsWith('.') || name === '_astro') continue;
    if (statSync(p).isDirectory()) out.push(...builtPages(p));
    else if (name === 'index.html') out.push('/' + relative('dist', dir).replace(/\\/g, '/') + (dir === 'dist' ? '' : '/'));
  }
  return out.map((u) => u.replace(/\/+/g, '/'));
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = builtPages().filter((p) => p !== '/');

for (const width of [375, 1280]) {
  for (const path of pages) {
    test(`axe (WCAG 2.2 AA) finds no violation on ${path} at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: width === 375 ? 740 : 800 });
      await page.goto(path);
      await page.waitForTimeout(300);
      const res = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const summary = res.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
      expect(summary).toEqual([]);
    });
  }
}
