import { test, expect, type Page } from '@playwright/test';
import { dict } from '../../src/i18n';

/** Readers' trip-ups (issue #8): what a reader sees on a phone, a laptop and on paper. */

/** Chart ids of the story's scrollies, in order. */
const scrollies = (page: Page) => page.$$eval('cc-scrolly', (els) => els.map((e) => (e as HTMLElement).dataset['scrolly']!));

/** The step each scrolly's chart shows. */
const shownSteps = (page: Page) =>
  page.$$eval('cc-scrolly cc-chart', (els) => els.map((e) => `${(e as HTMLElement).dataset['chart']}:${(e as HTMLElement).dataset['step']}`));

test.describe('printing the story', () => {
  test('every glossary term stays in its sentence in print', async ({ page }) => {
    await page.goto('/fr/');
    await page.emulateMedia({ media: 'print' });
    const lost = await page.$$eval('.term', (terms) =>
      terms
        .filter((t) => !t.closest('.term-pop'))
        .map((t) => {
          const block = t.closest('p, li, dd, dt, h2, h3')! as HTMLElement;
          const word = t.textContent!.replace(/\s+/g, ' ').trim();
          const printed = block.innerText.replace(/\s+/g, ' ');
          return printed.includes(word) && t.getClientRects().length > 0 ? '' : `${word} — «${printed.slice(0, 80)}»`;
        })
        .filter(Boolean),
    );
    expect(await page.locator('.term').count()).toBeGreaterThanOrEqual(5);
    expect(lost).toEqual([]);
    // The sentences the issue quotes read whole.
    const text = (await page.locator('main').innerText()).replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(text).not.toMatch(/\( \)|le , le/);
  });
});

for (const [width, height] of [
  [1280, 720],
  [1280, 800],
  [1440, 900],
] as const) {
  test.describe(`on a ${width}×${height} laptop`, () => {
    test.use({ viewport: { width, height } });

    test('the sticky chart fits the window whenever one of its steps reaches the trigger line', async ({ page }) => {
      await page.goto('/fr/');
      const out = await page.evaluate(() => {
        const bad: string[] = [];
        for (const sc of Array.from(document.querySelectorAll<HTMLElement>('cc-scrolly'))) {
          const g = sc.querySelector<HTMLElement>('.scrolly__graphic')!;
          for (const s of Array.from(sc.querySelectorAll<HTMLElement>('[data-step-index]'))) {
            // The step's top just above the trigger line (55 % of the window): it has become the active step.
            window.scrollTo(0, s.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.55 + 2);
            const r = g.getBoundingClientRect();
            if (r.top < -1 || r.bottom > window.innerHeight + 1) bad.push(`${s.id}: chart from ${Math.round(r.top)} to ${Math.round(r.bottom)} px`);
          }
        }
        return bad;
      });
      expect(out).toEqual([]);
    });

    test('nothing covers a chart while one of its steps’ text is on screen', async ({ page }) => {
      await page.goto('/fr/');
      const out = await page.evaluate(() => {
        const bad = new Map<string, number>();
        for (const sc of Array.from(document.querySelectorAll<HTMLElement>('cc-scrolly'))) {
          const g = sc.querySelector<HTMLElement>('.scrolly__graphic')!;
          const texts = Array.from(sc.querySelectorAll<HTMLElement>('.step__text'));
          const start = sc.getBoundingClientRect().top + window.scrollY - window.innerHeight;
          const end = sc.getBoundingClientRect().bottom + window.scrollY;
          for (let y = start; y < end; y += 25) {
            window.scrollTo(0, y);
            const onScreen = texts.some((t) => {
              const r = t.getBoundingClientRect();
              return r.bottom > 0 && r.top < window.innerHeight;
            });
            if (!onScreen) continue;
            const r = g.getBoundingClientRect();
            let covered = 0;
            for (let py = Math.max(r.top, 0) + 5; py < Math.min(r.bottom, window.innerHeight) - 1; py += 20) {
              for (const fx of [0.1, 0.5, 0.9]) {
                const hit = document.elementFromPoint(r.left + r.width * fx, py);
                if (hit && !g.contains(hit)) covered = Math.max(covered, r.bottom - py);
              }
            }
            if (covered > 0) bad.set(sc.dataset['scrolly']!, Math.max(bad.get(sc.dataset['scrolly']!) ?? 0, Math.round(covered)));
          }
        }
        return [...bad].map(([id, px]) => `${id}: ${px} px of the chart covered`);
      });
      expect(out).toEqual([]);
    });
  });
}

test.describe('the data table on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  for (const locale of ['fr', 'en'] as const) {
    test(`/${locale}/: each row reads at a glance: value first, period beside it, scope, status and source labelled, nothing scrolls sideways, rows of a few lines`, async ({ page }) => {
      const D = dict(locale);
      await page.goto(`/${locale}/`);
      const details = page.locator('.chart-meta details.data-table').first();
      await details.locator('summary').click();
      const m = await details.evaluate((d, L) => {
        const region = d.querySelector<HTMLElement>('.data-table__scroll')!;
        const rows = Array.from(d.querySelectorAll<HTMLElement>('tbody tr'));
        // Columns found by their header's words, as a reader of the wide table finds them.
        const headers = Array.from(d.querySelectorAll('thead th'), (th) => th.textContent!.trim());
        const col = (k: string) => headers.indexOf(L[k]!);
        /** The words shown before a cell (CSS generated content; its alternative text is empty). */
        const label = (c: Element) => /^"(.*)" \/ ""$/.exec(getComputedStyle(c, '::before').content)?.[1] ?? '';
        return {
          headers,
          sideways: region.scrollWidth - region.clientWidth,
          inner: region.scrollHeight - region.clientHeight,
          rows: rows.map((r) => {
            const cells = Array.from(r.children) as HTMLElement[];
            const value = cells[col('value')]!.getBoundingClientRect();
            const period = cells[col('period')]!.getBoundingClientRect();
            const first = Math.min(...cells.map((c) => c.getBoundingClientRect().top));
            return {
              h: Math.round(r.getBoundingClientRect().height),
              valueFirst: value.top <= first + 1,
              valueRight: Math.round(value.right),
              periodBeside: Math.abs(period.top - value.top) < value.height && period.left >= value.right,
              labels: Object.fromEntries(['entity', 'metric', 'period', 'value', 'scope', 'status', 'source'].map((k) => [k, label(cells[col(k)]!)])),
            };
          }),
        };
      }, D.table);
      expect(m.headers).toEqual(['entity', 'metric', 'period', 'value', 'scope', 'status', 'source'].map((k) => D.table[k]));
      expect(m.sideways, 'the table scrolls sideways').toBeLessThanOrEqual(1);
      expect(m.inner, 'the table is a box that scrolls inside the page').toBeLessThanOrEqual(1);
      expect(m.rows.length).toBeGreaterThan(0);
      const labelled = (k: string) => `${D.table[k]}${D.colon.trimEnd()} `;
      for (const r of m.rows) {
        expect(r.valueFirst, 'the value comes first').toBe(true);
        expect(r.valueRight, 'the value is on screen').toBeLessThanOrEqual(375);
        expect(r.periodBeside, 'the period sits beside the value').toBe(true);
        // The period reads as a year, unlabelled; scope, status and source are labelled in the page's language.
        expect(r.labels).toEqual({ entity: '', metric: '', period: '', value: '', scope: labelled('scope'), status: labelled('status'), source: labelled('source') });
        // At most 30 % of the screen (today 150–295 px, one and a half rows in a 332 px box).
        expect(r.h, 'a row fits in a glance').toBeLessThanOrEqual(0.3 * 740);
      }
      // Still a table for assistive technology: Chromium's own accessibility tree.
      const cdp = await page.context().newCDPSession(page);
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.chart-meta details.data-table table' });
      const roles = async (role: string) => (await cdp.send('Accessibility.queryAXTree', { nodeId, role })).nodes.length;
      expect(await roles('table')).toBe(1);
      expect(await roles('row')).toBe(m.rows.length + 1);
      expect(await roles('rowheader')).toBe(m.rows.length);
      expect(await roles('columnheader')).toBe(7);
      expect(await roles('cell')).toBe(m.rows.length * 6);
      // The card labels are not read out (the column headers are): a cell's name is its text alone.
      const snapshot = await details.locator('table').ariaSnapshot();
      expect(snapshot).not.toContain(labelled('scope').trim());
    });
  }
});

test('on a laptop, the data table’s column headers stay in view while its rows scroll, and values line up on the right', async ({ page }) => {
  await page.goto('/fr/');
  const details = page.locator('.chart-meta details.data-table').first();
  await details.scrollIntoViewIfNeeded();
  await details.locator('summary').click();
  const r = await details.evaluate((d, value) => {
    const region = d.querySelector<HTMLElement>('.data-table__scroll')!;
    const heads = Array.from(d.querySelectorAll<HTMLElement>('thead th'));
    const head = heads[0]!;
    // The value column, found by its header's words: each value's text ends where its header's text ends.
    const col = heads.findIndex((th) => th.textContent!.trim() === value);
    const textRight = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return Math.round(range.getBoundingClientRect().right);
    };
    const headRight = textRight(heads[col]!);
    const offRight = Array.from(d.querySelectorAll('tbody tr'), (tr) => Math.abs(textRight(tr.children[col]!) - headRight));
    region.scrollTop = region.scrollHeight;
    return { scrolls: region.scrollHeight > region.clientHeight + 1, head: head.getBoundingClientRect().top - region.getBoundingClientRect().top, offRight };
  }, dict('fr').table['value']!);
  expect(r.offRight.length).toBeGreaterThan(0);
  expect(Math.max(...r.offRight), 'values right-aligned under their header').toBeLessThanOrEqual(1);
  // When the rows scroll inside their box, the header row stays at its top.
  if (r.scrolls) expect(Math.abs(r.head)).toBeLessThanOrEqual(1);
});

test.describe('French typography', () => {
  for (const width of [375, 390]) {
    test(`at ${width} px no line breaks between « ( » or « l’ » and the glossary term after it`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/fr/');
      const bad = await page.$$eval('button.term', (terms) =>
        terms
          .map((t) => {
            const prev = t.previousSibling;
            if (!prev || prev.nodeType !== Node.TEXT_NODE || /\s$/.test(prev.textContent!) || !prev.textContent) return '';
            const r = document.createRange();
            r.setStart(prev, prev.textContent!.length - 1);
            r.setEnd(prev, prev.textContent!.length);
            const glue = r.getClientRects()[0];
            const first = t.getClientRects()[0];
            if (!glue || !first) return '';
            return Math.abs(glue.bottom - first.bottom) > 4 ? `${prev.textContent!.slice(-12)} / ${t.textContent}` : '';
          })
          .filter(Boolean),
      );
      expect(await page.locator('button.term').count()).toBeGreaterThan(3);
      expect(bad).toEqual([]);
    });
  }

  test('headings have more room above them than below, like the other chapter headings', async ({ page }) => {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/fr/');
      const gaps = await page.$$eval('main h2', (hs) =>
        hs.map((h) => {
          let prev = h.previousElementSibling as HTMLElement | null;
          while (prev && prev.getClientRects().length === 0) prev = prev.previousElementSibling as HTMLElement | null;
          const container = prev ? null : (h.parentElement!.previousElementSibling as HTMLElement | null);
          const above = prev ?? container;
          const fs = parseFloat(getComputedStyle(h).fontSize);
          return { text: h.textContent!.trim(), gap: above ? h.getBoundingClientRect().top - above.getBoundingClientRect().bottom : 999, fs };
        }),
      );
      const named = gaps.filter((g) => /vrai progrès|Glossaire/.test(g.text));
      expect(named.length).toBe(2);
      for (const g of named) expect(g.gap, `${width}px: space above «${g.text}»`).toBeGreaterThanOrEqual(1.2 * g.fs);
    }
  });

  test('seed notes, claims and data tables use French number spacing (no ordinary space in 1 000 or 22 Wh)', async ({ request }) => {
    const plain = (html: string) =>
      html
        .slice(html.indexOf('<body'))
        .replace(/<(script|style|svg|code)\b[\s\S]*?<\/\1>/g, '')
        .replace(/<[^>]+>/g, '')
        .replace(/&nbsp;/g, '\u00a0');
    const bad: string[] = [];
    for (const url of ['/fr/sources/', '/fr/']) {
      const text = plain(await (await request.get(url)).text());
      const re = /.{0,20}(?<![\d.,])\d{1,3}[ \u00a0]\d{3}(?!\d)|.{0,20}\d[ \u00a0](?:[kMGT]?Wh|Mt|kt|Gt|t|%|M\$|Md\$)(?![\p{L}\d]).{0,5}/gu;
      bad.push(...[...text.matchAll(re)].map((m) => `${url}: ${m[0].trim()}`));
    }
    expect(bad).toEqual([]);
  });
});

test.describe('on a 375×740 phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the browser toolbar showing and hiding (a 60 px height change) neither flips the step nor moves the trigger', async ({ page }) => {
    await page.goto('/fr/');
    const ids = await scrollies(page);
    for (const id of ids.slice(0, 3)) {
      // Step 2's top in the band between the two trigger lines (0.8 × 680 = 544 and 0.8 × 740 = 592 px).
      await page.evaluate((sid) => {
        const s = document.getElementById(sid)!;
        window.scrollTo(0, s.getBoundingClientRect().top + window.scrollY - 570);
      }, `${id}-2`);
      await page.waitForTimeout(300);
      const where = () =>
        page.evaluate((sid) => {
          const g = document.getElementById(sid)!.closest('cc-scrolly')!.querySelector('.scrolly__graphic')!.getBoundingClientRect();
          return { chart: [Math.round(g.top), Math.round(g.height)], step: Math.round(document.getElementById(sid)!.getBoundingClientRect().top) };
        }, `${id}-2`);
      const before = await shownSteps(page);
      const at = await where();
      expect(before).toContain(`${id}:2`);
      expect(at.step).toBeGreaterThan(544);
      expect(at.step).toBeLessThanOrEqual(592);
      await page.setViewportSize({ width: 375, height: 680 });
      await page.waitForTimeout(400);
      expect(await shownSteps(page), `${id}: toolbar shown`).toEqual(before);
      expect(await where(), `${id}: toolbar shown`).toEqual(at);
      await page.setViewportSize({ width: 375, height: 740 });
      await page.waitForTimeout(400);
      expect(await shownSteps(page), `${id}: toolbar hidden again`).toEqual(before);
      expect(await where(), `${id}: toolbar hidden again`).toEqual(at);
    }
    // A real change of height (a keyboard, a split screen: 200 px) is followed.
    await page.setViewportSize({ width: 375, height: 540 });
    await page.waitForTimeout(400);
    const h = await page.evaluate(() => document.querySelector('.scrolly__graphic')!.getBoundingClientRect().height);
    expect(h).toBeLessThan(0.62 * 600);
  });

  test('no keyboard focus lands on something hidden', async ({ page }) => {
    await page.goto('/fr/');
    const hidden: string[] = [];
    let count = 0;
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const r = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const rect = el.getBoundingClientRect();
        const x = Math.min(Math.max(rect.left + rect.width / 2, 0), window.innerWidth - 1);
        const y = Math.min(Math.max(rect.top + rect.height / 2, 0), window.innerHeight - 1);
        const hit = document.elementFromPoint(x, y);
        const inView = rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth;
        const label = `${el.tagName.toLowerCase()} «${(el.textContent ?? '').trim().slice(0, 30)}»`;
        return { label, end: el.closest('footer') !== null && el.matches('footer a:last-of-type'), ok: inView && !!hit && (el === hit || el.contains(hit)) };
      });
      if (!r) break;
      count++;
      if (!r.ok) hidden.push(r.label);
      if (await page.evaluate(() => document.activeElement === [...document.querySelectorAll('a, button, summary, [tabindex="0"]')].at(-1))) break;
    }
    expect(count).toBeGreaterThan(50);
    expect(hidden).toEqual([]);
  });
});

test('on a laptop, each chart’s source links come after its steps’ text in tab order', async ({ page }) => {
  await page.goto('/fr/');
  const seen: { scrolly: string; part: string }[] = [];
  const up: string[] = [];
  let y = 0;
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const r = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const sc = el.closest<HTMLElement>('cc-scrolly');
      const last = el === [...document.querySelectorAll('a, button, summary, [tabindex="0"]')].at(-1);
      const part = el.closest('.scrolly__graphic') ? 'chart' : el.closest('.scrolly__steps') ? 'steps' : 'other';
      return { scrolly: sc?.dataset['scrolly'] ?? '', part, last, y: window.scrollY, text: (el.textContent ?? '').trim().slice(0, 30) };
    });
    if (!r) break;
    seen.push(r);
    // Tab never sends the reader back up the page.
    if (r.y < y - 100) up.push(`${Math.round(y - r.y)} px up to «${r.text}»`);
    y = r.y;
    if (r.last) break;
  }
  expect(up, 'Tab scrolled the page back up').toEqual([]);
  const late: string[] = [];
  seen.forEach((s, i) => {
    if (s.part === 'steps' && seen.slice(0, i).some((p) => p.scrolly === s.scrolly && p.part === 'chart')) late.push(s.scrolly);
  });
  expect(seen.filter((s) => s.part === 'chart').length).toBeGreaterThan(5);
  expect([...new Set(late)], 'step text reached after its chart’s links').toEqual([]);
});

test('on a phone, each chart’s notes and every source link can be read in the block after its scrolly', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/fr/');
  const blocks = page.locator('.chart-meta');
  const n = await blocks.count();
  expect(n).toBe(13);
  for (let i = 0; i < n; i++) {
    const block = blocks.nth(i);
    const line = block.locator('.chart-meta__sources .source-line');
    await line.scrollIntoViewIfNeeded();
    // Wrapped, not cut: nothing hidden behind an ellipsis.
    expect(await line.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && getComputedStyle(el).whiteSpace !== 'nowrap')).toBe(true);
    const links = line.locator('a');
    for (let j = 0; j < (await links.count()); j++) {
      const box = await links.nth(j).boundingBox();
      expect(box && box.width > 0 && box.height > 0, `chart ${i + 1} link ${j + 1}`).toBe(true);
    }
    if ((await block.locator('.chart__notes li').count()) > 0) await expect(block.locator('.chart__notes')).toBeVisible();
  }
});
