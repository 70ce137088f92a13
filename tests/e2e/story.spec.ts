import { test, expect } from '@playwright/test';
import { EDITIONS, chartsOnPage, expectStep, guard, liveGeometry, scrollToStep, targetGeometry } from './helpers';

test('the site root leads to the French story in a French browser', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/fr\/$/);
  await expect(page.locator('h1')).toContainText('crédits carbone');
});

for (const locale of EDITIONS) test.describe(`the story at /${locale}/`, () => {
  test('scrolling through every step of every chart moves data-step along, with no console error or foreign request', async ({ page }) => {
    const g = guard(page);
    await page.goto(`/${locale}/`);
    const charts = await chartsOnPage(page);
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const c of charts) {
      expect(c.steps).toBeGreaterThanOrEqual(3);
      for (let n = 1; n <= c.steps; n++) {
        await scrollToStep(page, `${c.id}-${n}`);
        await expectStep(page, c.id, n);
      }
    }
    g.check();
  });

  test('every step has its anchor and index, inside the scrolly of its chart', async ({ page }) => {
    await page.goto(`/${locale}/`);
    const bad = await page.$$eval('[data-step-index]', (steps) =>
      steps
        .filter((s) => {
          const scrolly = s.closest('cc-scrolly');
          const chart = scrolly?.querySelector('cc-chart')?.getAttribute('data-chart');
          return s.id !== `${chart}-${s.getAttribute('data-step-index')}`;
        })
        .map((s) => s.id),
    );
    expect(bad).toEqual([]);
  });

  test('loading at a step anchor shows that step', async ({ page }) => {
    await page.goto(`/${locale}/#microsoft-emissions-3`);
    await expectStep(page, 'microsoft-emissions', 3);
  });

  test('reloading mid-page keeps the step in view', async ({ page }) => {
    await page.goto(`/${locale}/`);
    await scrollToStep(page, 'microsoft-emissions-2');
    await expectStep(page, 'microsoft-emissions', 2);
    await page.reload();
    await expectStep(page, 'microsoft-emissions', 2);
  });

  test('a fast fling ends on the step in view', async ({ page }) => {
    await page.goto(`/${locale}/`);
    await page.mouse.move(300, 400);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 900);
    await page.waitForTimeout(1500);
    const expected = await page.evaluate(() => {
      // The active step of each scrolly, computed from the layout as the story does.
      const res: Record<string, number> = {};
      for (const s of Array.from(document.querySelectorAll('cc-scrolly'))) {
        const chart = s.querySelector('cc-chart')!.getAttribute('data-chart')!;
        let active = 1;
        for (const st of Array.from(s.querySelectorAll<HTMLElement>('[data-step-index]'))) {
          if (st.getBoundingClientRect().top <= window.innerHeight * 0.55) active = Number(st.dataset['stepIndex']);
        }
        res[chart] = active;
      }
      return res;
    });
    for (const [chart, n] of Object.entries(expected)) await expectStep(page, chart, n);
  });

  test('a resize keeps the step and switches the layout variant', async ({ page }) => {
    await page.goto(`/${locale}/#microsoft-emissions-3`);
    await expectStep(page, 'microsoft-emissions', 3);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.evaluate(() => document.getElementById('microsoft-emissions-3')!.scrollIntoView({ block: 'start' }));
    await expectStep(page, 'microsoft-emissions', 3);
    await expect(page.locator('cc-chart[data-chart="microsoft-emissions"] svg.chart__svg')).toHaveAttribute('viewBox', '0 0 360 380');
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(page.locator('cc-chart[data-chart="microsoft-emissions"] svg.chart__svg')).toHaveAttribute('viewBox', '0 0 720 480');
  });

  test('the back button returns to the previous step anchor', async ({ page }) => {
    await page.goto(`/${locale}/#microsoft-emissions-1`);
    await expectStep(page, 'microsoft-emissions', 1);
    await page.evaluate(() => (location.hash = '#microsoft-emissions-4'));
    await expectStep(page, 'microsoft-emissions', 4);
    await page.goBack();
    await expectStep(page, 'microsoft-emissions', 1);
  });

  test('three step changes inside one transition end exactly in the last step', async ({ page }) => {
    await page.goto(`/${locale}/#microsoft-emissions-1`);
    await expectStep(page, 'microsoft-emissions', 1);
    await page.evaluate(() => {
      const c = document.querySelector('cc-chart[data-chart="microsoft-emissions"]') as HTMLElement & { show: (n: number) => boolean };
      c.show(2);
      setTimeout(() => c.show(4), 60);
      setTimeout(() => c.show(3), 120);
    });
    await expectStep(page, 'microsoft-emissions', 3);
    // The marks settle in step 3's state (polled: on a loaded machine the renderer may load late, and its transition
    // then ends later than 700 ms after the last call).
    const target = await targetGeometry(page, 'microsoft-emissions', 3);
    await expect.poll(() => liveGeometry(page, 'microsoft-emissions'), { timeout: 5000 }).toEqual(target);
    await page.waitForTimeout(800);
    expect(await liveGeometry(page, 'microsoft-emissions')).toEqual(target);
  });

  test('keyboard scrolling (PageDown, Space, arrows) drives the steps', async ({ page }) => {
    await page.goto(`/${locale}/#microsoft-emissions-1`);
    await expectStep(page, 'microsoft-emissions', 1);
    await page.mouse.click(5, 300); // viewport coordinates: clicking the body element itself would scroll it into view
    let seen = 1;
    for (let i = 0; i < 30 && seen < 3; i++) {
      await page.keyboard.press(i % 3 === 0 ? 'PageDown' : i % 3 === 1 ? 'Space' : 'ArrowDown');
      await page.waitForTimeout(150);
      seen = Number(await page.locator('cc-chart[data-chart="microsoft-emissions"]').getAttribute('data-step'));
    }
    expect(seen).toBeGreaterThanOrEqual(3);
  });

  test('the page carries no step SVGs: a chart fetches its scenes when its section comes near, then draws the step read', async ({ page, request }) => {
    const html = await (await request.get(`/${locale}/`)).text();
    expect(html.match(/data-scene-for=/g) ?? []).toEqual([]);
    const fetched: string[] = [];
    page.on('request', (r) => {
      const m = /\/scenes\/([a-z0-9-]+)\.html$/.exec(new URL(r.url()).pathname);
      if (m) fetched.push(m[1]!);
    });
    // At the top, on a phone (where every chart takes its compact layout) and on a desktop: the first chapter's charts
    // at most, not the last chapters'.
    for (const [width, height] of [[375, 740], [1280, 800]] as const) {
      fetched.length = 0;
      await page.setViewportSize({ width, height });
      await page.goto(`/${locale}/`);
      await page.waitForLoadState('networkidle');
      expect(fetched.length, `${width} px: ${fetched.join(', ')}`).toBeLessThanOrEqual(4);
      expect(fetched).not.toContain('google-removal');
      expect(fetched).not.toContain('offsets-vs-emissions');
    }
    await scrollToStep(page, 'google-removal-2');
    await expectStep(page, 'google-removal', 2);
    expect(fetched.filter((c) => c === 'google-removal')).toEqual(['google-removal']);
    await page.waitForTimeout(1200);
    expect(await liveGeometry(page, 'google-removal')).toEqual(await targetGeometry(page, 'google-removal', 2));
  });

  test('on a phone every chart takes the compact layout, the first one too (drawn in the wide one in the HTML), and a link to a step puts its card under the chart', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`/${locale}/`);
    await scrollToStep(page, 'image-energy-2');
    await expectStep(page, 'image-energy', 2);
    await expect(page.locator('cc-chart[data-chart="image-energy"] svg.chart__svg')).toHaveAttribute('viewBox', '0 0 360 380');
    await page.goto(`/${locale}/#google-removal-2`);
    await expectStep(page, 'google-removal', 2);
    await expect(page.locator('cc-chart[data-chart="google-removal"] svg.chart__svg')).toHaveAttribute('viewBox', '0 0 360 380');
    const gap = await page.evaluate(() => {
      const card = document.querySelector('#google-removal-2 .step__card')!.getBoundingClientRect();
      const graphic = document.querySelector('cc-chart[data-chart="google-removal"]')!.closest('.scrolly__graphic')!.getBoundingClientRect();
      return card.top - graphic.bottom;
    });
    expect(gap).toBeGreaterThanOrEqual(-1);
  });

  test('turning a phone or a tablet and back keeps the reader on the step being read', async ({ page }) => {
    for (const [portrait, landscape, step] of [
      [{ width: 375, height: 740 }, { width: 740, height: 375 }, 'microsoft-btg-2'],
      [{ width: 768, height: 1024 }, { width: 1024, height: 768 }, 'amazon-leaf-3'],
    ] as const) {
      await page.setViewportSize(portrait);
      await page.goto(`/${locale}/`);
      await scrollToStep(page, step);
      const [chart, n] = [step.replace(/-\d+$/, ''), Number(step.split('-').at(-1))];
      await expectStep(page, chart, n);
      await expect(page.locator('.step.is-active').filter({ has: page.locator(`xpath=self::*[@id="${step}"]`) })).toHaveCount(1);
      for (const size of [landscape, portrait]) {
        await page.setViewportSize(size);
        // The step whose box holds the trigger line is still the one read, and the chart shows it.
        await expect
          .poll(() => page.evaluate(() => {
            const line = innerHeight * parseFloat(getComputedStyle(document.querySelector('.scrolly')!).getPropertyValue('--cc-trigger') || '0.55');
            return Array.from(document.querySelectorAll<HTMLElement>('.step[id]')).find((s) => { const r = s.getBoundingClientRect(); return r.top <= line && r.bottom > line; })?.id ?? '';
          }), `${size.width}×${size.height}`)
          .toBe(step);
        await expectStep(page, chart, n);
      }
    }
  });

  test('the first chart’s first step is in the HTML before any script runs; the others, two screens away, arrive with their scenes', async ({ request, page }) => {
    const html = await (await request.get(`/${locale}/`)).text();
    const live = (id: string) => new RegExp(`<cc-chart[^>]*data-chart="${id}"[^>]*data-step="1"[\\s\\S]*?<svg[^>]*class="chart__svg scene"[^>]*>([\\s\\S]*?)</svg>`).exec(html)?.[1] ?? 'missing';
    expect(live('image-energy')).toMatch(/data-key=/);
    expect(live('microsoft-emissions')).toBe('');
    await page.goto(`/${locale}/#microsoft-emissions-1`);
    await expectStep(page, 'microsoft-emissions', 1);
    await expect.poll(() => page.locator('cc-chart[data-chart="microsoft-emissions"] svg.chart__svg [data-key="bar-fy2020"]').count()).toBe(1);
  });
});

for (const locale of EDITIONS) test.describe(`with JavaScript off (/${locale}/)`, () => {
  test.use({ javaScriptEnabled: false });
  test('the scrolly unrolls: every step shows its own figure beside its text', async ({ page }) => {
    await page.goto(`/${locale}/`);
    const steps = await page.locator('[data-step-index]').count();
    expect(steps).toBeGreaterThanOrEqual(15);
    // Every step's figure is an image of its scene, drawn (loaded, not broken) beside its text.
    const img = page.locator('#microsoft-emissions-3 .step__figure img');
    await img.scrollIntoViewIfNeeded();
    await expect(img).toHaveAttribute('alt', locale === 'fr' ? /\d,\d\u202fMt CO2e/ : /\d\.\d\u00a0Mt CO2e/);
    await expect.poll(() => img.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth)).toBeGreaterThan(300);
    await page.evaluate(async () => {
      for (const e of Array.from(document.querySelectorAll('.step__figure img'))) e.scrollIntoView();
    });
    const drawn = await page.locator('.step__figure img').evaluateAll((els) =>
      els.map((e) => ({ id: e.closest('.step')!.id, ok: (e as HTMLImageElement).getBoundingClientRect().height > 50 })).filter((x) => !x.ok),
    );
    expect(drawn).toEqual([]);
    expect(await page.locator('.step__figure img').count()).toBe(steps);
    await expect.poll(() => page.locator('.step__figure img').evaluateAll((els) => els.filter((e) => !((e as HTMLImageElement).complete && (e as HTMLImageElement).naturalWidth > 0)).length)).toBe(0);
  });
});

for (const locale of EDITIONS) test(`a chart's data table: without JavaScript plain HTML; with it, parsed when first opened, with the same rows (/${locale}/)`, async ({ browser }) => {
  const rowsOf = async (js: boolean) => {
    const ctx = await browser.newContext({ javaScriptEnabled: js });
    const page = await ctx.newPage();
    await page.goto(`/${locale}/`);
    const atLoad = await page.locator('table').count();
    const details = page.locator('.chart-meta details.data-table').nth(3);
    await details.locator('summary').click();
    const rows = details.locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    await ctx.close();
    return { atLoad, cells };
  };
  const off = await rowsOf(false);
  const on = await rowsOf(true);
  expect(off.atLoad).toBe(13);
  expect(on.atLoad).toBe(0);
  expect(on.cells.length).toBeGreaterThan(3);
  expect(on.cells).toEqual(off.cells);
});

test.describe('on a short viewport (200 % zoom of 1280×800, a landscape phone)', () => {
  test.use({ viewport: { width: 640, height: 400 } });
  test('the scrolly unrolls so that each figure is drawn at full column width', async ({ page }) => {
    await page.goto('/fr/');
    await expect(page.locator('.scrolly__graphic .chart__frame').first()).toBeHidden();
    const fig = page.locator('#microsoft-emissions-2 .step__figure img');
    await fig.scrollIntoViewIfNeeded();
    await expect.poll(() => fig.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth)).toBeGreaterThan(300);
    await expect(fig).toBeVisible();
    const box = (await fig.boundingBox())!;
    expect(box.width).toBeGreaterThan(500);
  });
});

for (const locale of EDITIONS) test(`a glossary term opens its definition in place, and Escape closes it without moving the page (/${locale}/)`, async ({ page }) => {
  await page.goto(`/${locale}/`);
  const term = page.locator('button.term').first();
  await term.scrollIntoViewIfNeeded();
  const y = await page.evaluate(() => window.scrollY);
  await term.click();
  const pop = page.locator('.term-pop:popover-open');
  await expect(pop).toBeVisible();
  await expect(pop).toContainText(/\w{4,}/);
  await page.keyboard.press('Escape');
  await expect(pop).toHaveCount(0);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - y)).toBeLessThan(5);
});

test('French typography: no ordinary space before ; : ! ? » or after « in the story text', async ({ request }) => {
  const html = await (await request.get('/fr/')).text();
  const body = html.slice(html.indexOf('<body')).replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, '');
  const text = body.replace(/<[^>]+>/g, '');
  const bad = [...text.matchAll(/.{0,25}(?:\S [;:!?»]|« \S).{0,10}/g)].map((m) => m[0]);
  expect(bad).toEqual([]);
});

test('the Amazon fact-check box (C5) shows its verdict « En partie erroné » and says which half is wrong', async ({ page }) => {
  await page.goto('/fr/');
  const box = page.locator('#affirmation-C5');
  await expect(box.locator('.claim__badge')).toHaveText('En partie erroné');
  await expect(box).toHaveClass(/claim--partly-wrong/);
  await expect(box.locator('.claim__fix')).toContainText('pré-accord');
  await expect(box.locator('.claim__fix')).toContainText('faible intégrité');
});
