import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staticImports, modulePreload } from '../../scripts/module-preload.mjs';
import { fontSubsetCheck, missingCharacters, sourceCharacters } from '../../scripts/font-subset.mjs';

const tmp = () => mkdtempSync(join(tmpdir(), 'cc-build-'));
/** Runs an integration's `astro:build:done` hook on a build output folder, as Astro does. */
const buildDone = (integration: { hooks: Record<string, unknown> }, dir: string) =>
  (integration.hooks['astro:build:done'] as (o: unknown) => void)({ dir: new URL(`file://${dir}/`), logger: { info: () => {} } });

describe('staticImports(code) (scripts/module-preload.mjs)', () => {
  it('finds side-effect, named and re-export imports of a minified module, each once, but not dynamic imports', () => {
    const code = 'import"./cc-chart.Df.js";import{a as b}from"./eager.Ct.js";export*from"../x/y.js";const r=()=>import("./renderer.B.js");import"./cc-chart.Df.js";';
    expect(staticImports(code)).toEqual(['./cc-chart.Df.js', './eager.Ct.js', '../x/y.js']);
  });
});

describe('modulePreload() integration', () => {
  it('puts one modulepreload link per static chunk, transitive, just before the entry script, and none for the entry itself', () => {
    const dir = tmp();
    mkdirSync(join(dir, '_astro'));
    mkdirSync(join(dir, 'fr'));
    writeFileSync(join(dir, '_astro/entry.js'), 'import"./a.js";import{x}from"./b.js";import("./lazy.js");');
    writeFileSync(join(dir, '_astro/a.js'), 'import"./c.js";');
    writeFileSync(join(dir, '_astro/b.js'), 'export const x=1;');
    writeFileSync(join(dir, '_astro/c.js'), '');
    writeFileSync(join(dir, 'fr/index.html'), '<html><head></head><body><p>x</p><script type="module" src="/_astro/entry.js"></script></body></html>');
    buildDone(modulePreload(), dir);
    const html = readFileSync(join(dir, 'fr/index.html'), 'utf8');
    expect(html).toContain('<p>x</p><link rel="modulepreload" href="/_astro/a.js"><link rel="modulepreload" href="/_astro/c.js"><link rel="modulepreload" href="/_astro/b.js"><script type="module" src="/_astro/entry.js">');
    expect(html).not.toContain('lazy.js');
    expect(html).not.toContain('href="/_astro/entry.js"');
    rmSync(dir, { recursive: true });
  });
  it('fails the build when a page names a script the build does not have', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'index.html'), '<script type="module" src="/_astro/gone.js"></script>');
    expect(() => buildDone(modulePreload(), dir)).toThrow(/\/_astro\/gone\.js is named by a page but missing/);
    rmSync(dir, { recursive: true });
  });
});

describe('font subset (scripts/font-subset.mjs)', () => {
  it('sourceCharacters: every character of the text files, plus the spaces Intl writes in French, without control characters', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'content'));
    writeFileSync(join(dir, 'content/a.mdx'), 'Énergie ≈ 1 %\n');
    writeFileSync(join(dir, 'content/b.png'), 'ignored: ß');
    const chars = sourceCharacters([join(dir, 'content')]);
    for (const c of 'Énergie≈1% \u00a0\u202f') expect(chars).toContain(c);
    expect(chars).not.toContain('ß');
    expect(chars).not.toContain('\n');
    rmSync(dir, { recursive: true });
  });
  it('missingCharacters: reads the text of pages (entities decoded, markup, scripts and styles left out) and of scripts', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'index.html'), '<p title="ß">Déjà&nbsp;vu &#x2248; <b>5</b></p><style>p{content:"ø"}</style><script>"ñ"</script>');
    writeFileSync(join(dir, 'app.js'), 'x="Ω"');
    const missing = missingCharacters(dir, 'Dejvu5 x="').map((m) => m.char);
    expect(missing.sort()).toEqual(['\u00a0', 'à', 'é', 'Ω', '≈'].sort());
    rmSync(dir, { recursive: true });
  });
  it('fontSubsetCheck fails the build naming the character, its code point and a page', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'index.html'), '<p>a→b</p>');
    expect(() => buildDone(fontSubsetCheck('ab'), dir)).toThrow(/"→" U\+2192 \(index\.html\)/);
    rmSync(dir, { recursive: true });
  });
});
