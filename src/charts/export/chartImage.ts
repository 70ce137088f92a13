/**
 * Standalone images of a chart, at build time: an SVG file that looks the same anywhere (title, subtitle, source and
 * credit drawn in, chart colours inlined from the light theme, the UI font embedded as base64 WOFF2), its PNG at 2×,
 * and the chart's Open Graph image (1200×630 px, its last step beside its title). PNGs are drawn by resvg with the
 * same @fontsource fonts, converted from WOFF to TrueType (resvg reads TTF/OTF only), plus Noto Sans Math for the
 * signs Source Sans 3 Latin lacks (≈ ≤ ≥, narrow no-break space). Text is wrapped by measured advance widths.
 */
import { sourceListText } from '../../lib/citation';
import { readFileSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { BuiltChart } from '../registry';
import type { Variant } from '../shared/scene';
import { escapeXml } from '../../lib/escape';
import { markToSvg } from '../shared/svg';
import { projectStyler, token } from './inlineCss';
import { woffToSfnt } from './woff';
import { textMeasurer } from './textWidth';
import { t } from '../../i18n';
import { stepUrl } from '../../lib/embedCode';

const require = createRequire(import.meta.url);
/** Weights of Source Sans 3 the site loads; any other weight asked for falls back to the nearest, as in browsers. */
const WEIGHTS = [400, 600] as const;
const FAMILY = 'Source Sans 3';

const fontFile = (w: number, ext: 'woff' | 'woff2') =>
  require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${w}-normal.${ext}`);
const nearest = (w: number) => (w >= 500 ? 600 : 400);

/**
 * The fallback font for the characters Source Sans 3's Latin subset lacks (≈ ≤ ≥ → and other mathematical signs):
 * Noto Sans Math (SIL OFL) from npm, whose single file holds the whole font. resvg takes a missing glyph from the
 * next loaded font that has it.
 */
const fallbackFontFile = () => require.resolve('@fontsource/noto-sans-math/files/noto-sans-math-latin-400-normal.woff');

let ttfPaths: string[] | undefined;
/**
 * TrueType copies of the fonts given to resvg (Source Sans 3 in the weights the site loads, then the fallback font),
 * written once under node_modules/.cache/cc-fonts.
 * @returns absolute paths of .ttf files
 */
export function resvgFontFiles(): string[] {
  if (ttfPaths) return ttfPaths;
  const dir = join(process.cwd(), 'node_modules/.cache/cc-fonts');
  mkdirSync(dir, { recursive: true });
  const sources = [
    ...WEIGHTS.map((w) => ({ name: `source-sans-3-latin-${w}.ttf`, woff: fontFile(w, 'woff') })),
    { name: 'noto-sans-math-400.ttf', woff: fallbackFontFile() },
  ];
  ttfPaths = sources.map(({ name, woff }) => {
    const p = join(dir, name);
    if (!existsSync(p)) writeFileSync(p, woffToSfnt(readFileSync(woff)));
    return p;
  });
  return ttfPaths;
}

let measurer: ReturnType<typeof textMeasurer> | undefined;
/**
 * Width of a line of text in the UI font, measured with its advance widths (see textWidth.ts).
 * @param size font size (px) @param weight 400 or 600 @returns width in px
 */
export function measure(text: string, size: number, weight = 400): number {
  measurer ??= textMeasurer(resvgFontFiles());
  return measurer(text, size, weight);
}

/**
 * Greedy line wrap by measured width. A single word wider than `maxWidth` (a long URL) gets a line of its own.
 * @param maxWidth px @param fontSize px @param weight 400 or 600
 * @returns the lines, each without leading or trailing space
 */
export function wrap(text: string, maxWidth: number, fontSize: number, weight = 400): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, fontSize, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Where a clause may end: before `, ; : — (` or after `. ! ?` (the text before it is kept whole). */
const CLAUSE_END = /(?=[,;:](?:\s|$))|(?=\s[—–(])|(?<=[.!?])(?=\s)/g;

/**
 * Fits a text in a box: the largest font size of `sizes` at which it wraps into `maxLines(size)` lines; when even the
 * smallest is too big, the text is cut after its last whole clause that fits (never mid-clause), followed by `…`.
 * @param text plain text
 * @param width box width (px)
 * @param sizes font sizes to try (px), largest first
 * @param maxLines how many lines fit at a size
 * @returns the lines, the size chosen and whether the text was cut
 */
export function fitText(text: string, width: number, sizes: readonly number[], maxLines: (size: number) => number, weight = 400): { lines: string[]; size: number; cut: boolean } {
  for (const size of sizes) {
    const lines = wrap(text, width, size, weight);
    if (lines.length <= maxLines(size)) return { lines, size, cut: false };
  }
  const size = sizes[sizes.length - 1]!;
  const n = Math.max(1, maxLines(size));
  const ends = [...text.matchAll(CLAUSE_END)].map((m) => m.index).filter((i) => i > 0).reverse();
  for (const end of ends) {
    const lines = wrap(`${text.slice(0, end).trimEnd()}\u00a0…`, width, size, weight);
    if (lines.length <= n) return { lines, size, cut: true };
  }
  // No clause fits: whole words, then an ellipsis.
  const words = text.split(/\s+/);
  for (let k = words.length - 1; k > 0; k--) {
    const lines = wrap(`${words.slice(0, k).join(' ').replace(/[,;:]$/, '')}\u00a0…`, width, size, weight);
    if (lines.length <= n) return { lines, size, cut: true };
  }
  return { lines: ['…'], size, cut: true };
}

/** `<text>` lines; `part` names the block (`data-part`, e.g. `subtitle`) so that a reader of the SVG can find it. */
const textLines = (lines: string[], x: number, y: number, size: number, lh: number, style: string, part = '') =>
  lines.map((l, i) => `<text x="${x}" y="${y + i * lh}" font-size="${size}"${part ? ` data-part="${part}"` : ''} style="${style}">${escapeXml(l)}</text>`).join('');

/** The scene of step n (1-based) as marks with inline styles, plus the font weights those marks use. */
function styledMarks(chart: BuiltChart, n: number, variant: Variant): { svg: string; weights: Set<number>; width: number; height: number } {
  const step = chart.steps[n - 1];
  if (!step) throw new Error(`chart "${chart.id}" has no step ${n}`);
  const scene = step.scenes[variant];
  const styler = projectStyler();
  const root = { tag: 'svg', classes: ['scene', `scene--${variant}`], attrs: { viewBox: `0 0 ${scene.width} ${scene.height}` } };
  const weights = new Set<number>([400]);
  const svg = scene.marks
    .map((m) => {
      const classes = String(m.attrs['class'] ?? '').split(/\s+/).filter(Boolean);
      const attrs = Object.fromEntries(Object.entries(m.attrs).map(([k, v]) => [k, String(v)]));
      const st = styler.style({ tag: m.type, classes, attrs }, root);
      if (st['font-weight']) weights.add(nearest(Number(st['font-weight']) || 400));
      const style = Object.entries(st).map(([k, v]) => `${k}:${v}`).join(';');
      return markToSvg({ ...m, attrs: { ...m.attrs, ...(style ? { style } : {}) } });
    })
    .join('');
  return { svg, weights, width: scene.width, height: scene.height };
}

/** `@font-face` rules with the WOFF2 files of the weights given, base64, in a `<style>`. */
function embeddedFonts(weights: Iterable<number>): string {
  const faces = [...new Set([...weights].map(nearest))]
    .sort()
    .map((w) => `@font-face{font-family:'${FAMILY}';font-style:normal;font-weight:${w};src:url(data:font/woff2;base64,${readFileSync(fontFile(w, 'woff2')).toString('base64')}) format('woff2')}`)
    .join('');
  return `<style>${faces}</style>`;
}

export interface ChartSvgOptions {
  /** Public site URL (for the credit link), e.g. `https://example.org`. */
  site: string;
  /** Layout variant of the scene. Default `regular` (720×480). */
  variant?: Variant;
  /** Embed the font as base64 (SVG download). Default true; PNG rendering passes false and gives resvg TTF files. */
  embedFont?: boolean;
}

/**
 * Each publisher once, in order of first appearance, without its parenthesised detail: `['Microsoft', 'Microsoft
 * (Brad Smith, Official Microsoft Blog)', 'The Register']` → `['Microsoft', 'The Register']`. Compared ignoring case.
 * @param publishers the `publisher` field of a chart's sources
 * @returns the distinct short names (empty names dropped)
 */
export function distinctPublishers(publishers: readonly string[]): string[] {
  const out = new Map<string, string>();
  for (const p of publishers) {
    const short = p.replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
    if (short && !out.has(short.toLowerCase())) out.set(short.toLowerCase(), short);
  }
  return [...out.values()];
}

/**
 * A chart step as a standalone SVG document: background, title, subtitle, the scene, source line and credit.
 * @param chart a built chart
 * @param n step, 1-based
 * @returns `{ svg, width, height }` in CSS pixels
 * @throws Error when the step does not exist
 */
export function chartSvg(chart: BuiltChart, n: number, { site, variant = 'regular', embedFont = true }: ChartSvgOptions): { svg: string; width: number; height: number } {
  const locale = chart.locale;
  const marks = styledMarks(chart, n, variant);
  const pad = 24;
  const W = marks.width + pad * 2;
  const inner = W - pad * 2;
  const text = token('--cc-text');
  const muted = token('--cc-muted');
  const title = wrap(chart.title, inner, 22, 600);
  const subtitle = wrap(chart.subtitle, inner, 14);
  let y = pad + 20;
  const parts: string[] = [];
  parts.push(textLines(title, pad, y, 22, 27, `font-weight:600;fill:${text}`));
  y += (title.length - 1) * 27 + 22;
  parts.push(textLines(subtitle, pad, y, 14, 18, `fill:${muted}`));
  y += (subtitle.length - 1) * 18 + 14;
  const sceneTop = y;
  y += marks.height + 22;
  const sourceText = sourceListText(chart.citations, locale, false);
  const source = wrap(sourceText, inner, 12.5);
  parts.push(textLines(source, pad, y, 12.5, 16, `fill:${muted}`));
  y += (source.length - 1) * 16 + 18;
  const credit = `${t(locale, 'embedCredit').replace('{site}', t(locale, 'siteShort'))} · ${stepUrl(site, locale, chart.id, n)}`;
  const creditLines = wrap(credit, inner, 12.5);
  parts.push(textLines(creditLines, pad, y, 12.5, 16, `fill:${muted}`));
  y += (creditLines.length - 1) * 16 + pad;
  const H = Math.ceil(y);
  const fontStyle = `font-family:'${FAMILY}',sans-serif;font-variant-numeric:tabular-nums`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" style="${fontStyle}" role="img" aria-label="${escapeXml(chart.title)}">` +
    `<title>${escapeXml(chart.title)}</title><desc>${escapeXml(chart.steps[n - 1]!.description)}</desc>` +
    (embedFont ? `<defs>${embeddedFonts([...marks.weights, 600])}</defs>` : '') +
    `<rect width="${W}" height="${H}" fill="${token('--cc-bg')}"/>` +
    parts.join('') +
    `<g transform="translate(${pad} ${sceneTop})" font-size="14" style="fill:${text}">${marks.svg}</g>` +
    `</svg>`;
  return { svg, width: W, height: H };
}

/**
 * The metric overrides of the site's sans fallback (`size-adjust`, `ascent-override`, `descent-override` of the first
 * `CC Sans metric fallback` face in src/styles/fonts.css), read from that file so that there is one copy of them.
 * @throws Error when the face or one of its overrides is missing
 */
function sansFallbackOverrides(): string {
  const css = readFileSync(join(process.cwd(), 'src/styles/fonts.css'), 'utf8');
  const face = /@font-face\s*\{[^}]*font-family:\s*'CC Sans metric fallback'[^}]*\}/.exec(css)?.[0];
  if (!face) throw new Error("src/styles/fonts.css: no @font-face for 'CC Sans metric fallback'");
  return ['size-adjust', 'ascent-override', 'descent-override']
    .map((k) => {
      const v = new RegExp(`${k}:\\s*([^;}]+)`).exec(face)?.[1]?.trim();
      if (!v) throw new Error(`src/styles/fonts.css: 'CC Sans metric fallback' has no ${k}`);
      return `${k}:${v}`;
    })
    .join(';');
}

let imgFontFaces: string | undefined;
/**
 * The local fonts a scene image may use in place of the UI font: an SVG drawn by `<img>` loads no web font, so it takes
 * Arial's metric twins (Arial, Helvetica, Liberation Sans, Arimo; Roboto on Android) with the site's fallback overrides,
 * so labels keep the room the scene gave them. Built once.
 */
function imageFontFaces(): string {
  if (imgFontFaces) return imgFontFaces;
  const overrides = sansFallbackOverrides();
  imgFontFaces = [400, 600]
    .map((w) => {
      const names = w === 400 ? ['Source Sans 3', 'Arial', 'Helvetica', 'Liberation Sans', 'Arimo', 'Roboto'] : ['Source Sans 3 SemiBold', 'Arial Bold', 'Helvetica Bold', 'Liberation Sans Bold', 'Arimo Bold', 'Roboto Medium'];
      return `@font-face{font-family:'CC Sans';font-weight:${w};src:${names.map((n) => `local('${n}')`).join(',')};${overrides}}`;
    })
    .join('');
  return imgFontFaces;
}

/**
 * One step's scene as a light SVG image, for the `<img>` that stands for the step's figure where the live chart does
 * not run (JavaScript off, print, short landscape screens): the marks with the chart colours inlined (light theme), the
 * step's description as `<title>`, a background, and local fonts only (no embedded font: a few KB per file).
 * @param chart a built chart @param n step, 1-based @param variant layout
 * @returns `{ svg, width, height }`, width and height in CSS px (the scene's viewBox)
 * @throws Error when the step does not exist
 */
export function sceneImageSvg(chart: BuiltChart, n: number, variant: Variant): { svg: string; width: number; height: number } {
  const marks = styledMarks(chart, n, variant);
  const { width: W, height: H } = marks;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" style="font-family:'CC Sans',sans-serif;font-variant-numeric:tabular-nums" role="img">` +
    `<title>${escapeXml(chart.steps[n - 1]!.description)}</title><style>${imageFontFaces()}</style>` +
    `<rect width="${W}" height="${H}" fill="${token('--cc-bg')}"/>` +
    `<g font-size="${variant === 'compact' ? 12 : 14}" style="fill:${token('--cc-text')}">${marks.svg}</g></svg>`;
  return { svg, width: W, height: H };
}

/** Renders an SVG string to PNG with the UI font. @param zoom scale factor (2 for slides) */
export function svgToPng(svg: string, zoom = 1): Buffer {
  const r = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: { loadSystemFonts: false, fontFiles: resvgFontFiles(), defaultFontFamily: FAMILY, sansSerifFamily: FAMILY },
  });
  return r.render().asPng();
}

/**
 * The chart's Open Graph image as SVG, 1200×630: site name, title and subtitle on the left, the last step's scene on
 * the right, source at the bottom. Rendered to PNG by {@link svgToPng}.
 */
export function ogSvg(chart: BuiltChart): string {
  const W = 1200;
  const H = 630;
  const pad = 56;
  const last = chart.steps.length;
  const marks = styledMarks(chart, last, 'regular');
  const chartW = 660;
  const scale = Math.min(chartW / marks.width, (H - pad * 2) / marks.height);
  const cw = marks.width * scale;
  const ch = marks.height * scale;
  const colW = W - pad * 2 - cw - 40;
  const text = token('--cc-text');
  const muted = token('--cc-muted');
  let size = 40;
  let title = wrap(chart.title, colW, size, 600);
  while (title.length > 6 && size > 26) {
    size -= 2;
    title = wrap(chart.title, colW, size, 600);
  }
  const lh = Math.round(size * 1.18);
  let y = pad + 24;
  const parts = [textLines([t(chart.locale, 'siteShort').toUpperCase()], pad, y, 20, 24, `font-weight:600;fill:${token('--cc-emission')};letter-spacing:1px`)];
  y += 24 + size;
  parts.push(textLines(title, pad, y, size, lh, `font-weight:600;fill:${text}`, 'title'));
  y += (title.length - 1) * lh + 42;
  // The source line: every publisher on at most two lines (16 px if 18 does not fit), else as many whole names as
  // fit, then « … ».
  const pubs = distinctPublishers(chart.sources.map((s) => s.publisher));
  let srcSize = 18;
  let src = wrap(pubs.join(' · '), colW, srcSize);
  if (src.length > 2) src = wrap(pubs.join(' · '), colW, (srcSize = 16));
  for (let k = pubs.length - 1; src.length > 2 && k > 0; k--) src = wrap(`${pubs.slice(0, k).join(' · ')} · …`, colW, srcSize);
  const srcLh = Math.round(srcSize * 1.22);
  const srcY = H - pad - (src.length - 1) * srcLh;
  // The subtitle fills the space between the title and the source line (its cap height, 18 px, plus a 24 px gap):
  // smaller type before cutting, and a cut only ever after a whole clause.
  const lastBaseline = srcY - 18 - 24;
  const sub = fitText(chart.subtitle, colW, [20, 19, 18, 17, 16], (s) => 1 + Math.floor((lastBaseline - y) / Math.round(s * 1.3)));
  parts.push(textLines(sub.lines, pad, y, sub.size, Math.round(sub.size * 1.3), `fill:${muted}`, 'subtitle'));
  parts.push(textLines(src, pad, srcY, srcSize, srcLh, `fill:${muted}`, 'source'));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" style="font-family:'${FAMILY}',sans-serif;font-variant-numeric:tabular-nums">` +
    `<rect width="${W}" height="${H}" fill="${token('--cc-bg')}"/>` +
    `<rect width="${W}" height="8" fill="${token('--cc-emission')}"/>` +
    parts.join('') +
    `<g transform="translate(${W - pad - cw} ${(H - ch) / 2}) scale(${scale.toFixed(4)})" font-size="14" style="fill:${text}">${marks.svg}</g>` +
    `</svg>`
  );
}
