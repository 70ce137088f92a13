import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/registry';
import { sceneQuery } from './sceneQuery';

const { seeds, chart, find, mark } = sceneQuery('google-removal');

// Regular layout: frame top 40, bottom 480 - 58 = 422, so 382 px of height.
const H = 382;

describe('google-removal scene', () => {
  it('scene(step 1) draws the article claim (35 M$ "for Gemini") as a claim mark, flagged unsourced', () => {
    const bar = mark(1, 'bar-claim');
    expect(bar.attrs['class']).toBe('m-claim');
    expect(bar.attrs['height']).toBeCloseTo((35 / 60) * H, 1);
    expect(mark(1, 'val-claim').text).toBe('35\u202fM$');
    expect(mark(1, 'claim-flag-0').text).toContain('Gemini');
    expect(mark(1, 'bar-pledge').attrs['height']).toBe(0);
  });

  it('scene(step 2) adds the March 2024 pledge of at least 35 M$ as a hollow credit bar', () => {
    const bar = mark(2, 'bar-pledge');
    expect(bar.attrs['class']).toBe('m-estimate m-credit');
    expect(bar.attrs['height']).toBeCloseTo((35 / 60) * H, 1);
    expect(mark(2, 'val-pledge').text).toBe('≥ 35\u202fM$');
    expect(String(mark(2, 'bar-claim').attrs['class'])).toContain('m-dim');
  });

  it('scene(step 3) rescales the dollar axis to 120 M$ and shows more than 100 M$ contracted in 2024', () => {
    expect(mark(3, 'bar-contracted').attrs['height']).toBeCloseTo((100 / 120) * H, 1);
    expect(mark(3, 'bar-claim').attrs['height']).toBeCloseTo((35 / 120) * H, 1);
    expect(mark(3, 'val-contracted').text).toBe('> 100\u202fM$');
    expect(find(3, 'usd-tick-120')).toBeDefined();
    expect(find(2, 'usd-tick-120')).toBeUndefined();
  });

  it('scene(step 4) switches to tonnes: no dollar bar or tick left, 15.2 Mt emitted vs 0.79 Mt contracted', () => {
    expect(find(4, 'bar-claim')).toBeUndefined();
    expect(find(4, 'bar-contracted')).toBeUndefined();
    expect(find(4, 'usd-tick-40')).toBeUndefined();
    expect(mark(4, 'mt-tick-15').text).toBe('15');
    expect(mark(4, 'bar-emitted').attrs['height']).toBeCloseTo((15.1852 / 20) * H, 1);
    expect(mark(4, 'bar-removal').attrs['height']).toBeCloseTo((0.790912 / 20) * H, 1);
    expect(mark(4, 'val-removal').text).toBe('0,79\u202fMt');
    expect(mark(4, 'mt-title').text).toContain('Millions de tonnes');
  });

  it('captions say contracted removals are not delivered and give the ~5 % share', () => {
    expect(chart.steps[3]!.caption).toContain('pas encore livrés');
    expect(chart.steps[3]!.description).toContain('5,2\u202f%');
  });

  it('scene() rejects a step outside 1..4', () => {
    const def = getChart('google-removal');
    expect(() => def.scene({ seeds, step: 5, size: { width: 720, height: 480 }, variant: 'regular', locale: 'fr', label: () => '' })).toThrow(/steps 1 to 4; got 5/);
  });
});
