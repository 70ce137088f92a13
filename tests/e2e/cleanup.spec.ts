import { test, expect, type Page } from '@playwright/test';
import { CHARTS } from '../../src/charts/registry';
import { expectStep, guard } from './helpers';

/** Client code cleans up after itself: listeners are shared or released, reconnecting an element does not double them. */

/** The event listeners on `window` (or `document`), by type, read with the DevTools protocol. */
async function listenersOn(page: Page, target: 'window' | 'document'): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: target });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
  const out: Record<string, number> = {};
  for (const l of listeners) out[l.type] = (out[l.type] ?? 0) + 1;
  return out;
}

test('the story\'s scrollies share one window listener per event, however many charts the page has', async ({ page }) => {
  guard(page);
  await page.goto('/fr/');
  expect(await page.locator('cc-scrolly').count()).toBeGreaterThan(5);
  const on = await listenersOn(page, 'window');
  for (const type of ['scrollend', 'pageshow', 'hashchange']) expect(on[type] ?? 0, type).toBeLessThanOrEqual(1);
  expect(on['resize'] ?? 0).toBeLessThanOrEqual(2);
});

test('an embed removed from the page no longer answers ←/→ nor listens on the document', async ({ page }) => {
  guard(page);
  const id = CHARTS[0]!.id;
  await page.goto(`/fr/embed/${id}/`);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, id, 2);
  const before = (await listenersOn(page, 'document'))['keydown'] ?? 0;
  await page.evaluate(() => {
    const w = window as unknown as { chart?: Element };
    w.chart = document.querySelector('cc-chart')!;
    document.querySelector('cc-embed')!.remove();
  });
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => (window as unknown as { chart: HTMLElement }).chart.dataset['step'])).toBe('2');
  expect((await listenersOn(page, 'document'))['keydown'] ?? 0).toBe(before - 1);
});

test('the classroom deck moved in the page (disconnected, reconnected) advances one slide per click on →', async ({ page }) => {
  guard(page);
  await page.goto('/fr/classe/');
  const ids = await page.$$eval('li[data-slide]', (els) => els.map((e) => (e as HTMLElement).dataset['slide']!));
  await expect(page).toHaveURL(new RegExp(`#${ids[0]}$`));
  await page.evaluate(() => {
    const deck = document.querySelector('cc-classroom')!;
    const parent = deck.parentElement!;
    deck.remove();
    parent.append(deck);
  });
  await page.locator('cc-classroom [data-action="next"]').first().click();
  await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));
});
