import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { CHARTS, buildChart } from '../../src/charts/registry';
import { chartSvg, ogSvg, resvgFontFiles } from '../../src/charts/export/chartImage';
import { cmapCoverage } from '../../src/charts/export/cmap';

/** The characters of every `<text>` of an SVG string, entities decoded. */
function textChars(svg: string): Set<string> {
  const out = new Set<string>();
  for (const m of svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)) {
    const s = m[1]!
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;|&#39;/g, "'")
      .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&amp;/g, '&');
    for (const c of s) out.add(c);
  }
  return out;
}

describe('the fonts given to resvg cover every character of every image (step-N.png, og.png)', () => {
  const covered = new Set<number>();
  for (const f of resvgFontFiles()) for (const c of cmapCoverage(readFileSync(f))) covered.add(c);

  it('cmapCoverage(fonts) includes ≈ ≤ ≥ (Source Sans 3 Latin lacks them)', () => {
    for (const c of '≈≤≥') expect(covered.has(c.codePointAt(0)!), c).toBe(true);
  });

  it('every character drawn in the 2× step PNGs and the Open Graph images has a glyph in a loaded font', () => {
    const missing: string[] = [];
    let images = 0;
    for (const def of CHARTS) {
      const chart = buildChart(def.id, 'fr');
      const svgs: [string, string][] = chart.steps.map((s) => [`step-${s.n}.png`, chartSvg(chart, s.n, { site: 'https://example.org', embedFont: false }).svg]);
      svgs.push(['og.png', ogSvg(chart)]);
      for (const [name, svg] of svgs) {
        images++;
        const chars = [...textChars(svg)];
        expect(chars.length, `${def.id}/${name} has text`).toBeGreaterThan(20);
        for (const c of chars) {
          if (!covered.has(c.codePointAt(0)!)) missing.push(`${def.id}/${name}: « ${c} » U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
        }
      }
    }
    console.log(`imageGlyphs: ${images} PNG images checked (step PNGs and og.png of ${CHARTS.length} charts)`);
    expect(missing).toEqual([]);
  });
});
