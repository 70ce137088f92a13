import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await b.newPage({ viewport: { width: 375, height: 740 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.addInitScript(() => {
  window.__loaf = [];
  new PerformanceObserver((l) => window.__loaf.push(...l.getEntries().filter(e => e.duration > 50).map((e) => ({ t: Math.round(e.startTime), d: Math.round(e.duration), block: Math.round(e.blockingDuration), style: Math.round(e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0), scripts: e.scripts.map(s => `${s.invoker} ${s.sourceURL.split('/').pop()}:${s.sourceFunctionName} ${Math.round(s.duration)}ms fl${Math.round(s.forcedStyleAndLayoutDuration)}`) })))).observe({ type: 'long-animation-frame', buffered: true });
  window.__long = [];
  new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => [Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask', buffered: true });
});
await page.goto(process.argv[2] ?? 'http://127.0.0.1:4700/fr/', { waitUntil: 'load' });
await page.waitForTimeout(1000);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
const tScroll = await page.evaluate(() => performance.now());
for (let y = 0; y < h; y += 300) { await page.mouse.wheel(0, 300); await page.waitForTimeout(16); }
await page.waitForTimeout(500);
const r = await page.evaluate(() => ({ loaf: window.__loaf, long: window.__long }));
console.log('scroll starts at', Math.round(tScroll));
console.log('longtasks', JSON.stringify(r.long));
for (const l of r.loaf) console.log(l.t, l.d, 'block', l.block, 'style/layout', l.style, l.scripts.join(' ; '));
await b.close();
