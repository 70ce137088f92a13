import { test, expect, type Page, type BrowserContext } from '@playwright/test';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../tools/serve.mjs';

/**
 * The Content-Security-Policy: every page carries one (a `<meta>`; frame-ancestors and the other headers in
 * `_headers`), script-src never allows inline code or eval, no inline event handler exists, and nothing the site does
 * breaks it: reading the story to the end, an embed on another origin, printing, offline, the classroom presenter.
 */
const OFFSET = Number(process.env.E2E_PORT ?? 4321) - 4321;

/** Every built page's URL path, from dist/. */
function builtPages(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n === 'index.html') out.push(`/${p.slice('dist/'.length, -'index.html'.length)}`);
    }
  };
  walk('dist');
  return out.sort();
}

/** Records `securitypolicyviolation` events in every frame of the context, and CSP console errors. */
async function watchCsp(context: BrowserContext) {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const consoleErrors: string[] = [];
  context.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) consoleErrors.push(m.text());
  });
  return {
    /** Violations seen by every frame of these pages, plus CSP console messages. */
    async all(...pages: Page[]): Promise<string[]> {
      const seen: string[] = [...consoleErrors];
      for (const p of pages) {
        for (const f of p.frames()) {
          seen.push(...(await f.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => [])));
        }
      }
      return seen;
    },
  };
}

/** Parses a policy string into directive → values. */
function directives(policy: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) m.set(name.toLowerCase(), values);
  }
  return m;
}

test('every page carries a Content-Security-Policy whose script-src allows no inline code nor eval, and has no inline event handler', async ({ request }) => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(10);
  for (const path of pages) {
    const res = await request.get(path);
    const html = await res.text();
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    const policy = meta ?? res.headers()['content-security-policy'];
    expect(policy, `${path}: a Content-Security-Policy`).toBeTruthy();
    const d = directives(policy!);
    const script = d.get('script-src') ?? d.get('default-src');
    expect(script, `${path}: script-src`).toBeTruthy();
    expect(script, `${path}: script-src`).not.toContain("'unsafe-inline'");
    expect(script, `${path}: script-src`).not.toContain("'unsafe-eval'");
    expect(d.get('object-src'), `${path}: object-src`).toEqual(["'none'"]);
    expect(html, `${path}: inline event handler`).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    expect(html, `${path}: javascript: URL`).not.toMatch(/href="javascript:/i);
  }
});

test('the headers file gives each page its policy with frame-ancestors (embeds: *, other pages: \'self\') and the usual hardening headers', async ({ request }) => {
  expect(existsSync('dist/_headers'), 'dist/_headers (from public/_headers)').toBe(true);
  const text = readFileSync('dist/_headers', 'utf8');
  // Netlify/Cloudflare: a path pattern, then indented headers; every matching block applies.
  const blocks: { path: RegExp; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) blocks.push({ path: new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`), headers: {} });
    else {
      const i = line.indexOf(':');
      blocks.at(-1)!.headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
  }
  const headersFor = (p: string) => Object.assign({}, ...blocks.filter((b) => b.path.test(p)).map((b) => b.headers)) as Record<string, string>;
  for (const p of ['/fr/', '/fr/classe/', '/fr/sources/', '/fr/embed/microsoft-emissions/']) {
    const h = headersFor(p);
    const d = directives(h['content-security-policy'] ?? '');
    expect(d.get('frame-ancestors'), `${p} frame-ancestors`).toEqual(p.includes('/embed/') ? ['*'] : ["'self'"]);
    expect(d.get('object-src'), `${p} object-src`).toEqual(["'none'"]);
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(await (await request.get(p)).text())?.[1] ?? '';
    expect(d.get('script-src'), `${p}: the header's script-src is the meta's`).toEqual(directives(meta).get('script-src'));
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBeTruthy();
    expect(h['permissions-policy']).toBeTruthy();
    if (!p.includes('/embed/')) expect(h['x-frame-options']).toBe('SAMEORIGIN');
    else expect(h['x-frame-options']).toBeUndefined();
  }
});

test('reading the story to its end (every chart animated, a glossary term opened) breaks no policy', async ({ page, context }) => {
  const csp = await watchCsp(context);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/fr/');
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < h; y += 500) {
    await page.evaluate((v) => window.scrollTo(0, v), y);
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(800);
  const term = page.locator('button.term').first();
  if (await term.count()) {
    await term.scrollIntoViewIfNeeded();
    await term.click();
  }
  await page.goto('/fr/sources/');
  expect(await csp.all(page)).toEqual([]);
});

test('an embed inside another origin\'s page, stepped through and with its dialog opened, breaks no policy', async ({ page, context, baseURL }) => {
  const csp = await watchCsp(context);
  const base = String(baseURL).replace(/\/$/, '');
  const host = await serve({
    port: 4470 + OFFSET,
    routes: {
      '/host.html': {
        type: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body><main><h1>Host</h1><iframe title="chart" src="${base}/fr/embed/microsoft-emissions/?theme=dark" width="600" height="700"></iframe></main></body></html>`,
      },
    },
  });
  try {
    await page.goto(`${host.origin}/host.html`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-embed-next]')).toBeVisible();
    await frame.locator('[data-embed-next]').click();
    await frame.locator('[data-embed-next]').click();
    await frame.locator('[data-embed-open]').click();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(600);
    expect(page.frames().length).toBe(2);
    expect(await csp.all(page)).toEqual([]);
  } finally {
    await host.stop();
  }
});

test('printing the story and the classroom handout breaks no policy', async ({ page, context }) => {
  const csp = await watchCsp(context);
  for (const path of ['/fr/', '/fr/classe/']) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
  }
  expect(await csp.all(page)).toEqual([]);
});

test('the classroom view with its presenter window (BroadcastChannel) breaks no policy', async ({ page, context }) => {
  const csp = await watchCsp(context);
  await page.goto('/fr/classe/');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await presenter.waitForLoadState();
  await expect(presenter).toHaveURL(/\?presenter/);
  const before = page.url();
  await presenter.keyboard.press('ArrowRight');
  await expect.poll(() => page.url()).not.toBe(before);
  expect(await csp.all(page, presenter)).toEqual([]);
});

test('offline (service worker, server stopped), the story and the classroom view break no policy', async ({ page, context }) => {
  const csp = await watchCsp(context);
  const s = await serve({ root: 'dist', port: 4475 + OFFSET });
  try {
    await page.goto(`${s.origin}/fr/classe/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 15_000 }).toBe(true);
  } finally {
    await s.stop();
  }
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('cc-chart:visible').first()).toBeVisible();
  await page.goto(`${s.origin}/fr/`);
  await expect(page.locator('h1')).toBeVisible();
  expect(await csp.all(page)).toEqual([]);
});
