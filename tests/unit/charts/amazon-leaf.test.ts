import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/registry';
import type { Seeds } from '../../../src/data/seeds';
import { sceneQuery } from './sceneQuery';

const { seeds, chart, mark, has } = sceneQuery('amazon-leaf');

// Pixels per billion dollars, read from the scene (the claim's bar) and checked against the other bars.
const val = (id: string) => seeds.figures.get(id)!.value!;
const PX_PER_BN = (mark(1, 'bar-claim').attrs['width'] as number) / (val('leaf-claim-billions') / 1e9);

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

  it('scene(step 3) adds the Pará pre-agreement ($180 M) and the six companies ($75 M, derived), both hollow (conditional), and Amazon as unknown', () => {
    expect(mark(3, 'bar-para').attrs['width']).toBeCloseTo((val('leaf-para-value') / 1e9) * PX_PER_BN, 1);
    expect(mark(3, 'bar-para').attrs['class']).toBe('m-estimate m-credit');
    expect(mark(3, 'row-para').text).toMatch(/pré-accord/i);
    expect(mark(3, 'val-para').text).toBe('180\u202fM$');
    const corp = mark(3, 'bar-corporate');
    expect(corp.attrs['width']).toBeCloseTo((val('leaf-para-corporate-total') / 1e9) * PX_PER_BN, 1);
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

  it('x axis: its top comes from the largest bar, so a larger figure widens the axis with no code change', () => {
    // Today: the widest bar ends inside the frame (right edge 720 − 24).
    expect(24 + (mark(4, 'bar-fund').attrs['width'] as number)).toBeLessThanOrEqual(720 - 24);
    // With a fund three times as large, its bar still ends inside the frame and the claim's bar shrinks in proportion.
    const fund = seeds.figures.get('amz-climate-pledge-fund')!;
    const big = { ...fund, value: fund.value! * 3 };
    const more: Seeds = { ...seeds, figures: new Map(seeds.figures).set(fund.id, big) };
    const sc = getChart('amazon-leaf').scene({ seeds: more, step: 4, size: { width: 720, height: 480 }, variant: 'regular', locale: 'fr', label: (k) => k });
    const w = (k: string) => sc.marks.find((m) => m.key === k)!.attrs['width'] as number;
    expect(24 + w('bar-fund')).toBeLessThanOrEqual(720 - 24);
    expect(w('bar-fund') / w('bar-claim')).toBeCloseTo(big.value! / val('leaf-claim-billions'), 3);
  });

  it('the chart’s text says the Pará deal is a pre-agreement, conditional on verified credits, and contested in court', () => {
    expect(chart.steps[2]!.caption).toContain('pré-accord');
    expect(chart.steps[2]!.caption).toContain('crédits vérifiés');
    const notes = chart.notes.join(' ');
    expect(notes).toContain('aucun crédit émis ni vérifié');
    expect(notes).toContain('3 juin 2025');
  });

  it('compact layout puts the long claim label inside the end of its bar to stay within 360 px', () => {
    const v = mark(1, 'val-claim', 'compact');
    const bar = mark(1, 'bar-claim', 'compact');
    expect(v.attrs['text-anchor']).toBe('end');
    expect(v.attrs['x']).toBeCloseTo((bar.attrs['x'] as number) + (bar.attrs['width'] as number) - 6, 1);
    // The short "2 Md$" of the fund fits after its bar.
    expect(mark(4, 'val-fund', 'compact').attrs['text-anchor']).toBe('start');
  });

});
