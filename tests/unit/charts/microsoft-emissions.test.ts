import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/registry';
import { sceneQuery } from './sceneQuery';

const { seeds, chart, mark } = sceneQuery('microsoft-emissions');

// Regular layout: frame top 74, bottom 480 - 44 = 436, so the y scale maps 0..18 Mt onto 362 px.
const PX_PER_MT = (436 - 74) / 18;

describe('microsoft-emissions scene', () => {
  it('scene(step 1) draws only the FY2020 baseline bar, 12.37 Mt tall', () => {
    expect(mark(1, 'bar-fy2020').attrs['height']).toBeCloseTo(12.37 * PX_PER_MT, 1);
    expect(mark(1, 'bar-fy2021').attrs['height']).toBe(0);
    expect(mark(1, 'val-fy2020').text).toBe('12,4');
  });

  it('scene(step 2) puts FY2023 at 16.935 Mt (Table 1A, 2025 sheet) and highlights it', () => {
    const bar = mark(2, 'bar-fy2023');
    expect(bar.attrs['height']).toBeCloseTo(16.935 * PX_PER_MT, 1);
    expect(bar.attrs['y']).toBeCloseTo(436 - 16.935 * PX_PER_MT, 1);
    expect(bar.attrs['class']).toBe('m-highlight');
    expect(mark(2, 'bar-fy2024').attrs['height']).toBe(0);
  });

  it('scene(step 3) adds FY2024 at 15.543 Mt', () => {
    expect(mark(3, 'bar-fy2024').attrs['height']).toBeCloseTo(15.543 * PX_PER_MT, 1);
    expect(mark(3, 'val-fy2024').text).toBe('15,5');
  });

  it('scene(step 4) draws the 2030 Scope 3 target at half of FY2020 Scope 3 (11.796 Mt / 2)', () => {
    expect(mark(4, 'bar-2030').attrs['height']).toBeCloseTo((11.796 / 2) * PX_PER_MT, 1);
    expect(mark(3, 'bar-2030').attrs['height']).toBe(0);
  });

  it('captions format figures for French (narrow no-break spaces, decimal comma)', () => {
    expect(chart.steps[1]!.caption).toContain('16,9\u202fMt CO2e');
    expect(chart.steps[1]!.caption).toContain('+36,9\u202f%');
  });

  it('scene() rejects a step outside 1..4', () => {
    const def = getChart('microsoft-emissions');
    expect(() => def.scene({ seeds, step: 5, size: { width: 720, height: 480 }, variant: 'regular', locale: 'fr', label: () => '' })).toThrow(
      /steps 1 to 4; got 5/,
    );
  });
});
