import { test, expect, type Page } from '@playwright/test';
import { CLASSROOM, EDITIONS, guard } from './helpers';

/** What each edition's classroom view says. */
const CW = {
  fr: {
    firstSlide: /^Diapositive 1 sur \d+$/,
    slide: (i: number, n: number) => `Diapositive ${i} sur ${n}`,
    figure: /Microsoft.*\d+,\d\s?Mt/,
    endTitle: 'Compenser n’est pas réduire',
    endFirst: 'Des émissions totales qui baissent',
    endLast: 'pas une gomme',
    lastChapter: 'Chapitre 5 · Conclusion',
  },
  en: {
    firstSlide: /^Slide 1 of \d+$/,
    slide: (i: number, n: number) => `Slide ${i} of ${n}`,
    figure: /Microsoft.*\d+\.\d\s?Mt/,
    endTitle: 'Offsetting is not reducing',
    endFirst: 'Total emissions that fall',
    endLast: 'not an eraser',
    lastChapter: 'Chapter 5 · Conclusion',
  },
} as const;

/** The state the deck shows: hash, active frame and, on a chart slide, the chart's id, step and caption. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const frame = document.querySelector<HTMLElement>('.deck-frame.is-active');
    const chart = frame?.querySelector<HTMLElement>('cc-chart');
    return {
      hash: decodeURIComponent(location.hash.slice(1)),
      frame: frame?.dataset['frame'] ?? null,
      frames: document.querySelectorAll('.deck-frame.is-active').length,
      chart: chart?.dataset['chart'] ?? null,
      step: chart ? Number(chart.dataset['step']) : null,
      caption: chart?.querySelector('[data-caption]')?.textContent?.trim() ?? null,
      count: document.querySelector('[data-count]')?.textContent ?? '',
    };
  });
}

/** Slide ids in deck order, and the caption written for each step slide. */
async function slides(page: Page) {
  return page.$$eval('[data-slide]', (els) =>
    els.map((e) => ({
      id: (e as HTMLElement).dataset['slide']!,
      step: (e as HTMLElement).dataset['slideStep'] ? Number((e as HTMLElement).dataset['slideStep']) : null,
      caption: e.querySelector('.handout__caption')?.textContent?.trim() ?? null,
    })),
  );
}

for (const locale of EDITIONS) test.describe(`the classroom view at ${CLASSROOM[locale]}`, () => {
  const w = CW[locale];
  test('the story header links to the classroom view, which opens on the first slide, in the light theme even on a dark system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/${locale}/`);
    await page.locator(`.site-header a[href="${CLASSROOM[locale]}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${CLASSROOM[locale]}#chapitre-\\d+$`));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(251, 250, 247)');
    const s = await shown(page);
    expect(s.frames).toBe(1);
    expect(s.count).toMatch(w.firstSlide);
  });

  test('walking with → Space PageDown visits every step of every chart exactly once, in story order; ← PageUp Home End go back', async ({ page }) => {
    const g = guard(page);
    await page.goto(`/${locale}/`);
    const storyIds = await page.$$eval('[data-step-index]', (els) => els.map((e) => e.id));
    await page.goto(CLASSROOM[locale]);
    const deck = await slides(page);
    const charts = await page.$$eval('.deck__stage cc-chart', (els) =>
      els.map((e) => ({ id: (e as HTMLElement).dataset['chart']!, steps: Number((e as HTMLElement).dataset['steps']) })),
    );
    expect(charts.length).toBeGreaterThanOrEqual(5);
    const expected = charts.flatMap((c) => Array.from({ length: c.steps }, (_, i) => `${c.id}-${i + 1}`));
    const captions = new Map(deck.map((d) => [d.id, d.caption]));

    const visited: string[] = [];
    const keys = ['ArrowRight', ' ', 'PageDown'];
    for (let i = 0; i < deck.length; i++) {
      const s = await shown(page);
      expect(s.hash, `slide ${i + 1}`).toBe(deck[i]!.id);
      expect(s.frames).toBe(1);
      expect(s.count).toBe(w.slide(i + 1, deck.length));
      if (s.chart) {
        // A chart draws its step (and its caption) once its steps are there: fetched when the page is idle, or now.
        await expect.poll(async () => { const x = await shown(page); return `${x.chart}-${x.step}`; }).toBe(deck[i]!.id);
        const drawn = await shown(page);
        visited.push(`${drawn.chart}-${drawn.step}`);
        expect(drawn.caption, `caption of ${deck[i]!.id}`).toBe(captions.get(deck[i]!.id));
      }
      await page.keyboard.press(keys[i % keys.length]!);
    }
    expect(visited).toEqual(expected);
    // The story's steps, in the story's order, are the deck's (charts the story does not place yet aside).
    const inStory = new Set(storyIds.map((id) => id.replace(/-\d+$/, '')));
    expect(visited.filter((id) => inStory.has(id.replace(/-\d+$/, '')))).toEqual(storyIds);
    const missing = charts.map((c) => c.id).filter((id) => !inStory.has(id));
    if (missing.length) test.info().annotations.push({ type: 'charts not in the story yet', description: missing.join(', ') });

    // Past the end: stays on the last slide.
    expect((await shown(page)).hash).toBe(deck.at(-1)!.id);
    await page.keyboard.press('ArrowLeft');
    expect((await shown(page)).hash).toBe(deck.at(-2)!.id);
    await page.keyboard.press('PageUp');
    expect((await shown(page)).hash).toBe(deck.at(-3)!.id);
    await page.keyboard.press('Home');
    expect((await shown(page)).hash).toBe(deck[0]!.id);
    await page.keyboard.press('End');
    expect((await shown(page)).hash).toBe(deck.at(-1)!.id);
    g.check();
  });

  test('reload with a hash returns to that slide, and Back/Forward step through the slides visited', async ({ page }) => {
    await page.goto(`${CLASSROOM[locale]}#microsoft-emissions-3`);
    // The chart draws its step once its scenes are there (fetched, or from the cache): poll.
    await expect.poll(async () => { const x = await shown(page); return [x.chart, x.step]; }).toEqual(['microsoft-emissions', 3]);
    let s = await shown(page);
    await page.keyboard.press('ArrowRight');
    s = await shown(page);
    expect(s.hash).toBe('microsoft-emissions-4');
    await page.reload();
    await expect.poll(async () => { const x = await shown(page); return [x.hash, x.chart, x.step]; }).toEqual(['microsoft-emissions-4', 'microsoft-emissions', 4]);
    await page.goBack();
    await expect.poll(async () => (await shown(page)).hash).toBe('microsoft-emissions-3');
    s = await shown(page);
    expect([s.chart, s.step]).toEqual(['microsoft-emissions', 3]);
    await page.goForward();
    await expect.poll(async () => (await shown(page)).hash).toBe('microsoft-emissions-4');
    expect((await shown(page)).step).toBe(4);
    // A link from a lesson plan: another hash on the same page.
    await page.evaluate(() => (location.hash = '#microsoft-emissions-1'));
    await expect.poll(async () => (await shown(page)).step).toBe(1);
  });

  test('an unknown, malformed or hostile hash opens the first slide, silently', async ({ page }) => {
    const g = guard(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    const first = await (async () => {
      await page.goto(CLASSROOM[locale]);
      return (await slides(page))[0]!.id;
    })();
    for (const hash of ['#nope-99', '#%E0%A4%A', '#<img src=x onerror=alert(1)>', '#microsoft-emissions-999', '#__proto__']) {
      await page.goto(`${CLASSROOM[locale]}${hash}`);
      await page.reload();
      const s = await shown(page);
      expect(s.hash, hash).toBe(first);
      expect(s.frames).toBe(1);
    }
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toBe(0);
    g.check();
  });

  test('F and the button toggle full screen; keys keep working after the button is clicked, without double action', async ({ page }) => {
    await page.goto(`${CLASSROOM[locale]}#microsoft-emissions-1`);
    const btn = page.locator('button[data-action="fullscreen"]');
    await expect(btn).toBeVisible();
    await btn.click();
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
    await expect(btn).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowRight');
    expect((await shown(page)).hash).toBe('microsoft-emissions-2');
    await page.keyboard.press(' ');
    expect((await shown(page)).hash).toBe('microsoft-emissions-3');
    expect(await page.evaluate(() => !!document.fullscreenElement)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
    await page.keyboard.press('F');
    await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
    await page.keyboard.press('PageDown');
    expect((await shown(page)).hash).toBe('microsoft-emissions-4');
    // Keyboard activation of a focused button: Enter acts once, on the button only.
    await page.evaluate(() => document.exitFullscreen());
    await page.locator('button[data-action="prev"]').focus();
    await page.keyboard.press('Enter');
    expect((await shown(page)).hash).toBe('microsoft-emissions-3');
  });

  test('N opens the notes panel with the slide’s sources, key figures and discussion questions', async ({ page }) => {
    await page.goto(`${CLASSROOM[locale]}#microsoft-emissions-2`);
    const panel = page.locator('#deck-notes');
    await expect(panel).toBeHidden();
    await page.keyboard.press('n');
    await expect(panel).toBeVisible();
    const notes = panel.locator('[data-notes-for="microsoft-emissions"]');
    await expect(notes).toBeVisible();
    expect(await panel.locator('[data-notes-for]:visible').count()).toBe(1);
    const urls = await notes.locator('.deck__sources a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(u).toMatch(/^https?:\/\//);
    const figures = await notes.locator('.deck__figures li').allTextContents();
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.join('\n')).toMatch(w.figure);
    const questions = await notes.locator('.deck__questions li').allTextContents();
    expect(questions.length).toBeGreaterThanOrEqual(1);
    // Every chapter's questions (2 or 3 expected; fewer is reported, chapters are still being written).
    const perChapter = await page.$$eval('[data-notes-for^="chapitre-"]', (els) =>
      els.map((e) => `${(e as HTMLElement).dataset['notesFor']}: ${e.querySelectorAll('.deck__questions li').length}`),
    );
    const few = perChapter.filter((s) => Number(s.split(': ')[1]) < 2);
    if (few.length) test.info().annotations.push({ type: 'chapters with fewer than 2 questions', description: few.join(', ') });
    await page.keyboard.press('ArrowRight');
    await expect(notes).toBeVisible();
    await page.keyboard.press('N');
    await expect(panel).toBeHidden();
  });

  test('a swipe to the left shows the next slide, to the right the previous one', async ({ page }) => {
    await page.goto(`${CLASSROOM[locale]}#microsoft-emissions-2`);
    const swipe = (from: number, to: number) =>
      page.evaluate(
        ([a, b]) => {
          const stage = document.querySelector('[data-stage]')!;
          const ev = (type: string, x: number) =>
            new PointerEvent(type, { pointerType: 'touch', pointerId: 7, isPrimary: true, clientX: x, clientY: 400, bubbles: true });
          stage.dispatchEvent(ev('pointerdown', a!));
          stage.dispatchEvent(ev('pointerup', b!));
        },
        [from, to],
      );
    await swipe(900, 500);
    expect((await shown(page)).hash).toBe('microsoft-emissions-3');
    await swipe(500, 900);
    await swipe(500, 900);
    expect((await shown(page)).hash).toBe('microsoft-emissions-1');
    await swipe(500, 530); // too short: no move
    expect((await shown(page)).hash).toBe('microsoft-emissions-1');
  });

  test('at 1920×1080 every slide’s text is at least 32 px and its chart labels at least 20 px on screen', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(CLASSROOM[locale]);
    const deck = await slides(page);
    const worst: string[] = [];
    let minBody = Infinity;
    let minLabel = Infinity;
    for (const d of deck) {
      await page.evaluate((id) => (location.hash = `#${id}`), d.id);
      await expect.poll(async () => (await shown(page)).hash).toBe(d.id);
      if (d.step !== null) await expect.poll(() => page.evaluate(() => !!document.querySelector('.deck-frame.is-active svg.chart__svg [data-key]'))).toBe(true);
      const m = await page.evaluate(() => {
        const frame = document.querySelector('.deck-frame.is-active')!;
        let body = Infinity;
        let bodyWhat = '';
        for (const el of Array.from(frame.querySelectorAll<HTMLElement>('*'))) {
          if (el.closest('svg, .visually-hidden, template')) continue;
          const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim());
          if (!own || el.getClientRects().length === 0) continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size < body) [body, bodyWhat] = [size, el.textContent!.trim().slice(0, 40)];
        }
        let label = Infinity;
        let labelWhat = '';
        const svg = frame.querySelector<SVGSVGElement>('svg.chart__svg');
        if (svg) {
          const scale = svg.getScreenCTM()!.a;
          for (const t of Array.from(svg.querySelectorAll<SVGTextElement>('text'))) {
            if (!t.textContent!.trim() || getComputedStyle(t).display === 'none' || Number(t.getAttribute('opacity') ?? 1) === 0) continue;
            const size = parseFloat(getComputedStyle(t).fontSize) * scale;
            if (size < label) [label, labelWhat] = [size, t.textContent!.trim().slice(0, 40)];
          }
        }
        return { body, bodyWhat, label, labelWhat };
      });
      minBody = Math.min(minBody, m.body);
      minLabel = Math.min(minLabel, m.label);
      if (m.body < 32) worst.push(`${d.id}: text ${m.body.toFixed(1)} px «${m.bodyWhat}»`);
      if (m.label < 20) worst.push(`${d.id}: chart label ${m.label.toFixed(1)} px «${m.labelWhat}»`);
    }
    console.log(`classroom 1920×1080: ${deck.length} slides, smallest text ${minBody.toFixed(1)} px, smallest chart label ${minLabel.toFixed(1)} px`);
    expect(worst).toEqual([]);
  });

  for (const [w, h] of [
    [1024, 768],
    [1920, 1080],
  ] as const) {
    test(`at ${w}×${h} every slide fits the screen: nothing of the active slide or the controls is cropped`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(CLASSROOM[locale]);
      const deck = await slides(page);
      const bad: string[] = [];
      for (const d of deck) {
        await page.evaluate((id) => (location.hash = `#${id}`), d.id);
        await expect.poll(async () => (await shown(page)).hash).toBe(d.id);
        if (d.step !== null) await expect.poll(() => page.evaluate(() => !!document.querySelector('.deck-frame.is-active svg.chart__svg [data-key]'))).toBe(true);
        await page.waitForTimeout(d.step === 1 ? 50 : 0);
        const out = await page.evaluate(() => {
          const W = window.innerWidth;
          const H = window.innerHeight;
          const res: string[] = [];
          if (document.documentElement.scrollWidth > W || document.documentElement.scrollHeight > H) {
            res.push(`page scrolls: ${document.documentElement.scrollWidth}×${document.documentElement.scrollHeight}`);
          }
          const scope = Array.from(document.querySelectorAll('.deck-frame.is-active *, .deck__bar *, .deck__progress *'));
          for (const el of scope) {
            if (el.closest('.visually-hidden, template')) continue;
            for (const r of Array.from(el.getClientRects())) {
              if (r.width === 0 && r.height === 0) continue;
              if (r.left < -1 || r.top < -1 || r.right > W + 1 || r.bottom > H + 1) {
                res.push(`${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]} «${(el.textContent ?? '').trim().slice(0, 30)}» ${Math.round(r.left)},${Math.round(r.top)}→${Math.round(r.right)},${Math.round(r.bottom)}`);
                break;
              }
            }
          }
          // Text that does not fit its own box (clipped by overflow) counts as cropped too.
          for (const el of Array.from(document.querySelectorAll<HTMLElement>('.deck-frame.is-active, .deck-frame.is-active .chart__caption, .deck-frame.is-active .chart__head'))) {
            if (el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== 'visible') res.push(`${el.className} overflows its box`);
          }
          return res;
        });
        bad.push(...out.slice(0, 3).map((o) => `${d.id}: ${o}`));
      }
      expect(bad).toEqual([]);
    });
  }
  test('the deck ends on a conclusion slide with the last chapter’s title and takeaways, after the last chart step', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(CLASSROOM[locale]);
    const deck = await slides(page);
    expect(deck[deck.length - 1]!.id).toBe('conclusion');
    expect(deck[deck.length - 2]!.step).not.toBeNull();
    await page.keyboard.press('End');
    await expect.poll(async () => (await shown(page)).hash).toBe('conclusion');
    const card = page.locator('.deck-frame.is-active');
    await expect(card.locator('h2')).toHaveText(w.endTitle);
    await expect(card.locator('.deck-card__takeaways li')).toHaveCount(5);
    await expect(card.locator('.deck-card__takeaways li').first()).toHaveText(w.endFirst);
    await expect(card).toContainText(w.endLast);
    expect((await shown(page)).count).toBe(w.slide(deck.length, deck.length));
    const size = await card.locator('.deck-card__takeaways li').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(32);
  });

  test('at 1920×1080 with the notes panel open, the panel covers only the text column: the chart stays whole, labels ≥ 20 px', async ({ page }) => {
    // Final states only: with reduced motion a slide change jumps (a text whose words change mid-tween is not a layout).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(CLASSROOM[locale]);
    const deck = (await slides(page)).filter((d) => d.step !== null);
    await page.keyboard.press('n');
    await expect(page.locator('[data-notes]')).toBeVisible();
    const bad: string[] = [];
    let min = Infinity;
    for (const d of deck) {
      await page.evaluate((id) => (location.hash = `#${id}`), d.id);
      await expect.poll(async () => (await shown(page)).hash).toBe(d.id);
      if (d.step !== null) await expect.poll(() => page.evaluate(() => !!document.querySelector('.deck-frame.is-active svg.chart__svg [data-key]'))).toBe(true);
      const m = await page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('.deck-frame.is-active svg.chart__svg')!;
        const notes = document.querySelector('[data-notes]')!.getBoundingClientRect();
        let right = 0;
        let label = Infinity;
        for (const t of Array.from(svg.querySelectorAll<SVGTextElement>('text'))) {
          if (!t.textContent!.trim() || getComputedStyle(t).display === 'none' || Number(getComputedStyle(t).opacity) === 0) continue;
          right = Math.max(right, t.getBoundingClientRect().right);
          label = Math.min(label, parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a);
        }
        return { right: Math.max(right, ...Array.from(svg.querySelectorAll(':scope > [data-key]')).map((e) => e.getBoundingClientRect().right)), notesLeft: notes.left, label };
      });
      min = Math.min(min, m.label);
      if (m.right > m.notesLeft) bad.push(`${d.id}: chart reaches ${Math.round(m.right)} px, notes start at ${Math.round(m.notesLeft)}`);
      if (m.label < 20) bad.push(`${d.id}: label ${m.label.toFixed(1)} px`);
    }
    console.log(`classroom 1920×1080, notes open: smallest chart label ${min.toFixed(1)} px`);
    expect(bad).toEqual([]);
  });

  test('at 1024×768 the progress bar shows every chapter label in full', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${CLASSROOM[locale]}#conclusion`);
    const cut = await page.$$eval('.deck__progress-label', (els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > window.innerWidth).map((e) => e.textContent),
    );
    expect(cut).toEqual([]);
    await expect(page.locator('.deck__progress-label').last()).toHaveText(w.lastChapter);
  });
});

test.describe('the presenter view (a second window)', () => {
  /** Opens the presenter view from the projected window with S, as a second page of the same browser context. */
  async function openPresenter(page: Page, key = 's') {
    const [presenter] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press(key)]);
    await presenter.waitForLoadState();
    await expect(presenter.locator('.deck__name')).toHaveText('Vue présentateur');
    return presenter;
  }
  const caption = (page: Page, id: string) => page.locator(`li[data-slide="${id}"] .handout__caption`).textContent();

  test('S opens it on the slide shown, with that slide’s notes, the projected and the next slide; → or ← in either window moves the other', async ({ page }) => {
    const g = guard(page);
    await page.goto('/fr/classe/#microsoft-emissions-2');
    const presenter = await openPresenter(page);
    const pg = guard(presenter);
    expect(new URL(presenter.url()).search).toBe('?presenter');
    const now = presenter.locator('[data-preview="now"]');
    const next = presenter.locator('[data-preview="next"]');
    await expect(now).toHaveAttribute('data-slide', 'microsoft-emissions-2');
    await expect(now).toContainText((await caption(page, 'microsoft-emissions-2'))!.trim());
    await expect(now.locator('img.scene')).toBeVisible();
    await expect(next).toHaveAttribute('data-slide', 'microsoft-emissions-3');
    await expect(next).toContainText((await caption(page, 'microsoft-emissions-3'))!.trim());
    await expect(next.locator('img.scene')).toBeVisible();
    // The slide's notes, open without pressing N: the chart's takeaway, sources and key figures.
    const notes = presenter.locator('[data-notes-for="microsoft-emissions"]');
    await expect(notes).toBeVisible();
    const takeaway = (await page.locator('[data-notes-for="microsoft-emissions"] > p').first().textContent())!.trim();
    expect(takeaway.length).toBeGreaterThan(20);
    await expect(notes).toContainText(takeaway);
    await expect(notes.locator('.deck__figures li').first()).toBeVisible();
    expect(await presenter.locator('[data-notes-for]:visible').count()).toBe(1);
    // The projected window does not show the notes.
    await expect(page.locator('#deck-notes')).toBeHidden();

    // → in the projected window: the presenter follows.
    await page.keyboard.press('ArrowRight');
    await expect(now).toHaveAttribute('data-slide', 'microsoft-emissions-3');
    await expect(next).toHaveAttribute('data-slide', 'microsoft-emissions-4');
    await expect(presenter).toHaveURL(/\?presenter#microsoft-emissions-3$/);
    // → in the presenter: the projected chart moves to step 4; ← comes back to 3.
    await presenter.keyboard.press('ArrowRight');
    await expect(page.locator('.deck-frame.is-active cc-chart')).toHaveAttribute('data-step', '4');
    await expect.poll(async () => (await shown(page)).hash).toBe('microsoft-emissions-4');
    await presenter.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await shown(page)).hash).toBe('microsoft-emissions-3');
    // The presenter's Next button, across a chart: the notes change with the slide.
    await presenter.keyboard.press('ArrowRight');
    await presenter.locator('button[data-action="next"]').click();
    await expect.poll(async () => (await shown(page)).hash).toBe('microsoft-countries-1');
    await expect(presenter.locator('[data-notes-for="microsoft-countries"]')).toBeVisible();
    await expect(notes).toBeHidden();
    // A lesson-plan jump in the projected window (End): the presenter says the deck ends.
    await page.keyboard.press('End');
    await expect(now).toHaveAttribute('data-slide', 'conclusion');
    await expect(presenter.locator('[data-preview-end]')).toBeVisible();
    await expect(next).toHaveAttribute('data-slide', '');
    // S again brings the same window back, no third one.
    const pages = page.context().pages().length;
    await page.keyboard.press('s');
    await expect.poll(() => page.context().pages().length).toBe(pages);
    g.check();
    pg.check();
  });

  test('without BroadcastChannel the windows keep in step through the storage event', async ({ page }) => {
    await page.context().addInitScript(() => {
      delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
    });
    await page.goto('/fr/classe/#google-emissions-1');
    expect(await page.evaluate(() => typeof (window as { BroadcastChannel?: unknown }).BroadcastChannel)).toBe('undefined');
    const presenter = await openPresenter(page);
    const now = presenter.locator('[data-preview="now"]');
    await expect(now).toHaveAttribute('data-slide', 'google-emissions-1');
    await page.keyboard.press('ArrowRight');
    await expect(now).toHaveAttribute('data-slide', 'google-emissions-2');
    await presenter.keyboard.press('ArrowRight');
    await expect(page.locator('.deck-frame.is-active cc-chart')).toHaveAttribute('data-step', '3');
  });

  test('its stopwatch shows the time elapsed, pauses, resumes and resets (clock simulated)', async ({ page }) => {
    // Simulated time that moves only when told (runFor), in both windows of the context.
    await page.clock.install({ time: new Date('2025-03-10T09:00:00Z') });
    await page.clock.pauseAt(new Date('2025-03-10T09:00:01Z'));
    await page.goto('/fr/classe/#microsoft-emissions-1');
    const [presenter] = await Promise.all([page.context().waitForEvent('page'), page.locator('button[data-action="presenter"]').click()]);
    await presenter.waitForLoadState();
    const time = presenter.locator('[data-timer]');
    await expect(time).toHaveText('0:00');
    await page.clock.runFor(65_000);
    await expect(time).toHaveText('1:05');
    const pause = presenter.locator('button[data-action="timer-pause"]');
    await pause.click();
    await expect(pause).toHaveAttribute('aria-pressed', 'true');
    await page.clock.runFor(30_000);
    await expect(time).toHaveText('1:05');
    await pause.click();
    await expect(pause).toHaveAttribute('aria-pressed', 'false');
    await page.clock.runFor(5_000);
    await expect(time).toHaveText('1:10');
    await presenter.locator('button[data-action="timer-reset"]').click();
    await expect(time).toHaveText('0:00');
    // A click leaves no button focused: a clicker's Space moves the slide, it does not pause the stopwatch.
    await presenter.keyboard.press(' ');
    await expect(presenter.locator('[data-preview="now"]')).toHaveAttribute('data-slide', 'microsoft-emissions-2');
    await expect(pause).toHaveAttribute('aria-pressed', 'false');
  });
});

test('on a 4:3 projector (1024×768) each chart fills the slide’s width or height with text ≥ 16 px, and dimmed chart text keeps 3:1', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/fr/classe/');
  const deck = (await slides(page)).filter((d) => d.step !== null);
  const bad: string[] = [];
  let minText = Infinity;
  let minContrast = Infinity;
  let dimmed = 0;
  for (const d of deck) {
    await page.evaluate((id) => (location.hash = `#${id}`), d.id);
    await expect.poll(async () => (await shown(page)).hash).toBe(d.id);
    // The chart is drawn once its steps are there (fetched when the page is idle, or when its slide is shown).
    await expect.poll(() => page.evaluate(() => !!document.querySelector('.deck-frame.is-active svg.chart__svg [data-key]'))).toBe(true);
    const m = await page.evaluate(async () => {
      // Colour transitions (1 ms under reduced motion) have ended two frames later.
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
      };
      const svg = document.querySelector<SVGSVGElement>('.deck-frame.is-active svg.chart__svg')!;
      const stage = document.querySelector('[data-stage]')!;
      const pad = parseFloat(getComputedStyle(stage).paddingTop) + parseFloat(getComputedStyle(stage).paddingBottom);
      // The slide's background: the first opaque one from the stage up (the page's, #fbfaf7).
      let bgEl: Element | null = stage;
      while (bgEl && /^rgba\(.*, 0\)$|transparent/.test(getComputedStyle(bgEl).backgroundColor)) bgEl = bgEl.parentElement;
      const bg = rgb(getComputedStyle(bgEl ?? document.documentElement).backgroundColor);
      // The chart box as drawn: its viewBox fitted into the SVG element (preserveAspectRatio meet).
      const box = svg.getBoundingClientRect();
      const vb = svg.viewBox.baseVal;
      const fit = Math.min(box.width / vb.width, box.height / vb.height);
      let text = Infinity;
      let textWhat = '';
      let contrast = Infinity;
      let contrastWhat = '';
      let n = 0;
      for (const el of Array.from(svg.querySelectorAll<SVGTextElement>('text'))) {
        if (!el.textContent!.trim() || getComputedStyle(el).display === 'none') continue;
        let alpha = 1;
        for (let e: Element | null = el; e && e !== svg.parentElement; e = e.parentElement) alpha *= Number(getComputedStyle(e).opacity);
        if (alpha === 0) continue;
        const size = parseFloat(getComputedStyle(el).fontSize) * el.getScreenCTM()!.a;
        if (size < text) [text, textWhat] = [size, el.textContent!.trim().slice(0, 30)];
        if (!el.classList.contains('m-dim') && alpha === 1) continue;
        n += 1;
        const fill = rgb(getComputedStyle(el).fill);
        const seen = fill.map((v, i) => alpha * v + (1 - alpha) * bg[i]!);
        const [hi, lo] = [lum(bg), lum(seen)].sort((x, y) => y - x);
        const ratio = (hi! + 0.05) / (lo! + 0.05);
        if (ratio < contrast) [contrast, contrastWhat] = [ratio, el.textContent!.trim().slice(0, 30)];
      }
      return {
        width: (vb.width * fit) / window.innerWidth,
        height: (vb.height * fit) / (stage.getBoundingClientRect().height - pad),
        text,
        textWhat,
        contrast,
        contrastWhat,
        n,
      };
    });
    minText = Math.min(minText, m.text);
    minContrast = Math.min(minContrast, m.contrast);
    dimmed += m.n;
    if (m.width < 0.8 && m.height < 0.9) bad.push(`${d.id}: chart ${Math.round(m.width * 100)} % of the width, ${Math.round(m.height * 100)} % of the height`);
    if (m.text < 16) bad.push(`${d.id}: chart text ${m.text.toFixed(1)} px «${m.textWhat}»`);
    if (m.contrast < 3) bad.push(`${d.id}: dimmed text ${m.contrast.toFixed(2)}:1 «${m.contrastWhat}»`);
  }
  console.log(`classroom 1024×768: smallest chart text ${minText.toFixed(1)} px; ${dimmed} dimmed texts, lowest contrast ${minContrast.toFixed(2)}:1`);
  expect(dimmed, 'slides with dimmed text (offsets-vs-emissions-5 among them)').toBeGreaterThan(0);
  expect(bad).toEqual([]);
});
