import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { woffToSfnt } from '../../src/charts/export/woff';
import { createStyler, resolveValue } from '../../src/charts/export/inlineCss';

const require = createRequire(import.meta.url);

describe('woffToSfnt(woff)', () => {
  it('woffToSfnt(source-sans-3 400 .woff) gives a TrueType/OpenType file with its name table', () => {
    const ttf = woffToSfnt(readFileSync(require.resolve('@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff')));
    expect([0x00010000, 0x4f54544f]).toContain(ttf.readUInt32BE(0));
    const n = ttf.readUInt16BE(4);
    const tags = Array.from({ length: n }, (_, i) => ttf.toString('latin1', 12 + i * 16, 16 + i * 16));
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'head', 'name']));
  });
  it('woffToSfnt rejects a file that is not WOFF', () => {
    expect(() => woffToSfnt(new Uint8Array(64))).toThrow(/not a WOFF/);
  });
});

describe('createStyler(chartCss, tokensCss).style(mark, root)', () => {
  const tokens = ':root { --cc-text: #111111; --cc-bg: #ffffff; --cc-emission: #c2410c; } @media (prefers-color-scheme: dark) { :root { --cc-text: #eeeeee; } }';
  const css = `@layer components { .scene text { fill: var(--cc-text); font-size: 14px; } .scene .m-emission { fill: var(--cc-emission); }
    .scene[viewBox='0 0 360 440'] text { font-size: 12px; } .scene .m-x { fill: url(#h); fill: color-mix(in srgb, #000000 50%, var(--cc-bg)); transition: fill 1s; } }`;
  const s = createStyler(css, tokens);
  const root = { tag: 'svg', classes: ['scene'], attrs: { viewBox: '0 0 720 480' } };
  it('inlines light-theme colours by class and type', () => {
    expect(s.style({ tag: 'rect', classes: ['m-emission'], attrs: {} }, root)).toEqual({ fill: '#c2410c' });
    expect(s.style({ tag: 'text', classes: [], attrs: {} }, root)).toEqual({ fill: '#111111', 'font-size': '14px' });
  });
  it('applies attribute selectors on the root and resolves color-mix, dropping url() and transitions', () => {
    expect(s.style({ tag: 'text', classes: [], attrs: {} }, { ...root, attrs: { viewBox: '0 0 360 440' } })['font-size']).toBe('12px');
    expect(s.style({ tag: 'rect', classes: ['m-x'], attrs: {} }, root)).toEqual({ fill: '#808080' });
  });
  it('resolveValue returns null for what a still image cannot use', () => {
    expect(resolveValue('url(#cc-hatch)', new Map())).toBeNull();
    expect(resolveValue('var(--nope)', new Map())).toBeNull();
  });
});

describe('distinctPublishers(publishers) (the Open Graph image’s source line)', () => {
  it('lists each publisher once, without its parenthesised detail, in order', async () => {
    const { distinctPublishers } = await import('../../src/charts/export/chartImage');
    expect(distinctPublishers(['Microsoft', 'Microsoft (Brad Smith, Official Microsoft Blog)', 'The Register', 'microsoft'])).toEqual(['Microsoft', 'The Register']);
    expect(distinctPublishers(['BTG Pactual Timberland Investment Group (Business Wire)', ''])).toEqual(['BTG Pactual Timberland Investment Group']);
  });
});

describe('ogSvg(chart) (og.png, 1200×630): the subtitle is whole, or ends on a whole clause with an ellipsis', async () => {
  const { ogSvg, measure } = await import('../../src/charts/export/chartImage');
  const { CHARTS, buildChart } = await import('../../src/charts/registry');
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;|&#39;/g, "'").replace(/&amp;/g, '&');
  const parts = (svg: string, part: string) =>
    [...svg.matchAll(new RegExp(`<text x="([\\d.]+)" y="([\\d.]+)" font-size="([\\d.]+)" data-part="${part}" style="([^"]*)">([^<]*)</text>`, 'g'))].map((m) => ({
      x: Number(m[1]), y: Number(m[2]), size: Number(m[3]), weight: /font-weight:600/.test(m[4]!) ? 600 : 400, text: unescape(m[5]!),
    }));
  for (const def of CHARTS) {
    it(`${def.id}: subtitle complete or cut after a clause; every line left of the chart; above the source`, () => {
      const chart = buildChart(def.id, 'fr');
      const svg = ogSvg(chart);
      const sub = parts(svg, 'subtitle');
      const src = parts(svg, 'source');
      const title = parts(svg, 'title');
      expect(sub.length).toBeGreaterThan(0);
      const shown = sub.map((l) => l.text).join(' ');
      if (shown !== chart.subtitle) {
        expect(shown, 'a cut subtitle ends with an ellipsis').toMatch(/\u00a0…$/);
        const kept = shown.replace(/\u00a0…$/, '');
        expect(chart.subtitle.startsWith(kept), shown).toBe(true);
        const next = chart.subtitle.slice(kept.length);
        expect(next, `cut after a whole clause: « ${kept} » then « ${next.slice(0, 20)} »`).toMatch(/^(?:[,;:]\s|\s[—–(]|\s)/);
        if (/^\s[^—–(]/.test(next)) expect(kept).toMatch(/[.!?]$/);
      }
      const chartLeft = Number(/<g transform="translate\(([\d.]+) /.exec(svg)![1]);
      for (const l of [...title, ...sub, ...src]) expect(l.x + measure(l.text, l.size, l.weight), `« ${l.text} »`).toBeLessThanOrEqual(chartLeft - 20);
      expect(sub[sub.length - 1]!.y, 'subtitle above the source line').toBeLessThan(src[0]!.y - 18 - 8);
      expect(sub[0]!.y - sub[0]!.size, 'a clear gap under the title').toBeGreaterThan(title[title.length - 1]!.y + 12);
      const publishers = src.map((l) => l.text).join(' ');
      expect(publishers, 'the source line ends on a whole name').not.toMatch(/·$/);
    });
  }
});
