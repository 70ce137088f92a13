import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';

/**
 * Source links go to the publisher: the copy a figure was read in is named only on the sources page, as
 * « copie consultée ». Reads every built page and download of `dist/`.
 */
const sources = csvParse(readFileSync('seeds/sources.csv', 'utf8'));
const copies = sources.map((s) => s['copy_url']!).filter(Boolean);
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

test('no page, embed, handout text or download outside the sources page names a copy or re-host', () => {
  const built = files('dist').filter((f) => /\.(html|csv|svg|json)$/.test(f));
  expect(built.length).toBeGreaterThan(100);
  const offenders: string[] = [];
  for (const f of built) {
    if (/[\\/]sources[\\/]index\.html$/.test(f)) continue;
    const text = readFileSync(f, 'utf8').replace(/&amp;/g, '&');
    for (const c of copies) if (text.includes(c)) offenders.push(`${f}: ${c}`);
  }
  expect(offenders).toEqual([]);
});

test('the sources page shows each copy that was read as « copie consultée », beside the publisher address', async ({ page }) => {
  await page.goto('/fr/sources/');
  for (const s of sources) {
    const meta = page.locator(`#src-${s['id']} .source__meta`);
    if (s['copy_url']) await expect(meta.locator('a[data-copy]')).toHaveAttribute('href', s['copy_url']!);
    if (s['copy_url']) await expect(meta).toContainText('copie consultée');
    if (s['url']) await expect(meta.locator('a').first()).toHaveAttribute('href', s['url']!);
    else await expect(meta).toContainText('adresse de l’éditeur non retrouvée');
  }
});

test('a source without a known publisher address is named in the source line without a link', async ({ page }) => {
  await page.goto('/fr/embed/microsoft-btg/');
  const line = page.locator('.source-line');
  await expect(line).toContainText('BTG Pactual Timberland Investment Group');
  for (const href of await line.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).not.toContain('punxsutawneyspirit');
  }
});

test('an address that leads nowhere answers 404 with a page in both languages, linking to each edition, its sources and its classroom view', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && !/404 \(Not Found\)/.test(m.text()) && errors.push(m.text()));
  const res = await page.goto('/fr/page-qui-n-existe-pas/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page introuvable · Page not found');
  await expect(page.locator('section[lang^="fr"] p')).toContainText('Cette adresse ne mène à aucune page');
  await expect(page.locator('section[lang^="en"] p')).toContainText('This address leads to no page');
  const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(['/fr/', '/fr/sources/', '/fr/classe/', '/en/', '/en/sources/', '/en/classroom/']);
  await page.locator('section[lang^="en"] a').first().click();
  await expect(page).toHaveURL(/\/en\/$/);
  expect(errors).toEqual([]);
});
