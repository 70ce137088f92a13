/**
 * The chart grammar's words and styles agree: what chart.css draws is what the reading key says, every paint server a
 * stylesheet names exists, and a label's phone variant follows one naming convention in every chart text.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fr from '../../src/i18n/fr';
import en from '../../src/i18n/en';
import { parseYaml } from '../../src/lib/yaml';

const read = (p: string) => readFileSync(p, 'utf8');
const filesUnder = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : []));

describe('chart.css', () => {
  it('names only paint servers (url(#id)) that some rendered SVG defines', () => {
    const css = filesUnder('src/styles', /\.css$/).map(read).join('\n');
    const used = [...css.matchAll(/url\(#([\w-]+)\)/g)].map((m) => m[1]!);
    const sources = filesUnder('src', /\.(astro|ts|mjs)$/).map(read).join('\n');
    for (const id of used) expect(sources, `#${id} is used in CSS but no SVG defines id="${id}"`).toMatch(new RegExp(`id=["'\`]${id}["'\`]`));
  });
  it('draws the article\'s claim as a dashed grey outline, as the reading key says in both locales', () => {
    const rule = /\.scene \.m-claim \{([^}]*)\}/.exec(read('src/styles/chart.css'))![1]!;
    expect(rule).toMatch(/stroke: var\(--cc-claim\)/);
    expect(rule).toMatch(/stroke-dasharray/);
    expect(rule).toMatch(/fill: var\(--cc-bg\)/);
    expect(fr.keyClaim).toMatch(/tirets/i);
    expect(fr.keyClaim).toMatch(/gris/i);
    expect(en.keyClaim).toMatch(/dash/i);
    expect(en.keyClaim).toMatch(/grey/i);
    expect(read('src/charts/shared/marks.ts')).not.toMatch(/hatch/);
  });
});

describe('ReadingKey.astro', () => {
  it('takes every word from src/i18n (key* strings in fr and en)', () => {
    const src = read('src/components/ReadingKey.astro');
    expect(src).not.toMatch(/[À-ÿ’]/);
    const keys = [...src.matchAll(/'(key[A-Z]\w*)'/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThanOrEqual(10);
    for (const k of keys) {
      expect((fr as unknown as Record<string, string>)[k], `fr.${k}`).toBeTruthy();
      expect((en as unknown as Record<string, string>)[k], `en.${k}`).toBeTruthy();
    }
  });
});

describe('chart texts', () => {
  it('name a label\'s phone variant `<key>-short` (one convention), in every locale', () => {
    for (const locale of ['fr', 'en']) {
      for (const file of filesUnder(join('content', locale, 'charts'), /\.yaml$/)) {
        const labels = Object.keys((parseYaml(read(file), file) as { labels?: Record<string, string> }).labels ?? {});
        expect(labels.filter((k) => /Short$/.test(k)), file).toEqual([]);
      }
    }
  });
});
