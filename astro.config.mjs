// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { resolveSite } from './scripts/site-url.mjs';

/**
 * The public URL of the site, from SITE_URL at build time (tests build for http://127.0.0.1:<E2E_PORT>). Without it a
 * build warns loudly (and fails in CI): see scripts/site-url.mjs.
 */
const site = resolveSite(process.env, { building: process.argv.includes('build') });

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { inlineStylesheets: 'never' },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
