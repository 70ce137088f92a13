import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 412, height: 823 } });
await p.goto('http://127.0.0.1:4700/fr/', { waitUntil: 'load' });
console.log(await p.evaluate(() => {
  const all = document.querySelectorAll('*').length;
  const by = (sel) => Array.from(document.querySelectorAll(sel)).reduce((n, e) => n + e.querySelectorAll('*').length + 1, 0);
  return { all, chartMeta: by('.chart-meta'), tables: by('details.data-table'), steps: by('.step'), live: by('svg.chart__svg'), glossary: by('.glossary'), termpops: by('.term-pop'), sourceLines: by('.source-line'), head: by('head'), hero: by('.hero'), claims: by('.claim'), dialog: by('dialog') };
}));
await b.close();
