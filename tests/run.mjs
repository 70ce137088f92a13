#!/usr/bin/env node
/**
 * `npm test`: every check, in order — type check, unit tests, build for the test origin, end-to-end tests (with the
 * size budget and the axe sweep; `npm run build` also writes the service worker). Finds Chromium by itself: Debian's /usr/bin/chromium when present, else Playwright's
 * own browser, installed on first use where the network allows it.
 * Ends with one line `tests: N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chromiumPath } from './tools/browser.mjs';

const run = (cmd, args, env = {}) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  return r.status ?? 1;
};
const fail = (msg) => {
  console.error(`\n${msg}`);
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
};

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) fail(`Node ${process.versions.node} is too old: this project needs Node >= 22.12 (see .nvmrc).`);

if (!chromiumPath()) {
  console.log('No system Chromium found: installing Playwright\'s own Chromium…');
  if (run('npx', ['playwright', 'install', 'chromium']) !== 0) {
    fail('Could not get a browser. Install Chromium (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
  }
}

// Reports go to .test-reports/ (Playwright empties test-results/ when it starts).
rmSync('.test-reports', { recursive: true, force: true });
// astro sync writes .astro/types.d.ts (the astro:content types) that the type check needs on a fresh clone.
if (run('npx', ['astro', 'sync']) !== 0) fail('astro sync failed.');
if (run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) fail('Type check failed.');
const unit = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=.test-reports/unit.json']);
const build = run('npm', ['run', 'build'], { SITE_URL: `http://127.0.0.1:${process.env.E2E_PORT ?? 4321}` });
if (build !== 0) fail('Build failed.');
const e2e = run('npx', ['playwright', 'test']);

const count = (file, pick) => (existsSync(file) ? pick(JSON.parse(readFileSync(file, 'utf8'))) : [0, 1]);
const [up, uf] = count('.test-reports/unit.json', (j) => [j.numPassedTests, j.numFailedTests]);
const [ep, ef] = count('.test-reports/e2e.json', (j) => [j.stats.expected, j.stats.unexpected + j.stats.flaky * 0]);
const failed = uf + ef + (unit !== 0 && uf === 0 ? 1 : 0) + (e2e !== 0 && ef === 0 ? 1 : 0);
console.log(`\nunit: ${up} passed, ${uf} failed · e2e: ${ep} passed, ${ef} failed`);
console.log(`tests: ${up + ep} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
