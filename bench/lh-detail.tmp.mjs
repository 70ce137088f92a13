import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/tools/browser.mjs';
import { serveGzip } from './serve-gzip.mjs';
const s = await serveGzip({ root: 'dist', port: 4503 }).catch(e => { console.log(e); });
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS] });
for (const path of process.argv.slice(2)) {
const r = await lighthouse(`http://127.0.0.1:4503${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
const a = r.lhr.audits;
console.log(path, 'LCP', a['largest-contentful-paint'].numericValue, 'FCP', a['first-contentful-paint'].numericValue, 'TBT', a['total-blocking-time'].numericValue);
console.log(Object.keys(a).filter(k => /lcp|largest|render|critical|font|network-dep/.test(k)).join(' '));
for (const k of ['lcp-breakdown-insight','render-blocking-insight','network-dependency-tree-insight','font-display-insight','lcp-discovery-insight']) console.log(k, JSON.stringify(a[k]?.details ?? null).slice(0, 1200));
const lt = a['long-tasks']?.details?.items ?? [];
console.log('long tasks', lt.slice(0, 8).map(x => `${x.url?.slice(-40)} ${Math.round(x.duration)}`).join(' | '));
const bt = a['bootup-time']?.details?.items ?? [];
console.log('bootup', bt.slice(0, 5).map(x => `${x.url.slice(-40)} total ${Math.round(x.total)} script ${Math.round(x.scripting)}`).join(' | '));
const mt = a['mainthread-work-breakdown']?.details?.items ?? [];
console.log('mainthread', mt.map(x => `${x.group} ${Math.round(x.duration)}`).join(' | '));
const nr = a['network-requests']?.details?.items ?? [];
console.log('requests', nr.map(x => `${x.url.replace('http://127.0.0.1:4503','')} ${Math.round(x.transferSize/1024)}KB ${Math.round(x.networkEndTime)}`).join('\n  '));
}
await chrome.kill(); s?.stop?.(); process.exit(0);
