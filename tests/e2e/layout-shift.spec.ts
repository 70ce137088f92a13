import { test, expect } from '@playwright/test';

/**
 * Nothing moves while the page loads: the layout shift a reader sees (the sum of the `layout-shift` entries without
 * recent input, as Chromium reports them) stays ≤ 0.01 on the story, an embed, the sources page and the classroom view,
 * on a phone and a desktop, in both editions for the story and the classroom view, with the web fonts arriving late (each font file held back 600 ms), which is when a
 * fallback font with other metrics would reflow the text.
 */
const PAGES = ['/fr/', '/fr/embed/microsoft-emissions/', '/fr/sources/', '/fr/classe/', '/en/', '/en/classroom/'];
const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

for (const size of SIZES) {
  for (const path of PAGES) {
    test(`${path} at ${size.width}×${size.height}: layout shift ≤ 0.01 while the fonts load late`, async ({ page, context }) => {
      await context.route('**/*.woff2', async (route) => {
        await new Promise((r) => setTimeout(r, 600));
        await route.continue();
      });
      await context.addInitScript(() => {
        const w = window as unknown as { __shift: { value: number; sources: string[] }[] };
        w.__shift = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
            if (e.hadRecentInput) continue;
            w.__shift.push({
              value: e.value,
              sources: (e.sources ?? []).map((s) => {
                const n = s.node as Element | undefined;
                return n ? `${n.nodeName.toLowerCase()}${n.id ? `#${n.id}` : ''}${typeof n.className === 'string' && n.className ? `.${n.className.split(' ')[0]}` : ''}` : '?';
              }),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.setViewportSize(size);
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(1500);
      const shifts = await page.evaluate(() => (window as unknown as { __shift: { value: number; sources: string[] }[] }).__shift);
      const total = shifts.reduce((n, s) => n + s.value, 0);
      const limit = 0.01;
      expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(limit);
    });
  }
}
