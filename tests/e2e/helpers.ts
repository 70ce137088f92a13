import { expect, type Page } from '@playwright/test';

/**
 * Watches a page: console errors, page errors and requests to any other host than the test origin.
 * Call `check()` at the end of a test.
 */
export function guard(page: Page) {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !u.protocol.startsWith('data') && u.protocol !== 'blob:') foreign.push(r.url());
  });
  return {
    errors,
    foreign,
    check: () => {
      expect(errors, 'console errors').toEqual([]);
      expect(foreign, 'requests to other hosts').toEqual([]);
    },
  };
}

/** The chart ids of the story with their step counts, read from the page. */
export async function chartsOnPage(page: Page): Promise<{ id: string; steps: number }[]> {
  return page.$$eval('cc-chart[data-chart]', (els) =>
    els.map((e) => ({ id: (e as HTMLElement).dataset['chart']!, steps: Number((e as HTMLElement).dataset['steps']) })),
  );
}

/** Waits until the chart shows step n. */
export async function expectStep(page: Page, chart: string, n: number) {
  await expect(page.locator(`cc-chart[data-chart="${chart}"]`).first()).toHaveAttribute('data-step', String(n), { timeout: 5000 });
}

/** Scrolls a step's text to the trigger area (its top a little above the middle of the viewport). */
export async function scrollToStep(page: Page, stepId: string) {
  await page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight * 0.3);
  }, stepId);
}

/** Geometry of the live SVG's marks, by key (rounded), to compare with a target step's SVG. */
export async function liveGeometry(page: Page, chart: string) {
  return page.evaluate((id) => {
    const live = document.querySelector(`cc-chart[data-chart="${id}"] svg.chart__svg`)!;
    const out: Record<string, string> = {};
    for (const el of Array.from(live.querySelectorAll(':scope > [data-key]'))) {
      if (getComputedStyle(el).opacity === '0') continue;
      const g = ['x', 'y', 'width', 'height', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'd'].map((a) => el.getAttribute(a) ?? '').join('|');
      out[el.getAttribute('data-key')!] = g.replace(/-?\d+(\.\d+)?/g, (n) => String(Math.round(Number(n))));
    }
    return out;
  }, chart);
}

/** Geometry of a build-time step SVG (same shape as liveGeometry). */
export async function targetGeometry(page: Page, chart: string, step: number, variant = 'regular') {
  return page.evaluate(
    ({ id, n, v }) => {
      const sel = `svg[data-scene-for="${id}"][data-scene-step="${n}"][data-variant="${v}"]`;
      // In the page, or in a template (embed and classroom pages; the story's fetched scenes).
      const svg = (document.querySelector(sel) ??
        Array.from(document.querySelectorAll('template'))
          .map((t) => t.content.querySelector(sel))
          .find(Boolean))!;
      const out: Record<string, string> = {};
      for (const el of Array.from(svg.querySelectorAll(':scope > [data-key]'))) {
        const g = ['x', 'y', 'width', 'height', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'd'].map((a) => el.getAttribute(a) ?? '').join('|');
        out[el.getAttribute('data-key')!] = g.replace(/-?\d+(\.\d+)?/g, (n) => String(Math.round(Number(n))));
      }
      return out;
    },
    { id: chart, n: step, v: variant },
  );
}

/** The editions every locale-dependent spec runs for (parametrize with `for (const locale of EDITIONS)`). */
export const EDITIONS = ['fr', 'en'] as const;
export type Edition = (typeof EDITIONS)[number];
/** Each edition's classroom view. */
export const CLASSROOM: Record<Edition, string> = { fr: '/fr/classe/', en: '/en/classroom/' };
