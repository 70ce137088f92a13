import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/registry';
import { sceneQuery } from './sceneQuery';

const { seeds, chart, marks, find, mark } = sceneQuery('google-datacentre-electricity');

// Regular layout: frame top 40, bottom 436; y maps 0..40 TWh onto 396 px, so 9.9 px per TWh.
const PX_PER_TWH = 396 / 40;

describe('google-datacentre-electricity scene', () => {
  it('scene(step 1) draws 2020 at 14.4 TWh and keeps 2024 at zero height', () => {
    expect(mark(1, 'bar-2020').attrs['height']).toBeCloseTo(14.4 * PX_PER_TWH, 1);
    expect(mark(1, 'val-2020').text).toBe('14,4');
    expect(mark(1, 'bar-2024').attrs['height']).toBe(0);
    expect(find(1, 'val-2024')).toBeUndefined();
  });

  it('scene(step 2) adds 2024 at 30.8 TWh, about 2.1 times 2020, and marks 2021–2022 as not published', () => {
    expect(mark(2, 'bar-2024').attrs['height']).toBeCloseTo(30.8 * PX_PER_TWH, 1);
    expect(mark(2, 'bar-2024').attrs['y']).toBeCloseTo(436 - 30.8 * PX_PER_TWH, 1);
    expect(mark(2, 'val-2024').text).toBe('30,8');
    expect(mark(2, 'ratio-label').text).toBe('2,1\u202ffois');
    expect(mark(2, 'nc-2021').text).toBe('n. c.');
    expect(mark(2, 'bar-2023').attrs['height']).toBe(0);
  });

  it('scene(step 3) adds 2023 as a hollow, dashed bar at the derived 24.3 TWh, labelled about 24', () => {
    const bar = mark(3, 'bar-2023');
    expect(bar.attrs['height']).toBeCloseTo(24.3 * PX_PER_TWH, 1);
    expect(String(bar.attrs['class'])).toContain('m-estimate');
    expect(bar.attrs['stroke-dasharray']).toBe('5 3');
    expect(mark(3, 'val-2023').text).toBe('≈\u202f24');
    expect(mark(3, 'growth-2023').text).toBe('+17\u202f%');
    expect(mark(3, 'growth-2024').text).toBe('+27\u202f%');
  });

  it('scene(step 4) outlines company-wide electricity (32.11 TWh) around the 2024 bar', () => {
    expect(find(3, 'company-2024')).toBeUndefined();
    expect(mark(4, 'company-2024').attrs['height']).toBeCloseTo(32.11 * PX_PER_TWH, 1);
    const words = chart.steps[3]!.scenes.regular.marks.filter((m) => m.key.startsWith('company-label-')).map((m) => m.text).join(' ');
    // wrap() re-joins words with plain spaces, so match any space between value and unit.
    expect(words).toMatch(/32,1\s+TWh/);
    expect(words).toMatch(/95,8\s+%/);
  });

  it('scene() rejects a step outside 1..4', () => {
    const def = getChart('google-datacentre-electricity');
    expect(() => def.scene({ seeds, step: 5, size: { width: 720, height: 480 }, variant: 'regular', locale: 'fr', label: () => '' })).toThrow(/steps 1 to 4; got 5/);
  });
});
