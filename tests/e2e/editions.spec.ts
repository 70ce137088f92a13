import { test, expect, type Page } from '@playwright/test';
import { CLASSROOM, EDITIONS, expectStep, guard, scrollToStep } from './helpers';
import { loadSeeds } from '../../src/data/seeds';

/** Titles of cited documents (in their own language: « Les géants de la Tech… » stays French everywhere). */
const TITLES = [...loadSeeds().sources.values()].map((s) => s.title);
/** A string without the cited titles and without quoted words (a note may quote the article: 'des milliards'). */
const unquoted = (t: string) => TITLES.reduce((x, title) => x.split(title).join(' '), t).replace(/'[^']*'|‘[^’]*’|“[^”]*”/g, ' ');

/**
 * The two editions: the site root picks one from the browser's languages, every page has a switch to the same place
 * in the other edition and hreflang alternates, and the English pages show no French (text, labels, alt texts,
 * titles, glossary popovers, data tables, downloads).
 */

const OTHER = { fr: 'en', en: 'fr' } as const;
/** A page of each kind, per edition. */
const PAGES = (l: 'fr' | 'en') => [`/${l}/`, `/${l}/sources/`, CLASSROOM[l], `/${l}/embed/microsoft-emissions/`];

/** French words and signs that never belong on an English page (proper names and source titles aside). */
const FRENCH = /[«»]|\b(les|des|du|une|est|pour|dans|avec|sur|aux|été|données|étape|graphique|chiffres?|récit|sources et méthode|télécharger|intégrer|fermer|précédente|suivante|diapositive)\b/i;

/** Everything a reader or a screen reader meets on the page, minus titles of cited documents (their own language). */
async function readerText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = (el: Element) => !!el.closest('cite, script, style, template, code, [data-copy], .deck__url, .handout__source, .step__figure-source, .source-line, .deck__sources, .source__meta');
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n.textContent!.trim();
      if (t && !skip(n.parentElement!)) out.push(t);
    }
    for (const el of Array.from(document.querySelectorAll('[aria-label], [alt], [title], [data-caption], [placeholder]'))) {
      if (skip(el)) continue;
      for (const a of ['aria-label', 'alt', 'title', 'data-caption', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v) out.push(`${a}=${v}`);
      }
    }
    // Templates hold every step's SVG (embed, classroom): their descriptions and captions are read too.
    for (const tpl of Array.from(document.querySelectorAll('template'))) {
      for (const el of Array.from((tpl as HTMLTemplateElement).content.querySelectorAll('[aria-label], [data-caption]'))) {
        out.push(`tpl:${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('data-caption') ?? ''}`);
      }
      out.push(...Array.from((tpl as HTMLTemplateElement).content.querySelectorAll('text')).map((t) => `svg:${t.textContent}`));
    }
    out.push(`title=${document.title}`);
    return out;
  });
}

test.describe('the site root', () => {
  test.use({ locale: 'en-US' });
  test('sends an English-speaking browser to /en/', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('h1')).toContainText('carbon credits');
  });
});

test.describe('the site root without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('offers both editions, each link in its own language', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('a[hreflang="fr"][href="/fr/"]')).toHaveText('Lire le récit en français');
    await expect(page.locator('a[hreflang="en"][href="/en/"]')).toHaveText('Read the story in English');
    expect(await page.locator('script:not([src])').count(), 'no inline script').toBe(0);
  });
});

for (const locale of EDITIONS) {
  const other = OTHER[locale];
  test.describe(`the ${locale} edition's switch to ${other}`, () => {
    test('every page kind carries hreflang alternates for both editions and x-default, and a visible switch', async ({ page }) => {
      for (const path of PAGES(locale)) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        for (const l of EDITIONS) await expect(page.locator(`head link[rel="alternate"][hreflang="${l}"]`), `${path} ${l}`).toHaveCount(1);
        await expect(page.locator('head link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
        const sw = page.locator('a[data-lang-switch]');
        await expect(sw, path).toBeVisible();
        await expect(sw).toHaveAttribute('hreflang', other);
        await expect(sw).toHaveAttribute('lang', other);
      }
    });

    test('in the story, the switch opens the other edition at the step being read', async ({ page }) => {
      const g = guard(page);
      await page.goto(`/${locale}/`);
      await scrollToStep(page, 'microsoft-emissions-3');
      await expectStep(page, 'microsoft-emissions', 3);
      await page.locator('.site-header a[data-lang-switch]').click();
      await expect(page).toHaveURL(new RegExp(`/${other}/#microsoft-emissions-3$`));
      await expectStep(page, 'microsoft-emissions', 3);
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      g.check();
    });

    test('in the story, going back up to the header with the wheel does not change the step the switch opens', async ({ page }) => {
      await page.goto(`/${locale}/`);
      await scrollToStep(page, 'microsoft-emissions-3');
      await expectStep(page, 'microsoft-emissions', 3);
      // Back to the top as a reader would, passing every earlier step on the way.
      for (let i = 0; i < 200 && (await page.evaluate(() => scrollY)) > 0; i++) {
        await page.mouse.wheel(0, -1500);
        await page.waitForTimeout(40);
      }
      await expect(page.locator('.site-header a[data-lang-switch]')).toBeInViewport();
      await page.locator('.site-header a[data-lang-switch]').click();
      await expect(page).toHaveURL(new RegExp(`/${other}/#microsoft-emissions-3$`));
    });

    test('in the classroom view, the switch keeps the slide', async ({ page }) => {
      await page.goto(`${CLASSROOM[locale]}#microsoft-emissions-2`);
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(/#microsoft-emissions-3$/);
      await page.locator('a[data-lang-switch]').click();
      await expect(page).toHaveURL(new RegExp(`${CLASSROOM[other]}#microsoft-emissions-3$`));
      const chart = page.locator('.deck-frame.is-active cc-chart');
      await expect(chart).toHaveAttribute('data-step', '3');
    });

    test('on an embed page, the switch opens the other edition’s embed at the step shown, other parameters kept', async ({ page }) => {
      await page.goto(`/${locale}/embed/microsoft-emissions/?theme=dark`);
      await page.locator('[data-embed-next]').click();
      await page.locator('[data-embed-next]').click();
      await expect(page.locator('cc-chart')).toHaveAttribute('data-step', '3');
      await page.locator('a[data-lang-switch]').click();
      await expect(page).toHaveURL(new RegExp(`/${other}/embed/microsoft-emissions/\\?theme=dark&step=3$`));
      await expect(page.locator('cc-chart')).toHaveAttribute('data-step', '3');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    });
  });
}

test.describe('the English pages show no French', () => {
  for (const path of PAGES('en')) {
    test(`${path}: visible text, labels, alt texts, titles, popovers, tables and step SVGs are English`, async ({ page }) => {
      await page.goto(path);
      const french = (await readerText(page)).filter((t) => FRENCH.test(unquoted(t)) && t !== 'Français');
      expect(french).toEqual([]);
    });
  }

  test('figures read the English way: 15.4 Mt, 1,287 MWh, value and unit on one line', async ({ page }) => {
    await page.goto('/en/');
    const figs = await page.locator('a.fig').allTextContents();
    expect(figs.length).toBeGreaterThan(20);
    expect(figs.filter((f) => /\d,\d{1,2}(?!\d)|\u202f/.test(f)), 'French decimals or thin spaces').toEqual([]);
    expect(figs.filter((f) => /\d [A-Za-z%]/.test(f)), 'breakable space between value and unit').toEqual([]);
    expect(figs.some((f) => /^\d+\.\d\u00a0Mt/.test(f))).toBe(true);
  });

  test('downloads: data.csv has English headers and publisher names; the step SVG and the oEmbed document are English', async ({ request }) => {
    const csv = (await (await request.get('/en/embed/datacentre-electricity/data.csv')).text()).slice(1);
    expect(csv.split('\r\n')[0]).toMatch(/^id,entity,metric,/);
    expect(csv).toContain('IEA (International Energy Agency)');
    expect(csv).not.toContain('Agence internationale');
    const svg = await (await request.get('/en/embed/microsoft-emissions/step-3.svg')).text();
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)</g)].map((m) => m[1]).join(' ');
    expect(texts).toMatch(/Sources?: /);
    expect(texts).not.toMatch(FRENCH);
    const o = await (await request.get('/en/embed/microsoft-emissions/oembed.json')).json();
    expect(o.provider_name).toBe('AI and carbon credits');
    expect(o.html).toContain('/en/embed/microsoft-emissions/');
  });

  test('"Prepare for offline use" in the English classroom view lists the English embeds only', async ({ page, request }) => {
    await page.goto(CLASSROOM.en);
    await expect(page.locator('cc-classroom')).toHaveAttribute('data-offline-list', '/en/offline-extra.json');
    const list = (await (await request.get('/en/offline-extra.json')).json()) as { files: { url: string }[] };
    expect(list.files.length).toBeGreaterThan(50);
    expect(list.files.filter((f) => f.url.startsWith('/fr/'))).toEqual([]);
    await expect(page.locator('button[data-action="offline"]')).toHaveText('Prepare for offline use');
  });
});
