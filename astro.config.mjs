// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/** The public URL of the site. Override at build time with SITE_URL (tests build for http://127.0.0.1:4321). */
const site = process.env.SITE_URL ?? 'https://ia-credits-carbone.example.org';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { inlineStylesheets: 'never' },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
