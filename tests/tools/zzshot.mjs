import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './browser.mjs';
const [url, out, w, h] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const p = await b.newPage({ viewport: { width: Number(w), height: Number(h) } });
await p.goto(url, { waitUntil: 'networkidle' }); await p.waitForTimeout(800);
await p.screenshot({ path: out });
await b.close();
