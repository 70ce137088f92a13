import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/registry';
import { sceneQuery } from './sceneQuery';

const { seeds, chart, marks, find, mark } = sceneQuery('google-emissions');

// Regular layout: frame top 40, bottom 480 - 44 = 436; y maps 0..20 Mt onto 396 px, so 19.8 px per Mt.
const yOf = (mt: number) => 436 - mt * 19.8;
// x: six points (2019–2024) on [56, 720 - 24 - 150 - 24 = 522] with padding 0.5: step 466 / 6.
const STEP_X = 466 / 6;
const xOf = (year: number) => 56 + STEP_X * (0.5 + (year - 2019));

describe('google-emissions scene', () => {
  it('scene(step 1) shows only the 2019 baseline point at 9.67 Mt', () => {
    expect(mark(1, 'pt-2019').attrs['cy']).toBeCloseTo(yOf(9.6714), 1);
    expect(mark(1, 'pt-2019').attrs['cx']).toBeCloseTo(xOf(2019), 1);
    expect(mark(1, 'val-2019').text).toBe('9,67');
    expect(find(1, 'pt-2023')).toBeUndefined();
    expect(find(1, 'line-2024report')).toBeUndefined();
  });

  it('scene(step 2) draws the 2024-report line to 2023 at 14.3 Mt and highlights 2023', () => {
    expect(mark(2, 'pt-2023').attrs['cy']).toBeCloseTo(yOf(14.3148), 1);
    expect(mark(2, 'pt-2023').attrs['class']).toBe('m-highlight');
    expect(mark(2, 'val-2023').text).toBe('14,3');
    expect(mark(2, 'val-2020').text).toBe('8,57');
    const d = String(mark(2, 'line-2024report').attrs['d']);
    expect(d.split('L')).toHaveLength(5);
    expect(find(2, 'pt-2024')).toBeUndefined();
  });

  it('scene(step 3) adds 2024 (15.2 Mt, 2025 report) as a hollow point not joined to the line', () => {
    const pt = mark(3, 'pt-2024');
    expect(pt.attrs['class']).toBe('m-estimate m-emission');
    expect(pt.attrs['cy']).toBeCloseTo(yOf(15.1852), 1);
    expect(pt.attrs['cx']).toBeCloseTo(xOf(2024), 1);
    expect(mark(3, 'val-2024').text).toBe('15,2');
    // The line still ends at 2023.
    const d = String(mark(3, 'line-2024report').attrs['d']);
    expect(d.endsWith(`${Math.round(xOf(2023) * 100) / 100},${Math.round(yOf(14.3148) * 100) / 100}`)).toBe(true);
  });

  it('scene(step 4) shows the ambition-based 11.5 Mt in its own panel, right of the line, never on it', () => {
    expect(find(3, 'bar-ambition')).toBeUndefined();
    const bar = mark(4, 'bar-ambition');
    expect(bar.attrs['height']).toBeCloseTo(11.5 * 19.8, 1);
    expect(Number(bar.attrs['x'])).toBeGreaterThan(522);
    expect(mark(4, 'val-ambition').text).toBe('11,5');
    expect(mark(4, 'panel-title-0').text).toContain('Autre périmètre');
  });

  it('every text stays inside the viewBox in both variants', () => {
    for (const s of chart.steps) {
      for (const v of ['regular', 'compact'] as const) {
        const sc = s.scenes[v];
        for (const m of sc.marks.filter((m) => m.type === 'text')) {
          expect(Number(m.attrs['x'])).toBeGreaterThanOrEqual(0);
          expect(Number(m.attrs['x'])).toBeLessThanOrEqual(sc.width);
          expect(Number(m.attrs['y'])).toBeLessThanOrEqual(sc.height);
        }
      }
    }
  });

  it('scene() rejects a step outside 1..4', () => {
    const def = getChart('google-emissions');
    expect(() => def.scene({ seeds, step: 0, size: { width: 720, height: 480 }, variant: 'regular', locale: 'fr', label: () => '' })).toThrow(/steps 1 to 4; got 0/);
  });
});
