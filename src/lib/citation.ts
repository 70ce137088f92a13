// Runtime: both (Node at build time, browser).
/**
 * How a chart cites its sources, said once for every place that shows them (source line, no-JS figures, classroom
 * notes and handout, image exports, CSV). Node and browser safe.
 *
 * Link policy: a citation links only to the publisher's own address (`url` in `seeds/sources.csv`). The copy that was
 * read (`copy_url`) is shown on the sources page alone. A source whose publisher address is unknown is named without
 * a link, never linked to a re-host.
 */
import type { Source } from '../data/schemas';
import type { Locale } from '../i18n/locales';
import { dict } from '../i18n';

/** A source as a chart cites it. `secondHand`: at least one of the chart's figures was read in it second-hand. */
export interface Citation {
  source: Source;
  secondHand: boolean;
}

/** The publisher's own address of a source, or undefined when it is not known (then no link is shown). */
export function publisherUrl(s: Source): string | undefined {
  return s.url ? s.url : undefined;
}

/** The site a link opens, named by its host (`iea.org`, `gstatic.com`). */
export function siteOf(url: string): string {
  const parts = new URL(url).hostname.replace(/^www\./, '').split('.');
  return parts.length > 3 ? parts.slice(-2).join('.') : parts.join('.');
}

/** `Publisher, Title (date)`, with the date left out when unknown (`n.d.`). */
export function citationText(s: Source): string {
  return `${s.publisher}, ${s.title}${s.date !== 'n.d.' ? ` (${s.date})` : ''}`;
}

/** "Source" or "Sources" followed by the locale's colon (`Sources\u00a0: `). */
export function sourceLabel(count: number, locale: Locale): string {
  const D = dict(locale);
  return `${count > 1 ? D.sources : D.source}${D.colon}`;
}

/**
 * The whole list as one line of text, for print and images:
 * `Sources : Microsoft, 2026 … (2026-07) <https://…> ; innovations.fr, … (adresse non retrouvée)`.
 * @param withUrls print each publisher address after the citation (print handouts), else none (images)
 */
export function sourceListText(citations: readonly Citation[], locale: Locale, withUrls: boolean): string {
  const D = dict(locale);
  const one = ({ source: s, secondHand }: Citation) => {
    const url = publisherUrl(s);
    const where = withUrls ? (url ? ` ${url}` : ` (${D.noPublisherUrl})`) : '';
    return `${citationText(s)}${secondHand ? ` [${D.secondHandShort}]` : ''}${where}`;
  };
  return sourceLabel(citations.length, locale) + citations.map(one).join(D.listSep);
}
