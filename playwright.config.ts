import { defineConfig, devices } from '@playwright/test';
// @ts-expect-error plain ESM helper without types
import { chromiumPath, CHROMIUM_ARGS } from './tests/tools/browser.mjs';

/** Port of the built site under test: E2E_PORT (default 4321), so that several checkouts can test side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4321);

/** E2E tests run against the BUILT site (`npm run build` with SITE_URL=http://127.0.0.1:4321), served by astro preview. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '.test-reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: (chromiumPath as () => string | undefined)(), args: CHROMIUM_ARGS as string[] },
    locale: 'fr-FR',
    timezoneId: 'UTC',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }],
  webServer: [
    {
      command: `node tests/tools/serve.mjs --port ${PORT} --dir dist`,
      url: `http://127.0.0.1:${PORT}/fr/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
