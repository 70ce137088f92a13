// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { resolveSite } from './scripts/site-url.mjs';
import { securityHeaders } from './scripts/security-headers.mjs';
import { modulePreload } from './scripts/module-preload.mjs';
import { fontSubsetCheck, sourceCharacters, subsetFaces } from './scripts/font-subset.mjs';

/**
 * The public URL of the site, from SITE_URL at build time (tests build for http://127.0.0.1:<E2E_PORT>). Without it a
 * build warns loudly (and fails in CI): see scripts/site-url.mjs.
 */
const site = resolveSite(process.env, { building: process.argv.includes('build') });

/**
 * The faces served, each cut to the characters of the project's sources (scripts/font-subset.mjs: 73 → 44 KB for the
 * four a story page loads). The subsets are made from the @fontsource "latin" files before Astro reads them, cached in
 * node_modules/.cache/cc-fonts; the build fails if a page shows a character they were not cut for.
 */
const FACES = [
  { pkg: 'source-serif-4', weight: 400, style: 'normal' },
  { pkg: 'source-serif-4', weight: 600, style: 'normal' },
  { pkg: 'source-serif-4', weight: 400, style: 'italic' },
  { pkg: 'source-sans-3', weight: 400, style: 'normal' },
  { pkg: 'source-sans-3', weight: 600, style: 'normal' },
];
const root = fileURLToPath(new URL('.', import.meta.url));
const glyphs = sourceCharacters(['content', 'seeds', 'src'].map((d) => join(root, d)));
const subsets = await subsetFaces(FACES, glyphs, join(root, 'node_modules/.cache/cc-fonts'));

/** A family's served faces: its entries of FACES, each read by Astro's local provider from its subset file. */
const variants = (pkg) => subsets.filter((f) => f.pkg === pkg).map(({ weight, style, file }) => ({ weight, style, src: [file] }));

/**
 * The two families, self-hosted through Astro's Fonts API from subsets of the @fontsource files the PNG/SVG exports
 * embed (src/charts/export). `display: 'optional'`: a face that is not there within ~100 ms (it is preloaded, see
 * Base.astro) is not swapped in later, so text never moves; the fallbacks Astro generates carry the web font's metrics
 * (size-adjust, ascent and descent overrides on Times New Roman / Arial), so the first paint already has the final
 * line heights. Where Arial and Times New Roman are not installed (Linux, CI), `CC Sans/Serif metric fallback`
 * (src/styles/fonts.css) give the same overrides to their metric twins (Liberation, Arimo, Tinos), so a late font
 * never reflows the page there either. The CSS variables are the design tokens' names (unlayered, they override
 * tokens.css's defaults).
 */
const fonts = [
  {
    provider: fontProviders.local(),
    name: 'Source Serif 4',
    cssVariable: '--cc-font-prose',
    display: 'optional',
    fallbacks: ['CC Serif metric fallback', 'Georgia', 'serif'],
    options: { variants: variants('source-serif-4') },
  },
  {
    provider: fontProviders.local(),
    name: 'Source Sans 3',
    cssVariable: '--cc-font-ui',
    display: 'optional',
    fallbacks: ['CC Sans metric fallback', 'system-ui', 'sans-serif'],
    options: { variants: variants('source-sans-3') },
  },
];

export default defineConfig({
  fonts,
  site,
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), securityHeaders(), fontSubsetCheck(glyphs), modulePreload()],
  // Every stylesheet inlined in its page: nothing blocks the first paint (the pages' CSS is 4 to 8 KB gzip).
  build: { inlineStylesheets: 'always' },
  security: {
    /**
     * A Content-Security-Policy `<meta>` on every page: Astro hashes the bundled and inline scripts and styles
     * (src/layouts/ hash their few `is:inline` scripts themselves, see inlineScript.ts). No 'unsafe-inline' nor
     * 'unsafe-eval' for scripts. Inline `style` ATTRIBUTES are allowed (style-src-attr): a few chart marks and the
     * classroom's progress bar set one; they cannot run code. `frame-ancestors` cannot be set in a meta: it is in
     * public/_headers (embeds: *, other pages: 'self').
     */
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
