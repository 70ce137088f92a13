/**
 * What the embed page offers to download and to CMSs, checked on the functions that make it (the e2e suite keeps one
 * chart end to end): each step's SVG (title, sources, credit, embedded font) and each chart's oEmbed document.
 */
import { describe, expect, it } from 'vitest';
import { CHARTS, buildChart } from '../../src/charts/registry';
import { chartSvg } from '../../src/charts/export/chartImage';
import { iframeSnippet, oembed } from '../../src/lib/embedCode';
import { t } from '../../src/i18n';

const SITE = 'https://example.org';

describe('chartSvg(chart, n) — step-<n>.svg', () => {
  const font = chartSvg(buildChart(CHARTS[0]!.id, 'fr'), 1, { site: SITE }).svg;
  it('embeds Source Sans 3 as a base64 WOFF2 font', () => {
    expect(font).toMatch(/@font-face\{font-family:'Source Sans 3';[^}]*src:url\(data:font\/woff2;base64,[A-Za-z0-9+/]{1000,}/);
  });
  it.each(CHARTS.map((c) => [c.id] as const))('%s: first and last steps carry the title, the sources and the credit link to the step', (id) => {
    const chart = buildChart(id, 'fr');
    for (const n of [1, chart.steps.length]) {
      const { svg } = chartSvg(chart, n, { site: SITE, embedFont: false });
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      const title = /<title>([^<]*)<\/title>/.exec(svg)![1]!;
      expect(title.replace(/&amp;/g, '&').replace(/&quot;/g, '"')).toBe(chart.title);
      const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
      expect(texts).toMatch(/Sources?\u00a0: \S+/);
      expect(texts).toContain(`${SITE}/fr/#${id}-${n}`);
      expect(svg).toMatch(/data-key="[^"]+"[^>]*style="[^"]*fill:/);
    }
  });
});

describe('oembed(site, locale, chart, title, provider)', () => {
  it.each(CHARTS.map((c) => [c.id] as const))('%s: a rich oEmbed 1.0 document whose html is the iframe snippet', (id) => {
    const chart = buildChart(id, 'fr');
    const o = oembed(SITE, 'fr', id, chart.title, t('fr', 'siteShort'));
    expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'IA et crédits carbone', provider_url: `${SITE}/fr/`, title: chart.title });
    expect(Number.isInteger(o.width) && o.width > 0 && Number.isInteger(o.height) && o.height > 0).toBe(true);
    expect(o.html).toBe(iframeSnippet(SITE, 'fr', id, chart.title));
    expect(o.html).toContain(`${SITE}/fr/embed/${id}/`);
    expect(o.thumbnail_url).toBe(`${SITE}/fr/embed/${id}/og.png`);
  });
});
