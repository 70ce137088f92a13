/**
 * The web fonts, cut down to the characters this site can show. The @fontsource "latin" files carry every glyph of
 * Latin-1 and General Punctuation and every OpenType feature of the Source families (small caps, fractions, old-style
 * figures, superiors…): 73 KB for the four faces a story page loads, all of it on the way to its largest paint. Cut
 * to the characters of the project's text sources and to the features a browser applies by itself (plus tabular
 * figures, which the tables ask for), the same four faces weigh about 44 KB.
 *
 * - `sourceCharacters(roots)`: every character of the text files under the given folders (prose, chart YAML, seeds,
 *   dictionaries and components), plus the spaces `Intl` writes in French numbers; a superset of what pages show.
 * - `subsetFaces(faces, text, outDir)`: harfbuzz's subsetter (`subset-font`, build-time only; nothing reaches the
 *   browser but smaller WOFF2 files), cached by a hash of the source file, the text, the features and the package.
 * - `missingCharacters(distDir, text)`: the characters of the built pages' text that the subset was not given. The
 *   `fontSubsetCheck()` integration fails the build on any, so a new character cannot silently fall back to another
 *   font mid-word.
 *
 * Font metrics (units per em, ascent, descent, line gap, the widths Astro reads for its size-adjusted fallbacks) are
 * untouched by subsetting, so the fallbacks Astro generates stay the same.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Text files whose characters can reach a page. */
const TEXT_FILE = /\.(astro|ts|mjs|mdx?|ya?ml|json|csv|txt|css)$/;

/**
 * Characters written by code rather than typed in a source file: `Intl.NumberFormat('fr-FR')` groups thousands with a
 * narrow no-break space (U+202F) and puts a no-break space (U+00A0) before units.
 */
export const GENERATED_CHARACTERS = '\u00a0\u202f';

/**
 * OpenType features kept: those browsers turn on by themselves (kerning, ligatures, contextual alternates, mark
 * positioning, localized forms), and the figure styles the CSS asks for (`font-variant-numeric: tabular-nums`).
 */
export const KEPT_FEATURES = ['kern', 'liga', 'calt', 'clig', 'rlig', 'ccmp', 'locl', 'mark', 'mkmk', 'rvrn', 'tnum', 'lnum', 'pnum'];

/** The files under `dir` (paths relative to it, `/`-separated), recursively, sorted. */
const filesUnder = (dir) => readdirSync(dir, { recursive: true }).map((f) => String(f).replace(/\\/g, '/')).sort();

/**
 * Every character of the text files under `roots` (recursively), plus GENERATED_CHARACTERS; control characters are
 * left out.
 * @param {string[]} roots absolute folder paths
 * @returns {string} the characters, sorted by code point, each once
 */
export function sourceCharacters(roots) {
  const set = new Set(GENERATED_CHARACTERS);
  for (const r of roots) {
    for (const f of filesUnder(r).filter((x) => TEXT_FILE.test(x))) for (const ch of readFileSync(join(r, f), 'utf8')) set.add(ch);
  }
  return [...set].filter((c) => c.codePointAt(0) >= 0x20 && c !== '\u007f').sort((a, b) => a.codePointAt(0) - b.codePointAt(0)).join('');
}

/**
 * Writes one subset WOFF2 per face into `outDir` (skipped when the cached file was made from the same inputs).
 * @param {{ pkg: string, weight: number, style: string }[]} faces @fontsource faces (package name without scope)
 * @param {string} text the characters to keep
 * @param {string} outDir absolute folder, created if missing
 * @returns {Promise<{ pkg: string, weight: number, style: string, file: string }[]>} the faces, each with the absolute
 *   path of its subset file
 * @throws Error when a source file is missing or harfbuzz fails
 */
export async function subsetFaces(faces, text, outDir) {
  const { default: subsetFont } = await import('subset-font');
  const version = JSON.parse(readFileSync(require.resolve('subset-font/package.json'), 'utf8')).version;
  mkdirSync(outDir, { recursive: true });
  const out = [];
  for (const { pkg, weight, style } of faces) {
    const key = `${pkg}-${weight}-${style}`;
    const source = readFileSync(require.resolve(`@fontsource/${pkg}/files/${pkg}-latin-${weight}-${style}.woff2`));
    const stamp = createHash('sha256').update(source).update(text).update(KEPT_FEATURES.join()).update(version).digest('hex').slice(0, 16);
    const file = join(outDir, `${key}.${stamp}.woff2`);
    if (!existsSync(file)) {
      const subset = await subsetFont(source, text, { targetFormat: 'woff2', keepFeatures: KEPT_FEATURES });
      writeFileSync(file, subset);
    }
    out.push({ pkg, weight, style, file });
  }
  return out;
}

/** Decodes the character references HTML text may carry (`&amp;`, `&#39;`, `&#x202F;`, `&nbsp;`…). */
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[e.toLowerCase()] ?? m;
  });

/**
 * The characters of the built pages' visible text (HTML outside `<script>`/`<style>`, attributes left out) and of the
 * client scripts' string literals that `text` does not hold.
 * @param {string} distDir absolute path of the build output
 * @param {string} text the characters the fonts were cut to
 * @returns {{ char: string, file: string }[]} one entry per missing character, with the first file it was seen in
 */
export function missingCharacters(distDir, text) {
  const have = new Set(text);
  const missing = new Map();
  for (const f of filesUnder(distDir).filter((x) => /\.(html|js)$/.test(x))) {
    const raw = readFileSync(join(distDir, f), 'utf8');
    const body = f.endsWith('.html') ? decode(raw.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '').replace(/<[^>]*>/g, ' ')) : raw;
    for (const ch of body) {
      if (ch.codePointAt(0) >= 0x20 && !have.has(ch) && !missing.has(ch)) missing.set(ch, f);
    }
  }
  return [...missing].map(([char, file]) => ({ char, file }));
}

/**
 * An Astro integration that fails the build when a page shows a character the web fonts were not cut for.
 * @param {string} text the characters given to the subsetter
 * @returns {import('astro').AstroIntegration}
 * @throws Error (build) listing each missing character, its code point and a file it appears in
 */
export function fontSubsetCheck(text) {
  return {
    name: 'font-subset-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const missing = missingCharacters(fileURLToPath(dir).replace(/[\\/]$/, ''), text);
        if (missing.length) {
          const list = missing.map(({ char, file }) => `"${char}" U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')} (${file})`);
          throw new Error(`font-subset: the pages show characters the fonts were not cut for: ${list.join(', ')}. Add them to GENERATED_CHARACTERS in scripts/font-subset.mjs.`);
        }
        logger.info(`every character of the pages is in the font subset (${[...text].length} characters)`);
      },
    },
  };
}
