import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/registry';
import { sceneQuery } from './sceneQuery';

const { seeds, chart, marks, find, mark } = sceneQuery('offsets-vs-emissions');

// Regular layout: x runs from 16 to 720 - 24 = 696 for 0..80 Mt, so 8.5 px per Mt.
const PX_PER_MT = 680 / 80;

describe('offsets-vs-emissions scene', () => {
  it('scene(step 1) draws the three emission bars on their own bases, no credits yet', () => {
    expect(mark(1, 'emit-ms').attrs['width']).toBeCloseTo(15.543 * PX_PER_MT, 1);
    expect(mark(1, 'emit-ggl').attrs['width']).toBeCloseTo(15.1852 * PX_PER_MT, 1);
    expect(mark(1, 'emit-amz').attrs['width']).toBeCloseTo(68.25 * PX_PER_MT, 1);
    expect(mark(1, 'emit-ms').attrs['class']).toBe('m-emission');
    expect(mark(1, 'emit-amz').attrs['class']).toBe('m-estimate m-emission');
    expect(mark(1, 'emit-val-amz').text).toBe('68,3\u202fMt émises');
    expect(mark(1, 'credit-ms').attrs['width']).toBe(0);
    expect(find(1, 'credit-unknown-amz')).toBeUndefined();
  });

  it('scene(step 2) adds Microsoft removals contracted in FY2024 (21.9 Mt), said to be contracted, not delivered', () => {
    expect(mark(2, 'credit-ms').attrs['width']).toBeCloseTo(21.92737 * PX_PER_MT, 1);
    expect(mark(2, 'credit-val-ms').text).toContain('contractés, pas livrés');
    expect(mark(2, 'credit-val-ms').text).toContain('21,9');
    expect(String(mark(2, 'emit-amz').attrs['class'])).toContain('m-dim');
    expect(mark(2, 'credit-ggl').attrs['width']).toBe(0);
  });

  it('scene(step 3) adds Google removals contracted to date (0.79 Mt) as a hollow bar', () => {
    const bar = mark(3, 'credit-ggl');
    expect(bar.attrs['width']).toBeCloseTo(0.790912 * PX_PER_MT, 1);
    expect(bar.attrs['class']).toBe('m-estimate m-credit');
    expect(mark(3, 'credit-val-ggl').text).toContain('0,79');
  });

  it('scene(step 4) marks Amazon’s share as unknown avoidance credits, with no invented bar', () => {
    expect(find(4, 'credit-amz')).toBeUndefined();
    expect(mark(4, 'credit-unknown-amz').text).toBe('?');
    expect(mark(4, 'credit-val-amz').text).toContain('part inconnue');
    expect(mark(4, 'credit-val-amz').text).toContain('évitement');
  });

  it('scene(step 5) keeps the emission bars and fades the credits', () => {
    expect(mark(5, 'emit-ms').attrs['width']).toBeCloseTo(15.543 * PX_PER_MT, 1);
    expect(String(mark(5, 'credit-ms').attrs['class'])).toContain('m-dim');
    expect(String(mark(5, 'credit-ggl').attrs['class'])).toContain('m-dim');
  });

  it('labels in both variants stay inside the viewBox', () => {
    for (const s of chart.steps) {
      for (const v of ['regular', 'compact'] as const) {
        const sc = s.scenes[v];
        for (const m of sc.marks.filter((m) => m.type === 'text' && m.attrs['text-anchor'] !== 'end')) {
          // start-anchored labels: estimate width at ~0.56 em per character of a 14 px (12 px compact) font
          const w = (m.attrs['text-anchor'] === 'middle' ? 0.5 : 1) * m.text!.length * (v === 'compact' ? 12 : 14) * 0.56;
          expect(Number(m.attrs['x']) + w, `${s.stepId} ${v} ${m.key}`).toBeLessThanOrEqual(sc.width);
        }
      }
    }
  });

  it('scene() rejects a step outside 1..5', () => {
    const def = getChart('offsets-vs-emissions');
    expect(() => def.scene({ seeds, step: 6, size: { width: 720, height: 480 }, variant: 'regular', locale: 'fr', label: () => '' })).toThrow(/steps 1 to 5; got 6/);
  });
});
