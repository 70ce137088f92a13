/**
 * The public address of the site at build time, from SITE_URL. Used only where a URL must be absolute and static:
 * the oEmbed document, Open Graph images, canonical links and the credit drawn into the SVG/PNG downloads. (The
 * embed dialog's snippets and the embed page's links use the address the page is served from, in the browser.)
 *
 * Without SITE_URL the build falls back to a placeholder domain and prints a loud warning naming what will point
 * there; in CI (`CI` set, as on most build services) it fails instead, unless `ALLOW_PLACEHOLDER_SITE=1`.
 */

/** The placeholder used when SITE_URL is not set. */
export const PLACEHOLDER_SITE = 'https://ia-credits-carbone.example.org';

/**
 * @param {Record<string, string | undefined>} env process.env
 * @param {{ building: boolean, warn?: (s: string) => void }} opts building: an `astro build` (the warning and the CI
 *   failure apply only then)
 * @returns {string} the site URL (origin plus optional path, no trailing slash required)
 * @throws Error when SITE_URL is not an http(s) URL, or when it is missing in a CI build
 */
export function resolveSite(env, { building, warn = (s) => console.warn(s) }) {
  const raw = env.SITE_URL?.trim();
  if (raw) {
    let u;
    try {
      u = new URL(raw);
    } catch {
      throw new Error(`SITE_URL="${raw}" is not a URL: give the public address, e.g. SITE_URL=https://example.org`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`SITE_URL="${raw}" must start with http:// or https://`);
    return raw;
  }
  if (!building) return PLACEHOLDER_SITE;
  const what =
    `SITE_URL is not set: this build uses the placeholder ${PLACEHOLDER_SITE}. These will point there and not work:\n` +
    `  - oEmbed documents (/fr/embed/<id>/oembed.json): the iframe code a CMS pastes from the embed URL;\n` +
    `  - og:image / og:url / canonical links (link previews on social networks and messaging apps);\n` +
    `  - the credit line drawn into the SVG and PNG downloads (step-<n>.svg/png) and the share images.\n` +
    `  (The « Intégrer » dialog and the embed page's own links use the address they are served from, and still work.)\n` +
    `  Fix: SITE_URL=https://your.domain npm run build`;
  if (env.CI && env.CI !== 'false' && env.ALLOW_PLACEHOLDER_SITE !== '1') {
    throw new Error(`${what}\n  This is a CI build: failing. (ALLOW_PLACEHOLDER_SITE=1 builds anyway.)`);
  }
  const bar = '!'.repeat(78);
  warn(`\n${bar}\nWARNING ${what}\n${bar}\n`);
  return PLACEHOLDER_SITE;
}
