/**
 * The colour tokens (src/styles/tokens.css) are written once, as light-dark() pairs, and the image export (which has
 * no theme) reads their light half.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { lightTokens, token } from '../../src/charts/export/inlineCss';

const css = readFileSync('src/styles/tokens.css', 'utf8');
/** The first `:root { … }` block: where the tokens are declared. */
const mainBlock = /:root \{([^}]*)\}/.exec(css)![1]!;

describe('tokens.css', () => {
  it('declares each colour token once, as light-dark(light, dark)', () => {
    const decls = [...mainBlock.matchAll(/(--cc-[a-z0-9-]+):\s*([^;]+);/g)];
    const colours = decls.filter(([, , v]) => /#[0-9a-f]{3,8}\b/i.test(v!));
    expect(colours.length).toBeGreaterThan(20);
    const names = colours.map(([, n]) => n);
    expect(new Set(names).size).toBe(names.length);
    for (const [, n, v] of colours) expect(v, n).toMatch(/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/i);
  });
  it('gives browsers without light-dark() (Safari < 17.5) the light colour of every pair, and the light scheme', () => {
    const fallback = /@supports not \(color: light-dark\(#000, #fff\)\) \{\s*:root,\s*:root\[data-theme\] \{([^}]*)\}/.exec(css);
    expect(fallback, 'an @supports not (color: light-dark(…)) block for :root and :root[data-theme]').not.toBeNull();
    const light = new Map([...mainBlock.matchAll(/(--cc-[a-z0-9-]+):\s*light-dark\((#[0-9a-f]{6}), #[0-9a-f]{6}\);/gi)].map(([, n, l]) => [n, l]));
    const given = new Map([...fallback![1]!.matchAll(/(--cc-[a-z0-9-]+):\s*([^;]+);/g)].map(([, n, v]) => [n, v!.trim()]));
    expect(light.size).toBeGreaterThan(20);
    expect(given).toEqual(light);
    expect(fallback![1]).toMatch(/color-scheme: light;/);
  });
  it('forces a scheme with data-theme on html, else follows the system', () => {
    expect(css).toMatch(/:root \{[^}]*color-scheme: light dark;/);
    expect(css).toMatch(/:root\[data-theme='light'\] \{\s*color-scheme: light;/);
    expect(css).toMatch(/:root\[data-theme='dark'\] \{\s*color-scheme: dark;/);
  });
});

describe('token(name) for the image export', () => {
  it('gives the light colour of a light-dark() pair', () => {
    expect(token('--cc-emission')).toBe('#c2410c');
    expect(lightTokens(':root { --a: light-dark(#fff, #000); --b: 12px; }')).toEqual(new Map([['--a', '#fff'], ['--b', '12px']]));
  });
});
