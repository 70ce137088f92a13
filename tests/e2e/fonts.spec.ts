import { test, expect, type Page } from '@playwright/test';

/**
 * What the reader sees drawn in which font. Chromium's DevTools report, for each element, the platform fonts that drew
 * its text and how many glyphs each drew (`CSS.getPlatformFontsForNode`). A glyph drawn by a system font means a web
 * face that came too late (font-display: optional never swaps it in: a face the page needs and does not preload can
 * miss its window on every visit) or a character the subset lacks. The only glyphs allowed a fallback are those the
 * Source families do not have at all (arrows, math signs, ✓, ▾, a <summary>'s triangle), and code, set in the system's
 * monospace on purpose.
 */
const NOT_IN_SOURCE_FONTS = /[\u2190-\u21ff\u2200-\u22ff\u25a0-\u27bf]/g;

async function fallbackGlyphs(page: Page) {
  await page.reload();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: 'main :is(h1, h2, h3, p, li, a, button, summary, figcaption, dt, dd, strong, em, cite, span), header a',
  });
  const bad: string[] = [];
  let custom = 0;
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const system = fonts.filter((f) => !f.isCustomFont && !/Mono/.test(f.postScriptName)).reduce((n, f) => n + f.glyphCount, 0);
    custom += fonts.filter((f) => f.isCustomFont).reduce((n, f) => n + f.glyphCount, 0);
    if (!system) continue;
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
    const own = outerHTML.replace(/<[^>]*>/g, '');
    // A <summary>'s disclosure triangle (its ::marker) is one more glyph the Source families do not have.
    const allowed = (own.match(NOT_IN_SOURCE_FONTS)?.length ?? 0) + (outerHTML.startsWith('<summary') ? 1 : 0);
    if (system > allowed) bad.push(`${fonts.map((f) => `${f.postScriptName}×${f.glyphCount}`).join(' ')}: ${outerHTML.slice(0, 120)}`);
  }
  return { bad, custom };
}

for (const path of ['/fr/', '/en/', '/fr/embed/microsoft-emissions/', '/fr/sources/', '/fr/classe/']) {
  test(`${path}: every letter is drawn by the web fonts, none by a system fallback`, async ({ page }) => {
    await page.goto(path);
    // Later visits, as a reader moving through the site: the faces come from the cache, so a face that still misses
    // its window is one the page asks for too late (without a preload it missed it on every visit). A loaded machine
    // can make any face late once: up to three visits.
    let got = await fallbackGlyphs(page);
    for (let i = 0; i < 2 && (got.bad.length || got.custom < 500); i++) got = await fallbackGlyphs(page);
    const { bad, custom } = got;
    expect(custom, `glyphs drawn by the web fonts; ${bad.slice(0, 3).join(' / ')}`).toBeGreaterThan(500);
    expect(bad.slice(0, 8)).toEqual([]);
  });
}
