import { test, expect, type Page, type Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serve } from '../tools/serve.mjs';

/**
 * Embeds on somebody else's page: a host page served from a SECOND origin (port 4400) pastes the snippet exactly as
 * the "Intégrer" dialog gives it, for two charts; the iframes must end within 2 px of their content's height, at two
 * host widths (growing and shrinking). The same with a real pym.js Parent host (pym.js from npm), and with the html
 * of the oEmbed document.
 */
/** The host's port moves with E2E_PORT, so that two checkouts can run side by side. */
const HOST_PORT = 4400 + Number(process.env.E2E_PORT ?? 4321) - 4321;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const require = createRequire(import.meta.url);
const pymJs = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8');

test.describe.configure({ mode: 'serial' });

let server: Awaited<ReturnType<typeof serve>> | undefined;
let charts: string[] = [];
let base = '';
let embedOrigin = '';

async function snippetOf(browser: Browser, id: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto(`${base}/fr/embed/${id}/`);
  const code = await page.locator('textarea[data-snippet="iframe"]').inputValue();
  await page.close();
  return code;
}

const hostPage = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,">` +
  `<title>${title}</title><style>body{margin:0;font:16px Georgia,serif}main{max-width:900px;margin:0 auto;padding:16px}p{margin:1em 0}</style></head>` +
  `<body><main><h1>${title}</h1><p>Some article text before the chart.</p>${body}<p>Text after the chart.</p></main></body></html>`;

test.beforeAll(async ({ browser }, info) => {
  base = String(info.project.use.baseURL ?? 'http://127.0.0.1:4321').replace(/\/$/, '');
  embedOrigin = new URL(base).origin;
  const story = await (await fetch(`${base}/fr/`)).text();
  charts = [...new Set([...story.matchAll(/data-chart="([a-z0-9-]+)"/g)].map((m) => m[1]!))].slice(0, 2);
  expect(charts.length).toBe(2);
  const snippets = await Promise.all(charts.map((id) => snippetOf(browser, id)));
  const oembed = await (await fetch(`${base}/fr/embed/${charts[0]}/oembed.json`)).json();
  const pymDivs = charts.map((id, i) => `<div id="pym-${i}"></div><p>Between.</p>`).join('');
  const pymInit = charts.map((id, i) => `new pym.Parent('pym-${i}', ${JSON.stringify(`${base}/fr/embed/${id}/`)}, { title: ${JSON.stringify(id)} });`).join('');
  server = await serve({
    port: HOST_PORT,
    routes: {
      '/host.html': { type: 'text/html; charset=utf-8', body: hostPage('Host', snippets.join('\n<p>Between the two charts.</p>\n')) },
      '/pym-host.html': { type: 'text/html; charset=utf-8', body: hostPage('Pym host', `${pymDivs}<script src="/pym.v1.min.js"></script><script>${pymInit}</script>`) },
      '/oembed-host.html': { type: 'text/html; charset=utf-8', body: hostPage('oEmbed host', oembed.html) },
      '/pym.v1.min.js': { type: 'text/javascript', body: pymJs },
    },
  });
});

test.afterAll(async () => {
  await server?.stop();
});

/** For each chart iframe of the host: its height on the host page and its content's height inside. */
async function heights(page: Page) {
  const out: { id: string; frame: number; content: number; scroll: boolean }[] = [];
  for (const el of await page.locator('iframe').elementHandles()) {
    const frame = await el.contentFrame();
    if (!frame) continue;
    const box = await el.evaluate((f) => (f as Element).getBoundingClientRect().height);
    const inside = await frame.evaluate(() => ({
      id: document.querySelector('cc-chart')?.getAttribute('data-chart') ?? '',
      content: document.body.getBoundingClientRect().height,
      scroll: document.documentElement.scrollHeight > window.innerHeight + 1,
    }));
    out.push({ id: inside.id, frame: box, content: inside.content, scroll: inside.scroll });
  }
  return out;
}

/**
 * Waits until every chart iframe ends within 2 px of its content's height, bringing each into view first (Chromium
 * pauses rendering, hence ResizeObserver, in cross-origin frames that are off screen, as it would for a reader).
 */
async function expectFitted(page: Page) {
  const frames = page.locator('iframe');
  const n = await frames.count();
  for (let i = 0; i < n; i++) {
    await frames.nth(i).scrollIntoViewIfNeeded();
    await expect
      .poll(async () => {
        const x = (await heights(page))[i];
        return x && x.id && Math.abs(x.frame - x.content) <= 2 && !x.scroll ? 'fitted' : JSON.stringify(x);
      }, { timeout: 10_000 })
      .toBe('fitted');
  }
  const all = await heights(page);
  expect(all.length).toBe(2);
  for (const x of all) expect(Math.abs(x.frame - x.content), x.id).toBeLessThanOrEqual(2);
  return all;
}

function watch(page: Page) {
  const messages: string[] = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  return messages;
}

test('the snippet from the dialog, pasted twice on a page of another origin, sizes each iframe to its content at 375 and 1000 px', async ({ page }) => {
  const messages = watch(page);
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(`${HOST}/host.html`);
  // Fonts first. A face that misses its ~100 ms window (font-display: optional, a loaded machine) leaves the text
  // already laid out in its metric fallback; Chromium takes the loaded face at the frame's next style change (the
  // 375 px media queries), and the fallback's widths wrap one source line differently (seen: 18 px). That is the
  // font's doing, not the host script's: so let the fonts arrive, walk the frames through one narrow layout, and
  // only then take the wide height the round trip must come back to.
  await expectFitted(page);
  for (const f of page.frames().slice(1)) await f.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.setViewportSize({ width: 375, height: 740 });
  await expectFitted(page);
  await page.setViewportSize({ width: 1000, height: 800 });
  const wide = await expectFitted(page);
  expect(wide.map((h) => h.id).sort()).toEqual([...charts].sort());
  await page.setViewportSize({ width: 375, height: 740 });
  const narrow = await expectFitted(page);
  // The content is taller in a narrow column: the frames grew, then shrink again when the host widens. (The snippet
  // opens at the last step, whose compact layout is only a little taller than the wide one for some charts.)
  for (let i = 0; i < 2; i++) expect(narrow[i]!.frame).toBeGreaterThan(wide[i]!.frame + 8);
  await page.setViewportSize({ width: 1000, height: 800 });
  const back = await expectFitted(page);
  for (let i = 0; i < 2; i++) expect(Math.abs(back[i]!.frame - wide[i]!.frame)).toBeLessThanOrEqual(2);
  expect(await page.locator('iframe').first().getAttribute('loading')).toBe('lazy');
  expect(messages).toEqual([]);
});

test('the embed follows its content: opening its notes grows the iframe, closing them shrinks it', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(`${HOST}/host.html`);
  const before = await expectFitted(page);
  const frame = page.frameLocator('iframe').first();
  const notes = frame.locator('.embed__notes > summary');
  test.skip((await notes.count()) === 0, 'first chart has no notes');
  await notes.click();
  await expect.poll(async () => (await heights(page))[0]!.frame, { timeout: 5000 }).toBeGreaterThan(before[0]!.frame + 10);
  await expectFitted(page);
  await notes.click();
  await expect.poll(async () => Math.round((await heights(page))[0]!.frame), { timeout: 5000 }).toBe(Math.round(before[0]!.frame));
});

test('a pym.js Parent host (pym.js from npm, on another origin) sizes both charts to their content at 375 and 1000 px', async ({ page }) => {
  const messages = watch(page);
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(`${HOST}/pym-host.html`);
  const wide = await expectFitted(page);
  expect(wide.map((h) => h.id).sort()).toEqual([...charts].sort());
  await page.setViewportSize({ width: 375, height: 740 });
  const narrow = await expectFitted(page);
  // The height really changed with the width (narrow frames are taller: the text wraps more).
  for (let i = 0; i < 2; i++) expect(narrow[i]!.frame).toBeGreaterThan(wide[i]!.frame + 10);
  expect(messages).toEqual([]);
});

test('the host script ignores heights that are not finite positive numbers, from another origin or another frame', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(`${HOST}/host.html`);
  const fitted = await expectFitted(page);
  // Forged messages sent by the host page itself (its origin is not the embed's) and by a frame with bad values.
  await page.evaluate(() => {
    for (const h of [5, 99999, -1]) window.postMessage({ type: 'cc-embed-height', height: h }, '*');
    window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 3 }, '*');
  });
  const frame = page.frames().find((f) => f.url().startsWith(embedOrigin))!;
  await frame.evaluate(() => {
    for (const h of [NaN, Infinity, -5, 0, '300', '300px', null]) parent.postMessage({ type: 'cc-embed-height', chart: 'x', height: h }, '*');
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 'abc' }, '*');
  });
  await page.waitForTimeout(300);
  const after = await heights(page);
  for (let i = 0; i < 2; i++) expect(Math.abs(after[i]!.frame - fitted[i]!.frame)).toBeLessThanOrEqual(2);
});

test('the oEmbed html, pasted on a page of another origin, loads the chart and fits it', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(`${HOST}/oembed-host.html`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator(`cc-chart[data-chart="${charts[0]}"] svg.chart__svg`)).toBeVisible();
  await expect(frame.locator('h1')).toHaveText(/\S/);
  const h = await heights(page);
  await expect.poll(async () => Math.abs((await heights(page))[0]!.frame - (await heights(page))[0]!.content), { timeout: 10_000 }).toBeLessThanOrEqual(2);
  expect(h.length).toBe(1);
});
