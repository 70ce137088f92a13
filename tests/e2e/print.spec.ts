import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync, existsSync } from 'node:fs';
import { CLASSROOM, EDITIONS } from './helpers';

/** What each edition prints. */
const PW = {
  fr: { stepOf: /Étape (\d+) sur (\d+)/g, sources: /Sources? : /g, storyControls: /Mode classe|Intégrer/, deckControls: /Plein écran|Préparer hors ligne|Diapositive 1 sur/, questions: 'Questions pour la discussion' },
  en: { stepOf: /Step (\d+) of (\d+)/g, sources: /Sources?: /g, storyControls: /Classroom mode|Embed/, deckControls: /Full screen|Prepare for offline|Slide 1 of/, questions: 'Discussion questions' },
} as const;

/** A4 minus the 14 mm margins of `@page`, in CSS pixels (182 mm at 96 px per inch). */
const PRINT_WIDTH = Math.floor((182 / 25.4) * 96);

const norm = (s: string) => s.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').replace(/[’']/g, "'").trim();

/** Problems a printed page must not have: fixed or sticky elements, visible buttons (a glossary term's button prints
 *  as a word of its sentence), anything wider than the page. */
async function printProblems(page: Page) {
  return page.evaluate((W) => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > W + 1) out.push(`page is ${document.documentElement.scrollWidth} px wide`);
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const cs = getComputedStyle(el);
      if (el.closest('template, svg > *')) continue;
      if (el.getClientRects().length === 0) continue;
      if (cs.position === 'fixed' || cs.position === 'sticky') out.push(`${el.tagName.toLowerCase()}.${el.className} is ${cs.position}`);
      if (el.matches('button:not(.term)') && cs.display !== 'none' && cs.visibility !== 'hidden') out.push(`button «${el.textContent?.trim()}» printed`);
      const r = el.getBoundingClientRect();
      if (r.right > W + 1 && r.width > 0 && !el.closest('.visually-hidden')) out.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(r.right)} px`);
    }
    return [...new Set(out)].slice(0, 10);
  }, PRINT_WIDTH);
}

/** The PDF's text, one string per page (pdftotext, poppler-utils). */
function pdfPages(pdf: Buffer, name: string): string[] {
  const file = `test-results/${name}.pdf`;
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f');
}

/** Rasterises one page of a PDF to PNG (for a person to look at) and returns its path. */
function rasterise(name: string, pageNo: number): string {
  const prefix = `test-results/${name}-page`;
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(pageNo), '-l', String(pageNo), `test-results/${name}.pdf`, prefix]);
  const candidates = [`${prefix}-${pageNo}.png`, `${prefix}-${String(pageNo).padStart(2, '0')}.png`, `${prefix}-${String(pageNo).padStart(3, '0')}.png`];
  const png = candidates.find((p) => existsSync(p));
  expect(png, `pdftoppm wrote ${candidates[0]}`).toBeTruthy();
  return png!;
}

for (const locale of EDITIONS) test.describe(`printing (/${locale}/)`, () => {
  const w = PW[locale];
  test('the story in print media: every step’s figure beside its text, source URLs, chapter questions; nothing fixed, sticky, no button, nothing wider than A4', async ({ page }) => {
    await page.setViewportSize({ width: PRINT_WIDTH, height: 1000 });
    await page.goto(`/${locale}/`);
    await page.emulateMedia({ media: 'print' });
    const steps = await page.locator('[data-step-index]').count();
    expect(steps).toBeGreaterThanOrEqual(15);
    // Each figure is an image of its step's scene (the regular layout at this width); its smallest label is read from
    // the SVG file and scaled by the image's printed width.
    const figs = await page.$$eval('.step', (els) =>
      Promise.all(
        els.map(async (s) => {
          const fig = s.querySelector<HTMLElement>('.step__figure')!;
          const img = fig.querySelector<HTMLImageElement>('img')!;
          const text = s.querySelector<HTMLElement>('.step__text')!;
          const f = fig.getBoundingClientRect();
          const t = text.getBoundingClientRect();
          const src = img.currentSrc || img.src;
          const svg = await (await fetch(src)).text();
          const sizes = [...svg.matchAll(/<text[^>]*?(?:font-size="([\d.]+)"|font-size:([\d.]+)px)/g)].map((m) => Number(m[1] ?? m[2]));
          const viewW = Number(/viewBox="0 0 ([\d.]+)/.exec(svg)![1]);
          const shown = img.getBoundingClientRect();
          const m = /\/scenes\/([^/]+)\/(\d+)\.svg$/.exec(new URL(src).pathname);
          return {
            id: s.id,
            figure: getComputedStyle(fig).display !== 'none' && shown.height > 100,
            step: m ? `${m[1]}-${m[2]}` : `wrong image ${src}`,
            above: t.top >= f.bottom - 1 && Math.abs(t.left - f.left) < 40,
            last: s.id === `${s.id.replace(/-\d+$/, '')}-${s.closest('.scrolly')?.querySelectorAll('.step').length}`,
            sources: fig.querySelectorAll('.step__figure-source').length,
            source: /https?:\/\//.test(fig.querySelector('.step__figure-source')?.textContent ?? ''),
            // The smallest chart label as printed, in points (CSS px × 0.75), and the figure's share of the text width.
            label: Math.min(...sizes) * (shown.width / viewW) * 0.75,
            width: shown.width / document.documentElement.clientWidth,
          };
        }),
      ),
    );
    console.log(`story print: smallest chart label ${Math.min(...figs.map((f) => f.label)).toFixed(2)} pt`);
    expect(figs.filter((f) => f.label < 8).map((f) => `${f.id}: ${f.label.toFixed(2)} pt`), 'chart labels under 8 pt').toEqual([]);
    expect(figs.filter((f) => f.width < 0.95).map((f) => f.id), 'figure narrower than the page').toEqual([]);
    expect(figs.filter((f) => !f.figure).map((f) => f.id), 'steps without their figure').toEqual([]);
    expect(figs.filter((f) => f.id !== f.step).map((f) => `${f.id}: ${f.step}`), 'figure in another step’s state').toEqual([]);
    expect(figs.filter((f) => !f.above).map((f) => f.id), 'figure not above its text').toEqual([]);
    // Each chart's source list once, with URLs, under its last step; never repeated on the other steps.
    expect(figs.filter((f) => f.last && !f.source).map((f) => f.id), 'no source URL under the last step').toEqual([]);
    expect(figs.filter((f) => !f.last && f.sources > 0).map((f) => f.id), 'sources repeated on a step').toEqual([]);
    // Questions at the end of each chapter that has some.
    const q = await page.$$eval('.chapter', (chs) =>
      chs.map((c) => {
        const box = c.querySelector('.chapter-questions');
        return { has: !!box, visible: !!box && getComputedStyle(box).display !== 'none', last: !!box && c.lastElementChild === box };
      }),
    );
    expect(q.filter((c) => c.has).length).toBeGreaterThanOrEqual(1);
    for (const c of q.filter((c) => c.has)) expect(c).toEqual({ has: true, visible: true, last: true });
    expect(await printProblems(page)).toEqual([]);
    // On screen the questions block is not shown.
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.chapter-questions').first().isVisible()).toBe(false);
  });

  test('page.pdf() of the story holds every step’s figure and the chapter questions, on A4', async ({ page }) => {
    await page.goto(`/${locale}/`);
    // The step images are loaded once the page is idle, without scrolling (printing does not wait for lazy images).
    await expect
      .poll(() => page.$$eval('.step__figure img', (els) => els.filter((e) => !((e as HTMLImageElement).complete && (e as HTMLImageElement).naturalWidth > 0)).length), { timeout: 30_000 })
      .toBe(0);
    // One label of each step's image, to find in the PDF's text: the figures are drawn, not blank.
    const labels = await page.$$eval('.step__figure img', (els) =>
      Promise.all(
        els.map(async (e) => {
          const svg = await (await fetch((e as HTMLImageElement).currentSrc)).text();
          const texts = [...svg.matchAll(/<text[^>]*>([^<]{12,})<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'"));
          return { id: e.closest('.step')!.id, label: texts.sort((a, b) => b.length - a.length)[0] ?? '' };
        }),
      ),
    );
    const expected = await page.$$eval('.step__figure-title', (els) => els.map((e) => e.textContent!.replace(/\s+/g, ' ').trim()));
    const questions = await page.$$eval('.chapter-questions li', (els) => els.map((e) => e.textContent!));
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pages = pdfPages(pdf, `story-print-${locale}`);
    const all = norm(pages.join(' '));
    // Each step's figure title ends with "— Étape n sur N": one per step in the PDF.
    const counts = [...all.matchAll(w.stepOf)].length;
    expect(counts).toBe(expected.length);
    for (const qq of questions) expect(all, qq).toContain(norm(qq).split(' ').slice(0, 6).join(' '));
    expect(all).toMatch(/https?:\/\/\S+/);
    expect(all).not.toMatch(w.storyControls);
    console.log(`story PDF: ${pages.length - 1} A4 pages, ${counts} step figures`);
    const squash = (x: string) => norm(x).replace(/\s+/g, '');
    const flat = squash(all);
    const missing = labels.filter((l) => l.label && !flat.includes(squash(l.label))).map((l) => `${l.id}: « ${l.label} »`);
    expect(labels.filter((l) => l.label).length).toBeGreaterThan(40);
    expect(missing, 'step figures whose text is not in the PDF').toEqual([]);
    // Sources once per chart: far fewer "Source(s) :" lines than step figures.
    expect([...all.matchAll(w.sources)].length).toBeLessThan(counts);
    rasterise(`story-print-${locale}`, 3);
  });

  test('page.pdf() of the classroom view: one block per slide with its figure, caption and sources; questions per chapter; no controls', async ({ page }) => {
    await page.goto(CLASSROOM[locale]);
    const slides = await page.$$eval('.handout__slide', (els) =>
      els.map((e) => ({ caption: e.querySelector('.handout__caption')!.textContent!, id: e.id })),
    );
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: PRINT_WIDTH, height: 1000 });
    // Each slide's figure: an image of its step's scene, loaded (asked for once the page is idle, before printing).
    await expect
      // About 1 s on a quiet machine; under a full CI load, batches wait up to 1 s each for an idle moment.
      .poll(() => page.$$eval('.handout__slide img.scene', (els) => els.filter((e) => !((e as HTMLImageElement).complete && (e as HTMLImageElement).naturalWidth > 0)).length), { timeout: 30_000 })
      .toBe(0);
    const visible = await page.$$eval('.handout__slide', (els) =>
      els.filter((e) => (e.querySelector('img.scene') as HTMLImageElement).getBoundingClientRect().height > 100).length,
    );
    expect(visible).toBe(slides.length);
    // Figures across the page's text width, their smallest label (read from the SVG file, scaled by the printed width)
    // at 8 pt or more; each chart's sources once (its last slide), with URLs.
    const figs = await page.$$eval('.handout__slide img.scene', (imgs) =>
      Promise.all(
        imgs.map(async (img) => {
          const svg = await (await fetch((img as HTMLImageElement).currentSrc || (img as HTMLImageElement).src)).text();
          const sizes = [...svg.matchAll(/<text[^>]*?(?:font-size="([\d.]+)"|font-size:([\d.]+)px)/g)].map((m) => Number(m[1] ?? m[2]));
          const viewW = Number(/viewBox="0 0 ([\d.]+)/.exec(svg)![1]);
          const shown = img.getBoundingClientRect().width;
          return { src: img.getAttribute('src'), width: shown / document.documentElement.clientWidth, label: Math.min(...sizes) * (shown / viewW) * 0.75 };
        }),
      ),
    );
    console.log(`handout print: smallest chart label ${Math.min(...figs.map((f) => f.label)).toFixed(2)} pt`);
    expect(figs.filter((f) => f.width < 0.95).map((f) => f.src), 'figure narrower than the page').toEqual([]);
    expect(figs.filter((f) => f.label < 8).map((f) => `${f.src}: ${f.label.toFixed(2)} pt`), 'chart labels under 8 pt').toEqual([]);
    const src = await page.$$eval('.handout__slide', (els) => els.map((e) => ({ id: e.id, n: e.querySelectorAll('.handout__source').length, url: /https?:\/\//.test(e.querySelector('.handout__source')?.textContent ?? '') })));
    const charts = new Set(slides.map((s) => s.id.replace(/-\d+$/, '')));
    expect(src.filter((x) => x.n === 1 && x.url).length).toBe(charts.size);
    expect(src.filter((x) => x.n > 1).length).toBe(0);
    expect(await printProblems(page)).toEqual([]);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const all = norm(pdfPages(pdf, `classroom-print-${locale}`).join(' '));
    for (const s of slides) expect(all, s.id).toContain(norm(s.caption).split(' ').slice(0, 5).join(' '));
    expect([...all.matchAll(w.stepOf)].length).toBe(slides.length);
    expect(all).not.toMatch(w.deckControls);
    expect(all).toContain(w.questions);
    rasterise(`classroom-print-${locale}`, 2);
  });
});
