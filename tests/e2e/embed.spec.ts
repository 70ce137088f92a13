import { lastDataChange, loadCorrections } from '../../src/data/corrections';
import { test, expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { dsvFormat } from 'd3-dsv';
import { loadSeeds } from '../../src/data/seeds';
import { CHARTS, chartRows } from '../../src/charts/registry';
import { EDITIONS, guard, liveGeometry, type Edition } from './helpers';

/** The embed page of each chart (/fr/embed/<id>/): URL parameters, controls, layout, downloads, oEmbed, images. */
const ids = CHARTS.map((c) => c.id);
const first = CHARTS[0]!;
const url = (id: string, q = '', locale: Edition = 'fr') => `/${locale}/embed/${id}/${q}`;
/** What each edition's embed page says. */
const W = {
  fr: { source: /Sources?\u00a0: \S+/, dialog: 'Intégrer ce graphique', site: 'IA et crédits carbone', copy: 'Copier', copied: 'Copié' },
  en: { source: /Sources?: \S+/, dialog: 'Embed this chart', site: 'AI and carbon credits', copy: 'Copy', copied: 'Copied' },
} as const;

/** Geometry of a step's build-time SVG, read from the embed page's `<template>` (same shape as liveGeometry). */
async function targetGeometry(page: Page, chart: string, step: number) {
  return page.evaluate(
    ({ id, n }) => {
      const variant = document.querySelector('svg.chart__svg')!.getAttribute('data-variant');
      const tpl = document.querySelector<HTMLTemplateElement>(`template[data-scenes-for="${id}"]`)!;
      const svg = tpl.content.querySelector(`svg[data-scene-step="${n}"][data-variant="${variant}"]`)!;
      const out: Record<string, string> = {};
      for (const el of Array.from(svg.querySelectorAll(':scope > [data-key]'))) {
        const g = ['x', 'y', 'width', 'height', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'd'].map((a) => el.getAttribute(a) ?? '').join('|');
        out[el.getAttribute('data-key')!] = g.replace(/-?\d+(\.\d+)?/g, (v) => String(Math.round(Number(v))));
      }
      return out;
    },
    { id: chart, n: step },
  );
}

/** Everything a person could see change: the body's HTML after start-up, the step shown, the theme. */
async function state(page: Page) {
  return page.evaluate(() => ({
    step: document.querySelector('cc-chart')!.getAttribute('data-step'),
    theme: document.documentElement.getAttribute('data-theme'),
    html: document.body.innerHTML,
  }));
}

for (const locale of EDITIONS) test(`every chart has an embed page with its title, caption, controls, source and a credit linking to the step shown (/${locale}/)`, async ({ page }) => {
  const g = guard(page);
  for (const c of CHARTS) {
    await page.goto(url(c.id, '', locale));
    const chart = page.locator(`cc-chart[data-chart="${c.id}"]`);
    await expect(chart).toHaveAttribute('data-step', '1');
    await expect(chart).toHaveAttribute('data-steps', String(c.steps));
    await expect(page.locator('h1.chart__title')).toHaveText(/\S{3}/);
    await expect(page.locator('[data-caption]')).toHaveText(/\S{3}/);
    await expect(page.locator('.source-line')).toContainText(W[locale].source);
    await expect(page.locator('[data-embed-dot]')).toHaveCount(c.steps);
    await expect(page.locator('[data-credit-link]')).toHaveAttribute('href', new RegExp(`/${locale}/#${c.id}-1$`));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${locale}/$`));
    await expect(page.locator('site-header, .site-header, .site-footer')).toHaveCount(0);
  }
  g.check();
});

test('buttons, dots and ←/→ move the embed between steps; the dot shown has aria-current and the credit follows', async ({ page }) => {
  const g = guard(page);
  await page.goto(url(first.id));
  const chart = page.locator('cc-chart');
  await page.getByRole('button', { name: 'Étape suivante' }).click();
  await expect(chart).toHaveAttribute('data-step', '2');
  await expect(page.locator('[data-embed-dot="2"]')).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('[data-embed-dot="1"]')).not.toHaveAttribute('aria-current', /./);
  await expect(page.locator('[data-credit-link]')).toHaveAttribute('href', new RegExp(`#${first.id}-2$`));
  await expect(page.locator('[data-download="svg"]')).toHaveAttribute('href', `/fr/embed/${first.id}/step-2.svg`);
  await page.keyboard.press('ArrowRight');
  await expect(chart).toHaveAttribute('data-step', '3');
  await page.keyboard.press('ArrowLeft');
  await expect(chart).toHaveAttribute('data-step', '2');
  await page.getByRole('button', { name: `Aller à l’étape ${first.steps} sur ${first.steps}` }).click();
  await expect(chart).toHaveAttribute('data-step', String(first.steps));
  await expect(page.getByRole('button', { name: 'Étape suivante' })).toHaveAttribute('aria-disabled', 'true');
  await page.waitForTimeout(1000);
  expect(await liveGeometry(page, first.id)).toEqual(await targetGeometry(page, first.id, first.steps));
  g.check();
});

test('?step=2 opens at step 2; ?static=1 shows the last step without controls, ?static=1&step=2 shows step 2', async ({ page }) => {
  const g = guard(page);
  await page.goto(url(first.id, '?step=2'));
  await expect(page.locator('cc-chart')).toHaveAttribute('data-step', '2');
  await expect(page.locator('[data-embed-dot="2"]')).toHaveAttribute('aria-current', 'step');
  expect(await liveGeometry(page, first.id)).toEqual(await targetGeometry(page, first.id, 2));
  await page.goto(url(first.id, '?static=1'));
  await expect(page.locator('cc-chart')).toHaveAttribute('data-step', String(first.steps));
  await expect(page.locator('.embed__controls')).toBeHidden();
  await expect(page.locator('[data-embed-open]')).toBeHidden();
  await expect(page.locator('.source-line')).toBeVisible();
  expect(await liveGeometry(page, first.id)).toEqual(await targetGeometry(page, first.id, first.steps));
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('cc-chart')).toHaveAttribute('data-step', String(first.steps));
  await page.goto(url(first.id, '?static=1&step=2'));
  await expect(page.locator('cc-chart')).toHaveAttribute('data-step', '2');
  g.check();
});

test('?theme=dark sets data-theme="dark" on <html> and darkens the page; ?theme=light forces light under a dark system', async ({ page }) => {
  await page.goto(url(first.id, '?theme=dark'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(21, 20, 18)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(url(first.id, '?theme=light'));
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(251, 250, 247)');
  await page.goto(url(first.id));
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(21, 20, 18)');
});

test('?foo=a?theme=dark (theme=dark inside another parameter’s value) sets no theme: the page stays light', async ({ page }) => {
  await page.goto(url(first.id, '?foo=a?theme=dark'));
  await expect(page.locator('cc-chart')).toHaveAttribute('data-step', '1');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(251, 250, 247)');
  await page.goto(url(first.id, '?foo=1&theme=dark'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('hostile parameters (?step=<script>, ?step=999, ?theme=x and others) change nothing and log nothing', async ({ page }) => {
  const logs: string[] = [];
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    logs.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url(first.id));
  await page.waitForTimeout(200);
  const normal = await state(page);
  const hostile = [
    '?step=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '?step=<script>alert(1)</script>', '?step=999', '?step=0', '?step=-1', '?step=1.5',
    '?theme=x', '?theme=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '?childId=%3Cimg%20src%3Dx%3E', '?static=yes', '?step=2&step=<b>',
  ];
  for (const q of hostile) {
    await page.goto(url(first.id, q));
    await page.waitForTimeout(200);
    const s = await state(page);
    expect(s.step, q).toBe(q === '?step=2&step=<b>' ? '2' : normal.step);
    expect(s.theme, q).toBe(normal.theme);
    if (q !== '?step=2&step=<b>') expect(s.html, q).toBe(normal.html);
    expect(await page.locator('img[src="x"]').count(), q).toBe(0);
  }
  expect(logs).toEqual([]);
});

test('with JavaScript off, the embed page shows step 1 of the chart, drawn at build time', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(url(first.id));
  const svg = page.locator('svg.chart__svg');
  await expect(svg).toBeVisible();
  expect(await svg.locator(':scope > [data-key]').count()).toBeGreaterThan(3);
  expect((await svg.boundingBox())!.height).toBeGreaterThan(150);
  await expect(page.locator('.embed__controls')).toBeHidden();
  await ctx.close();
});

test('from 280 to 1200 px wide nothing overflows sideways; in a 640×360 frame the title, chart, controls and source are all in view', async ({ page }) => {
  for (const id of ids) {
    for (const width of [280, 375, 1200]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url(id));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${id} at ${width}`).toBeLessThanOrEqual(width);
    }
    await page.setViewportSize({ width: 640, height: 360 });
    await page.goto(url(id));
    for (const sel of ['h1.chart__title', 'svg.chart__svg', '[data-embed-next]', '[data-embed-prev]', '.source-line']) {
      const b = (await page.locator(sel).first().boundingBox())!;
      expect(b, `${id}: ${sel}`).not.toBeNull();
      expect(b.y, `${id}: ${sel} top`).toBeGreaterThanOrEqual(0);
      expect(b.y + b.height, `${id}: ${sel} bottom`).toBeLessThanOrEqual(360 + 0.5);
      expect(b.height, `${id}: ${sel} height`).toBeGreaterThan(sel === 'svg.chart__svg' ? 120 : 8);
    }
    expect(await page.evaluate(() => document.documentElement.scrollHeight), id).toBeLessThanOrEqual(360);
  }
});

test('chart text is at least 11 px on screen in every chart and step, in columns from 300 to 1000 px wide', async ({ page }) => {
  const smallest: Record<number, { px: number; where: string }> = {};
  const small: string[] = [];
  for (const width of [300, 450, 600, 800, 1000]) {
    await page.setViewportSize({ width, height: 900 });
    for (const c of CHARTS) {
      await page.goto(url(c.id));
      // The layout is chosen from the frame's width when it is first laid out (before the first paint).
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      for (let n = 1; n <= c.steps; n++) {
        const m = await page.evaluate((step) => {
          const chart = document.querySelector('cc-chart') as HTMLElement & { show(n: number, o: { instant: boolean }): boolean };
          chart.show(step, { instant: true });
          const svg = document.querySelector<SVGSVGElement>('svg.chart__svg')!;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          let px = Infinity;
          let text = '';
          for (const t of Array.from(svg.querySelectorAll('text'))) {
            const cs = getComputedStyle(t);
            if (!t.textContent?.trim() || cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') continue;
            const size = parseFloat(cs.fontSize) * scale;
            if (size < px) [px, text] = [size, t.textContent];
          }
          return { px, text, variant: svg.dataset['variant'] };
        }, n);
        const where = `${c.id} step ${n} at ${width} px (${m.variant}): « ${m.text} » ${m.px.toFixed(1)} px`;
        if (m.px < 11 - 0.005) small.push(where);
        if (!smallest[width] || m.px < smallest[width]!.px) smallest[width] = { px: m.px, where };
      }
    }
  }
  console.log(Object.entries(smallest).map(([w, v]) => `${w} px: ${v.px.toFixed(1)} px (${v.where})`).join('\n'));
  expect(small).toEqual([]);
});

test('in a 650 px column the compact chart is at most 440 px wide and centred: its axis labels stay under 15 px, not stretched to twice their size', async ({ page }) => {
  await page.setViewportSize({ width: 650, height: 900 });
  await page.goto(url(first.id));
  await expect(page.locator('svg.chart__svg')).toHaveAttribute('data-variant', 'compact');
  const m = await page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg.chart__svg')!;
    const r = svg.getBoundingClientRect();
    const f = svg.parentElement!.getBoundingClientRect();
    const ticks = Array.from(svg.querySelectorAll('.m-tick')).map((t) => parseFloat(getComputedStyle(t).fontSize) * (r.width / svg.viewBox.baseVal.width));
    return { width: r.width, left: r.left - f.left, right: f.right - r.right, tick: Math.max(...ticks) };
  });
  expect(m.width).toBeLessThanOrEqual(440);
  expect(Math.abs(m.left - m.right)).toBeLessThanOrEqual(1);
  expect(m.tick).toBeLessThan(15);
});

test('without any host script, the snippet’s default height shows the whole embed at common column widths', async ({ page }) => {
  await page.goto(url(first.id));
  const snippet = await page.locator('textarea[data-snippet="iframe"]').inputValue();
  const height = Number(/height="(\d+)"/.exec(snippet)![1]);
  const worst: string[] = [];
  for (const id of ids) {
    await page.goto(url(id));
    for (const width of [300, 320, 360, 375, 414, 480, 600, 640, 720, 800]) {
      await page.setViewportSize({ width, height });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const content = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      if (content > height) worst.push(`${id} at ${width} px: ${content} > ${height}`);
    }
  }
  expect(worst).toEqual([]);
});

for (const locale of EDITIONS) test(`the "Intégrer" / "Embed" dialog is a labelled modal with the edition's iframe and image snippets, copy buttons, licence and credit; Escape closes it (/${locale}/)`, async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const g = guard(page);
  for (const path of [`/${locale}/`, url(first.id, '', locale)]) {
    await page.goto(path);
    const open = page.locator('[data-embed-open]').first();
    await open.scrollIntoViewIfNeeded();
    await open.click();
    const dialog = page.getByRole('dialog', { name: W[locale].dialog });
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).matches(':modal'))).toBe(true);
    const iframe = await dialog.locator('textarea[data-snippet="iframe"]').inputValue();
    expect(iframe).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/[a-z]{2}\/embed\/[a-z0-9-]+\/\?step=\d+&amp;since=\d{4}-\d\d-\d\d" title="[^"]+" loading="lazy" width="100%" height="\d+"/);
    expect(iframe).toContain(`/${locale}/embed/`);
    await expect(dialog.locator('[data-embed-params]')).toContainText('?step=N');
    await expect(dialog.locator('[data-embed-params]')).toContainText('?theme=light|dark');
    await expect(dialog.locator('[data-embed-params]')).toContainText('?static=1');
    expect(iframe).toMatch(/<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/);
    const image = await dialog.locator('textarea[data-snippet="image"]').inputValue();
    expect(image).toMatch(new RegExp(`<a href="[^"]+/${locale}/#[a-z0-9-]+-\\d+"><img src="[^"]+/${locale}/embed/[a-z0-9-]+/step-\\d+\\.png" alt="[^"]+"`));
    await expect(dialog).toContainText('CC BY 4.0');
    await expect(dialog.locator('[data-credit]')).toContainText(W[locale].site);
    await dialog.getByRole('button', { name: W[locale].copy }).first().click();
    await expect(dialog.locator('[data-copy-status]').first()).toHaveText(W[locale].copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
  }
  g.check();
});

test('the dialog’s snippets and credit point at the origin the page is served from, not at the build’s SITE_URL', async ({ page, baseURL }) => {
  // Served as localhost while the test build's SITE_URL says 127.0.0.1 (and a build without SITE_URL says a
  // placeholder domain): the code a journalist copies must still point here.
  const served = baseURL!.replace('127.0.0.1', 'localhost');
  const origin = new URL(served).origin;
  for (const path of [url(first.id), '/fr/']) {
    await page.goto(served + path);
    const open = page.locator('[data-embed-open]').first();
    await open.scrollIntoViewIfNeeded();
    await open.click();
    const dialog = page.locator('dialog[open]');
    const texts = [
      await dialog.locator('textarea[data-snippet="iframe"]').inputValue(),
      await dialog.locator('textarea[data-snippet="image"]').inputValue(),
      (await dialog.locator('[data-credit]').textContent())!,
    ];
    const urls = texts.flatMap((t) => [...t.matchAll(/https?:\/\/[^\s"<>]+/g)].map((m) => m[0]));
    expect(urls.length, path).toBeGreaterThanOrEqual(5);
    for (const u of urls) expect(u.startsWith(`${origin}/`), `${path}: ${u}`).toBe(true);
    // The iframe URL really opens the chart from here.
    const src = /<iframe src="([^"]+)"/.exec(texts[0]!)![1]!;
    expect((await page.request.get(src)).ok()).toBe(true);
    await page.keyboard.press('Escape');
  }
  // The embed page's own link back to the story resolves against the served origin too.
  await page.goto(served + url(first.id));
  expect(await page.locator('[data-credit-link]').evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${origin}/fr/#${first.id}-1`);
});

test('?since= (the day the code was copied): before the chart’s last data change, one line « Données mises à jour le … » links to the corrections log; after it, or invalid, nothing', async ({ page }) => {
  const c = first.id;
  // The dialog writes today's date (the reader's) into the snippet.
  await page.goto(url(c));
  await page.locator('[data-embed-open]').click();
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
  await expect(page.locator('dialog[open] textarea[data-snippet="iframe"]')).toHaveValue(new RegExp(`\\?step=\\d+&amp;since=${today}"`));
  // The build writes the chart's last data change, from the real corrections log, on <cc-embed>.
  const expected = lastDataChange(loadCorrections('content/fr/corrections.yaml', CHARTS.map((d) => d.id)), c);
  expect(expected, `${c} has a dated entry in the corrections log`).toBe('2026-12-01');
  expect(await page.locator('cc-embed').getAttribute('data-updated')).toBe(expected);
  const g = guard(page);
  const line = page.locator('[data-embed-updated]');
  for (const since of ['2026-11-15', '2026-11-30']) {
    await page.goto(url(c, `?since=${since}`));
    await expect(line, since).toBeVisible();
    await expect(line).toHaveText('Données mises à jour le 1 décembre 2026');
    const a = line.locator('a');
    await expect(a).toHaveAttribute('href', '/fr/sources/#corrections');
    await expect(a).toHaveAttribute('target', '_blank');
    expect(await line.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeLessThan(15);
  }
  await page.goto(url(c, '?step=2&since=2026-11-15&theme=dark'));
  await expect(line).toBeVisible();
  const invalid = ['2026-12-01', '2026-12-05', '2099-01-01', '2026-02-30', 'garbage', '2026-11-15%3Cscript%3E', '%22%3E%3Cimg%20src%3Dx%3E', '15/11/2026', ''];
  for (const since of [...invalid, null]) {
    await page.goto(url(c, since === null ? '' : `?since=${since}`));
    await expect(page.locator('cc-chart')).toHaveAttribute('data-step', '1');
    await expect(line, String(since)).toBeHidden();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  }
  g.check();
});

for (const locale of EDITIONS) test(`oEmbed: each embed page links to a valid oEmbed document of its edition whose html is the snippet (/${locale}/)`, async ({ page, request }) => {
  for (const id of [first.id]) {
    await page.goto(url(id, '', locale));
    expect(await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href')).toContain(`/${locale}/embed/${id}/oembed.json`);
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    const res = await request.get(href!);
    expect(res.ok()).toBe(true);
    const o = await res.json();
    expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: W[locale].site });
    expect(o.title).toBe(await page.locator('h1').textContent());
    expect(Number.isInteger(o.width) && o.width > 0 && Number.isInteger(o.height) && o.height > 0).toBe(true);
    expect(o.provider_url).toMatch(new RegExp(`^https?://.+/${locale}/$`));
    expect(o.html).toBe(await page.locator('textarea[data-snippet="iframe"]').inputValue());
  }
});

for (const locale of EDITIONS) test(`the CSV downloads of every chart (both in French, one in English) parse back to the dataset’s values, units, periods, scopes and sources (/${locale}/)`, async ({ request }) => {
  const seeds = loadSeeds();
  for (const def of CHARTS) {
    const rows = chartRows(def, seeds);
    const std = await (await request.get(url(def.id, 'data.csv', locale))).body();
    const excel = await request.get(url(def.id, 'data-excel.csv', locale));
    // English: one file, the comma CSV (Excel in English reads it as is); French: also the semicolon/decimal-comma one.
    expect(excel.ok(), `${locale} data-excel.csv`).toBe(locale === 'fr');
    expect(std.toString('utf8').slice(1, 25)).toBe('id,entity,metric,metric_');
    const files = locale === 'fr' ? ([[std, ',', '.'], [await excel.body(), ';', ',']] as const) : ([[std, ',', '.']] as const);
    for (const [buf, sep, dec] of files) {
      expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const parsed = dsvFormat(sep).parse(buf.toString('utf8').slice(1));
      expect(parsed.length, def.id).toBe(rows.length);
      parsed.forEach((p, i) => {
        const r = rows[i]!;
        const num = (s: string | undefined) => (s === '' || s === undefined ? undefined : Number(dec === ',' ? s.replace(',', '.') : s));
        expect(p['value'] ?? '', `${def.id} ${r.id}`).not.toMatch(/\s/);
        if (dec === ',') expect(p['value'] ?? '').not.toMatch(/\./);
        expect({ id: p['id'], value: num(p['value']), low: num(p['low']), high: num(p['high']), unit: p['unit'], period: p['period'], scope: p['scope'], source: p['source'] }).toEqual({
          id: r.id, value: r.value, low: r.low, high: r.high, unit: r.unit, period: r.period, scope: r.scope, source: r.source,
        });
      });
    }
  }
});

for (const locale of EDITIONS) test(`the SVG download of each step parses and contains the title, the source, the credit and an embedded font, in its edition (/${locale}/)`, async ({ page, request }) => {
  await page.goto(url(first.id, '', locale));
  for (const def of [first]) {
    const title = (await (await request.get(url(def.id, '', locale))).text()).match(/<h1[^>]*>([^<]+)<\/h1>/)![1]!;
    for (const n of [1, def.steps]) {
      const res = await request.get(url(def.id, `step-${n}.svg`, locale));
      expect(res.headers()['content-type']).toContain('image/svg+xml');
      const text = await res.text();
      const r = await page.evaluate((src) => {
        const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.nodeName,
          title: doc.querySelector('title')?.textContent ?? '',
          texts: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent).join(' '),
          style: doc.querySelector('style')?.textContent ?? '',
          fills: Array.from(doc.querySelectorAll('[data-key]')).filter((e) => /fill:/.test(e.getAttribute('style') ?? '')).length,
        };
      }, text);
      expect(r.error, `${def.id} step ${n}`).toBeNull();
      expect(r.root).toBe('svg');
      expect(r.title).toBe(title.replace(/&amp;/g, '&'));
      expect(r.texts).toMatch(W[locale].source);
      expect(r.texts).toContain(`/${locale}/#${def.id}-${n}`);
      expect(r.style).toMatch(/@font-face\{font-family:'Source Sans 3';[^}]*src:url\(data:font\/woff2;base64,[A-Za-z0-9+/]{1000,}/);
      expect(r.fills).toBeGreaterThan(0);
    }
  }
});

test('each step has a PNG at 2× and every chart’s Open Graph image (1200×630) differs from the others', async ({ request, page }) => {
  const size = (b: Buffer) => ({ w: b.readUInt32BE(16), h: b.readUInt32BE(20) });
  const hashes = new Map<string, string>();
  for (const def of CHARTS) {
    const og = await (await request.get(url(def.id, 'og.png'))).body();
    expect(og.subarray(1, 4).toString()).toBe('PNG');
    expect(size(og)).toEqual({ w: 1200, h: 630 });
    const h = createHash('sha256').update(og).digest('hex');
    expect(hashes.get(h), `${def.id} has the same OG image as ${hashes.get(h)}`).toBeUndefined();
    hashes.set(h, def.id);
    const png = await (await request.get(url(def.id, `step-${def.steps}.png`))).body();
    const svg = await (await request.get(url(def.id, `step-${def.steps}.svg`))).text();
    const w = Number(/width="(\d+)"/.exec(svg)![1]);
    expect(size(png).w).toBe(w * 2);
  }
  expect(hashes.size).toBe(CHARTS.length);
  await page.goto(url(first.id));
  expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(new RegExp(`/fr/embed/${first.id}/og\\.png$`));
  await page.goto('/fr/');
  const storyOg = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(storyOg).toMatch(/\/fr\/embed\/[a-z0-9-]+\/og\.png$/);
  expect((await request.get(new URL(storyOg!).pathname)).ok()).toBe(true);
});

test('the snippets open at the chart’s last step by default, and at the step shown when the dialog opens', async ({ page }) => {
  const g = guard(page);
  const c = CHARTS.find((x) => x.steps >= 3)!;
  await page.goto(url(c.id));
  // Build time (what no-JS readers and oEmbed get): the last step, like the static image.
  const built = await page.locator('textarea[data-snippet="iframe"]').inputValue();
  expect(built).toContain(`/fr/embed/${c.id}/?step=${c.steps}"`);
  expect(await page.locator('textarea[data-snippet="image"]').inputValue()).toContain(`/step-${c.steps}.png"`);
  // The reader moves to step 2, then opens the dialog: both snippets and the credit follow.
  await page.locator('[data-embed-dot="2"]').click();
  await expect(page.locator(`cc-chart[data-chart="${c.id}"]`)).toHaveAttribute('data-step', '2');
  await page.locator('[data-embed-open]').click();
  const dialog = page.getByRole('dialog', { name: 'Intégrer ce graphique' });
  await expect(dialog.locator('textarea[data-snippet="iframe"]')).toHaveValue(new RegExp(`/fr/embed/${c.id}/\\?step=2&amp;since=\\d{4}-\\d\\d-\\d\\d"`));
  const image = await dialog.locator('textarea[data-snippet="image"]').inputValue();
  expect(image).toContain(`/fr/#${c.id}-2"`);
  expect(image).toContain(`/step-2.png"`);
  await expect(dialog.locator('[data-credit]')).toContainText(`#${c.id}-2`);
  // The snippet's URL opens the embed at that step.
  const src = /src="([^"]+)"/.exec(await dialog.locator('textarea[data-snippet="iframe"]').inputValue())![1]!.replace(/&amp;/g, '&');
  await page.goto(new URL(src).pathname + new URL(src).search);
  await expect(page.locator(`cc-chart[data-chart="${c.id}"]`)).toHaveAttribute('data-step', '2');
  // In the story, the dialog of a chart scrolled past gives its last step.
  await page.goto('/fr/');
  const open = page.locator('[data-embed-open]').first();
  await open.scrollIntoViewIfNeeded();
  await page.waitForTimeout(600);
  const id = (await open.getAttribute('data-embed-open'))!;
  const shownStep = await page.locator(`cc-scrolly cc-chart[data-chart="${id}"]`).getAttribute('data-step');
  await open.click();
  await expect(page.locator('dialog[open] textarea[data-snippet="iframe"]')).toHaveValue(new RegExp(`\\?step=${shownStep}&amp;since=`));
  // The step menu picks another step: both snippets and the credit follow.
  const pick = page.locator('dialog[open] select[data-embed-step-select]');
  await expect(pick).toHaveValue(shownStep!);
  await pick.selectOption('1');
  await expect(page.locator('dialog[open] textarea[data-snippet="iframe"]')).toHaveValue(new RegExp(`/fr/embed/${id}/\\?step=1&amp;since=`));
  await expect(page.locator('dialog[open] textarea[data-snippet="image"]')).toHaveValue(new RegExp(`/step-1\\.png"`));
  await expect(page.locator('dialog[open] [data-credit]')).toContainText(`#${id}-1`);
  g.check();
});

test('no-JS download links are real files (no placeholders) and the download menu stays inside frames of 280 to 375 px', async ({ page, request }) => {
  const html = await (await request.get(url(first.id))).text();
  expect(html).not.toMatch(/(?:href|data-[a-z-]+)="[^"]*\{n\}/);
  const hrefs = [...html.matchAll(/<a [^>]*href="([^"]+\.(?:svg|png|csv))"[^>]*download/g)].map((m) => m[1]!);
  expect(hrefs.length).toBeGreaterThanOrEqual(4);
  for (const h of new Set(hrefs)) expect((await request.get(h)).status(), h).toBe(200);
  for (const width of [280, 320, 375]) {
    await page.setViewportSize({ width, height: 900 });
    for (const id of [first.id, ids[ids.length - 1]!]) {
      await page.goto(url(id));
      await page.locator('.embed__downloads > summary').click();
      const b = (await page.locator('.embed__downloads > ul').boundingBox())!;
      expect(b.x, `${id} at ${width}: left`).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width, `${id} at ${width}: right`).toBeLessThanOrEqual(width);
      expect(b.y, `${id} at ${width}: top`).toBeGreaterThanOrEqual(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${id} at ${width}`).toBeLessThanOrEqual(width);
    }
  }
});

test('on a phone, the dialog covers the page (dark backdrop) and its last line is inside it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/fr/');
  const open = page.locator('[data-embed-open]').first();
  await open.scrollIntoViewIfNeeded();
  await open.click();
  const dialog = page.locator('dialog[open]');
  const box = (await dialog.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(374);
  expect(box.height).toBeGreaterThanOrEqual(739);
  const alpha = await dialog.evaluate((d) => getComputedStyle(d, '::backdrop').backgroundColor);
  expect(Number(/rgba?\([^)]*,\s*([\d.]+)\)/.exec(alpha)?.[1] ?? 1)).toBeGreaterThanOrEqual(0.6);
  const credit = dialog.locator('.embed-dialog__credit');
  await credit.scrollIntoViewIfNeeded();
  const c = (await credit.boundingBox())!;
  expect(c.y + c.height).toBeLessThanOrEqual(box.y + box.height + 1);
});

test('inside a host article, every link of the embed opens a new tab (sources, data, story); the language switch changes the chart in place', async ({ page }) => {
  await page.goto(url(first.id));
  expect(await page.locator('head base').getAttribute('target')).toBe('_blank');
  // No link overrides it to load inside the frame, but the language switch, which changes the chart's language in place.
  const inFrame = await page.$$eval('a[href]:not([data-lang-switch])', (as) => as.filter((a) => ['_self', '_parent'].includes(a.getAttribute('target') ?? '')).map((a) => a.getAttribute('href')));
  expect(inFrame).toEqual([]);
  expect(await page.locator('.source-line a').count()).toBeGreaterThan(0);
});
