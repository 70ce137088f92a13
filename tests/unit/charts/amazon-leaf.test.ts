import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/registry';
import { sceneQuery } from './sceneQuery';

const { seeds, mark, has } = sceneQuery('amazon-leaf');

// Regular layout: bars start at x = 24; 0..2.5 billion dollars map onto 720 - 48 = 672 px: 268.8 px per $bn.
const PX_PER_BN = 672 / 2.5;

describe('amazon-leaf scene', () => {
  it('scene(step 1) draws only the article’s “billions”, as a claim at $2 bn', () => {
    const claim = mark(1, 'bar-claim');
    expect(claim.attrs['class']).toBe('m-claim');
    expect(claim.attrs['width']).toBeCloseTo(2 * PX_PER_BN, 1);
    expect(mark(1, 'bar-coalition').attrs['width']).toBe(0);
    expect(mark(1, 'val-claim').text).toBe('au moins 2\u202fMd$');
  });

  it('scene(step 2) adds the whole coalition’s $1 bn, half the claim', () => {
    expect(mark(2, 'bar-coalition').attrs['width']).toBeCloseTo(1 * PX_PER_BN, 1);
    expect(mark(2, 'val-coalition').text).toBe('1\u202fMd$');
    expect(has(2, 'val-amazon')).toBe(false);
  });

  it('scene(step 3) adds the Pará deal ($180 M), the six companies ($75 M, derived, hollow) and Amazon as unknown', () => {
    expect(mark(3, 'bar-para').attrs['width']).toBeCloseTo(0.18 * PX_PER_BN, 1);
    expect(mark(3, 'val-para').text).toBe('180\u202fM$');
    const corp = mark(3, 'bar-corporate');
    expect(corp.attrs['width']).toBeCloseTo(0.075 * PX_PER_BN, 1);
    expect(corp.attrs['class']).toBe('m-estimate m-credit');
    expect(mark(3, 'val-corporate').text).toBe('75\u202fM$');
    // Amazon's own share is not public: never a bar, a question mark instead.
    for (let s = 1; s <= 4; s++) expect(has(s, 'bar-amazon')).toBe(false);
    expect(mark(3, 'val-amazon').text).toContain('?');
    expect(mark(3, 'val-amazon').attrs['class']).toContain('m-value-highlight');
  });

  it('scene(step 4) adds the $2 bn Climate Pledge Fund, not LEAF', () => {
    expect(mark(3, 'bar-fund').attrs['width']).toBe(0);
    expect(mark(4, 'bar-fund').attrs['width']).toBeCloseTo(2 * PX_PER_BN, 1);
    expect(mark(4, 'row-fund').text).toContain('pas LEAF');
  });

  it('compact layout puts the long claim label inside its bar (2 bn at x = 12 + 0.8 × 336 = 280.8) to stay within 360 px', () => {
    const v = mark(1, 'val-claim', 'compact');
    expect(v.attrs['text-anchor']).toBe('end');
    expect(v.attrs['x']).toBeCloseTo(280.8 - 6, 1);
    // The short "2 Md$" of the fund fits after its bar.
    expect(mark(4, 'val-fund', 'compact').attrs['text-anchor']).toBe('start');
  });

  it('scene() rejects a step outside 1..4', () => {
    const def = getChart('amazon-leaf');
    expect(() => def.scene({ seeds, step: 5, size: { width: 720, height: 480 }, variant: 'regular', locale: 'fr', label: () => '' })).toThrow(/steps 1 to 4; got 5/);
  });
});
