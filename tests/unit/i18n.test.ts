/**
 * The English edition's plumbing: no French words in code outside content/ and src/i18n/, the locale taken from the
 * page and never defaulted, the page mapping between editions, the root page's choice of edition, sources named in
 * English.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageLocale } from '../../src/i18n/pageLocale';
import { translatePath, classroomPath } from '../../src/i18n/routes';
import { pickEdition } from '../../src/client/pickEdition';
import { sourceIn } from '../../src/i18n/publishers';
import { loadSeeds } from '../../src/data/seeds';
import { dict } from '../../src/i18n';
import fr from '../../src/i18n/fr';
import en from '../../src/i18n/en';

const ROOT = join(__dirname, '..', '..');
/** Files whose job is French typography itself (its rules name « » and French punctuation). */
const LANGUAGE_RULES = new Set(['src/lib/typography.mjs']);
/** Files not yet moved to the dictionaries (none left). */
const PENDING = new Set<string>();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
/** The code without its comments (`//`, `/* *\/`, `{/* *\/}`, `<!-- -->`), so docstrings may quote French. */
const stripComments = (s: string) =>
  s
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
/** String literals and template text of an .astro/.ts file: what could reach a reader. */
function literals(code: string, astro: boolean): string[] {
  const out = [...code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  if (astro) {
    const template = code.replace(/^---[\s\S]*?---/, '');
    out.push(...[...template.matchAll(/>([^<>{}]+)</g)].map((m) => m[1]!));
  }
  return out;
}
const FRENCH_WORDS = /\b(le|la|les|des|du|une|et|est|pour|dans|avec|sur|par|aux|au|ou|fermer|étape|données|chiffres?|récit|lire|aucune?)\b/i;
const ACCENTS = /[àâçéèêëîïôûùüÿœæÀÂÇÉÈÊËÎÏÔÛÙÜŒ«»]/;

describe('French strings live in content/ and src/i18n/ only', () => {
  const sources = files(join(ROOT, 'src'))
    .map((p) => relative(ROOT, p).split('\\').join('/'))
    .filter((p) => !p.startsWith('src/i18n/') && /\.(ts|mjs|astro)$/.test(p) && !LANGUAGE_RULES.has(p) && !PENDING.has(p));

  it('scans the code (sanity: the scan sees the components, pages and charts)', () => {
    expect(sources).toEqual(expect.arrayContaining(['src/components/Term.astro', 'src/pages/[locale]/sources.astro', 'src/lib/figureText.ts']));
  });

  it('no accented letter or « » in any string or template text of src/ (outside src/i18n)', () => {
    const hits = sources.flatMap((p) => {
      const code = stripComments(readFileSync(join(ROOT, p), 'utf8'));
      return literals(code, p.endsWith('.astro')).filter((s) => ACCENTS.test(s)).map((s) => `${p}: ${s.trim().slice(0, 80)}`);
    });
    expect(hits).toEqual([]);
  });

  it('no common French word in any string or template text of src/ (outside src/i18n)', () => {
    const hits = sources.flatMap((p) => {
      const code = stripComments(readFileSync(join(ROOT, p), 'utf8'));
      return literals(code, p.endsWith('.astro'))
        .filter((s) => /\s/.test(s.trim()) || /^[A-Z]/.test(s)) // phrases and capitalised words, not ids or CSS classes
        .filter((s) => FRENCH_WORDS.test(s.replace(/\$\{[^}]*\}/g, ' ')))
        .map((s) => `${p}: ${s.trim().slice(0, 80)}`);
    });
    expect(hits).toEqual([]);
  });

  it('the French colon is one dictionary entry, never a rule written in code', () => {
    // `'\u00a0: '` typed in code, or a ternary that picks a colon by locale (`fr ? '\u00a0:' : ':'`).
    const hits = sources.filter((p) => /\\u00a0:|\? '(\\u00a0)?: ?' : '/.test(stripComments(readFileSync(join(ROOT, p), 'utf8'))));
    expect(hits).toEqual([]);
    expect(fr.colon).toBe('\u00a0: ');
    expect(en.colon).toBe(': ');
  });

  it('every dictionary has the same keys, and no English string is left in French or the reverse', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    const flat = (d: Record<string, unknown>): string[] => Object.values(d).flatMap((v) => (typeof v === 'string' ? [v] : flat(v as Record<string, unknown>)));
    expect(flat(en as never).filter((s) => ACCENTS.test(s) && s !== 'Français')).toEqual([]);
  });
});

describe('pageLocale(Astro, component, given?)', () => {
  it('takes the locale from the page’s [locale] route parameter', () => {
    expect(pageLocale({ params: { locale: 'en' } }, 'Fig')).toBe('en');
    expect(pageLocale({ params: { locale: 'fr', chart: 'x' } }, 'Fig', 'fr')).toBe('fr');
  });
  it('fails when the page has no locale and none is given: no French fallback', () => {
    expect(() => pageLocale({ params: {} }, 'Fig')).toThrow(/<Fig>: no locale/);
  });
  it('fails on a locale prop that disagrees with the page, or an unknown one', () => {
    expect(() => pageLocale({ params: { locale: 'en' } }, 'Term', 'fr')).toThrow(/<Term>: locale prop "fr" differs from the page's locale "en"/);
    expect(() => pageLocale({ params: { locale: 'de' } }, 'Term')).toThrow(/not one of fr, en/);
  });
});

describe('translatePath(pathname, to): the same page in the other edition', () => {
  it.each([
    ['/fr/', 'en', '/en/'],
    ['/en/', 'fr', '/fr/'],
    ['/fr/classe/', 'en', '/en/classroom/'],
    ['/en/classroom/', 'fr', '/fr/classe/'],
    ['/fr/sources/', 'en', '/en/sources/'],
    ['/en/embed/microsoft-emissions/', 'fr', '/fr/embed/microsoft-emissions/'],
    ['/', 'en', '/en/'],
  ] as const)('%s → %s: %s', (from, to, want) => {
    expect(translatePath(from, to)).toBe(want);
  });
  it('classroomPath names the view in each language', () => {
    expect(classroomPath('fr')).toBe('/fr/classe/');
    expect(classroomPath('en')).toBe('/en/classroom/');
  });
});

describe('pickEdition(navigator.languages)', () => {
  it.each([
    [['en-US', 'en'], 'en'],
    [['de-DE', 'en-GB', 'fr'], 'en'],
    [['fr-CA', 'en'], 'fr'],
    [['de', 'es'], 'fr'],
    [[], 'fr'],
  ] as const)('%j → %s', (langs, want) => {
    expect(pickEdition(langs)).toBe(want);
  });
});

describe('sources in the English edition', () => {
  const seeds = loadSeeds();
  const all = [...seeds.sources.values()];
  it('every publisher and note reads in English (content/en/publishers.yaml, note_en)', () => {
    const french = all
      .map((s) => sourceIn(s, 'en', all))
      // (Portuguese proper nouns such as « Tapajós de Fato » keep their « de ».)
      .filter((s) => /\b(des|du|la|le|les|par|avec|d’après|diffusé|données|gouvernement|coordinateur|officiel)\b|Agence/.test(`${s.publisher} ${s.note}`))
      .map((s) => `${s.id}: ${s.publisher}`);
    expect(french).toEqual([]);
  });
  it('the French edition keeps the bibliography as written', () => {
    const s = all.find((x) => x.publisher.startsWith('AIE'))!;
    expect(sourceIn(s, 'fr', all).publisher).toBe(s.publisher);
    expect(sourceIn(s, 'en', all).publisher).toBe('IEA (International Energy Agency)');
  });
  it('per-unit words follow the edition (par an / per year)', () => {
    expect(dict('en').per['1000 inferences']).toBe('1,000 inferences');
    expect(dict('fr').perPhrase).toBe('par {what}');
  });
});
