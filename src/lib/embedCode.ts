// Runtime: both (Node at build time, browser).
/**
 * URLs and copy-paste code for embedding a chart: its embed page, the story step it links back to, the iframe snippet
 * (with the host script that keeps its height right), the static-image snippet and the oEmbed document. Pure: used
 * by the dialog, the oEmbed endpoint and tests. Every value put in HTML is escaped.
 */
import type { Locale } from '../i18n/locales';
import { escapeXml } from './escape';

/**
 * Default iframe height (px) in the snippet, before the host script (or no script at all) sets it: the tallest
 * content height measured from 300 to 800 px wide, narrow phones being the tallest (tests/e2e/embed.spec.ts checks
 * it for every chart), so that the whole chart shows at common widths without any script; the script then shrinks it.
 */
export const DEFAULT_HEIGHT = 1200;
/** Width (px) announced in oEmbed. */
export const OEMBED_WIDTH = 720;

const base = (site: string) => site.replace(/\/+$/, '');
/** `/fr/embed/<id>/` as an absolute URL. */
export const embedUrl = (site: string, locale: Locale, chart: string) => `${base(site)}/${locale}/embed/${chart}/`;
/** The story at the chart's step n: `/fr/#<id>-<n>`. */
export const stepUrl = (site: string, locale: Locale, chart: string, n: number) => `${base(site)}/${locale}/#${chart}-${n}`;
/** The embed page opened at step n (`/fr/embed/<id>/?step=n`); without n, the bare embed page (step 1). */
export const embedStepUrl = (site: string, locale: Locale, chart: string, n?: number) =>
  `${embedUrl(site, locale, chart)}${n === undefined ? '' : `?step=${Math.max(1, Math.trunc(n))}`}`;
/**
 * The credit line a reuse keeps, for step n: `<prefix> — <story URL at that step>`.
 * @param prefix the edition's credit words (« Graphique : IA et crédits carbone, CC BY 4.0 »)
 */
export const stepCredit = (prefix: string, site: string, locale: Locale, chart: string, n: number) => `${prefix} — ${stepUrl(site, locale, chart, n)}`;
/** The host script's URL. */
export const hostScriptUrl = (site: string) => `${base(site)}/embed.js`;

/**
 * The iframe snippet: responsive iframe (width 100 %, default height, `title`, `loading="lazy"`) followed by the host
 * script, which resizes it to its content.
 * @param step the step the embed opens at (1-based, `?step=`); callers pass the chart's last step (its most informative
 *   state, as the static image) or the step the reader is looking at; omitted: no `?step=` (the embed opens at step 1)
 */
export function iframeSnippet(site: string, locale: Locale, chart: string, title: string, step?: number): string {
  return (
    `<iframe src="${escapeXml(embedStepUrl(site, locale, chart, step))}" title="${escapeXml(title)}" loading="lazy" width="100%" height="${DEFAULT_HEIGHT}" ` +
    `style="width:100%;border:0;display:block" data-cc-embed="${escapeXml(chart)}"></iframe>\n` +
    `<script src="${escapeXml(hostScriptUrl(site))}" async></script>`
  );
}

/** The static-image snippet: the chart's PNG (step n) linking to that step of the story, with its credit. */
export function imageSnippet(site: string, locale: Locale, chart: string, n: number, title: string, credit: string): string {
  const png = `${embedUrl(site, locale, chart)}step-${n}.png`;
  return (
    `<a href="${escapeXml(stepUrl(site, locale, chart, n))}"><img src="${escapeXml(png)}" alt="${escapeXml(title)}" width="768" style="max-width:100%;height:auto"></a>\n` +
    `<p><small>${escapeXml(credit)}</small></p>`
  );
}

/** The oEmbed 1.0 document (type `rich`) of a chart; its html is the iframe snippet at step `step` (the last one). */
export function oembed(site: string, locale: Locale, chart: string, title: string, provider: string, step?: number) {
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: provider,
    provider_url: `${base(site)}/${locale}/`,
    html: iframeSnippet(site, locale, chart, title, step),
    width: OEMBED_WIDTH,
    height: DEFAULT_HEIGHT,
    thumbnail_url: `${embedUrl(site, locale, chart)}og.png`,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  } as const;
}

const uids = new Map<string, number>();
/** A unique element id for `prefix` within a build (`prefix`, then `prefix-2`, `prefix-3`…), deterministic. */
export function nextUid(prefix: string): string {
  const k = (uids.get(prefix) ?? 0) + 1;
  uids.set(prefix, k);
  return k === 1 ? prefix : `${prefix}-${k}`;
}
