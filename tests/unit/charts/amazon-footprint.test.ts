import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/registry';
import { sceneQuery } from './sceneQuery';

const { seeds, marks, mark, has } = sceneQuery('amazon-footprint');

// Regular layout: frame 56..696 × 44..436; y maps 0..80 Mt onto 392 px (4.9 px per Mt); six years on a point scale
// with padding 0.4: step 640 / 5.8 = 110.34 px, 2019 at 56 + 0.4 × 110.34 = 100.14.
const BOTTOM = 436;
const PX_PER_MT = 392 / 80;
const STEP = 640 / 5.8;
const X = (year: number) => 56 + 0.4 * STEP + (year - 2019) * STEP;
const Y = (mt: number) => BOTTOM - mt * PX_PER_MT;

describe('amazon-footprint scene', () => {
  it('scene(step 1) draws the 2023-report line from 2019 (51.17 Mt) to 2021 (71.54 Mt) only', () => {
    expect(mark(1, 'pt-a-2019').attrs['cy']).toBeCloseTo(Y(51.17), 1);
    expect(mark(1, 'pt-a-2019').attrs['cx']).toBeCloseTo(X(2019), 1);
    expect(mark(1, 'pt-a-2021').attrs['cy']).toBeCloseTo(Y(71.54), 1);
    expect(mark(1, 'val-a-2021').text).toBe('71,5');
    expect(has(1, 'pt-a-2022')).toBe(false);
    expect(String(mark(1, 'line-a').attrs['d']).split('L')).toHaveLength(3);
  });

  it('scene(step 2) adds the 2022–2023 plateau and 2022 as first reported (71.27 Mt), hollow', () => {
    expect(mark(2, 'pt-a-2023').attrs['cy']).toBeCloseTo(Y(68.82), 1);
    expect(mark(2, 'val-a-2022').text).toBe('70,7');
    const first = mark(2, 'pt-2022-first');
    expect(first.attrs['cy']).toBeCloseTo(Y(71.27), 1);
    expect(first.attrs['class']).toBe('m-estimate m-emission');
  });

  it('scene(step 3) draws the 2024 report as its own pair (64.38 → 68.25 Mt), never joined to the 2023-report line', () => {
    expect(has(2, 'pt-b-2023')).toBe(false);
    expect(mark(3, 'pt-b-2023').attrs['cy']).toBeCloseTo(Y(64.38), 1);
    expect(mark(3, 'pt-b-2024').attrs['cy']).toBeCloseTo(Y(68.25), 1);
    expect(mark(3, 'val-b-2023').text).toBe('64,4');
    expect(mark(3, 'val-b-2024').text).toBe('68,3');
    const lineB = String(mark(3, 'line-b').attrs['d']);
    expect(lineB.split('L')).toHaveLength(2);
    expect(lineB.startsWith(`M${Math.round(X(2023) * 100) / 100},${Math.round(Y(64.38) * 100) / 100}`)).toBe(true);
    // The 2023-report line still ends at its own 2023 value (68.82), not at the restated one.
    expect(String(mark(3, 'line-a').attrs['d']).endsWith(`${Math.round(Y(68.82) * 100) / 100}`)).toBe(true);
    expect(mark(3, 'line-a').attrs['class']).toContain('m-dim');
    expect(mark(3, 'change-1y').text).toBe('+6\u202f% en un an');
  });

  it('scene(step 4) shows +33 % as Amazon’s own comparison: a dashed 2019 level beside 2024, not joined to the 2023 report', () => {
    // The level the +33 % implies: 68.25 / 1.33 = 51.32 Mt, at y = 436 − 51.32 × 4.9 = 184.55.
    const guide = mark(4, 'guide-2019');
    expect(guide.attrs['y1']).toBeCloseTo(Y(68.25 / 1.33), 1);
    // It starts 40 px left of the 2024 point (651.86 − 40 = 611.86), well right of the 2023 points (541.52):
    // no line leaves the 2023-report 2019 point (100.14).
    expect(guide.attrs['x1']).toBeCloseTo(X(2024) - 40, 1);
    expect(guide.attrs['x1'] as number).toBeGreaterThan(X(2023) + 20);
    // The gap runs 16 px right of 2024 (667.86) from that level up to the 2024 point (Y(68.25) = 101.58).
    expect(mark(4, 'gap').attrs['x1']).toBeCloseTo(X(2024) + 16, 1);
    expect(mark(4, 'gap').attrs['y2']).toBeCloseTo(Y(68.25), 1);
    expect(mark(4, 'change-2019').text).toBe('+33\u202f% depuis 2019');
    expect(mark(4, 'level-2019').text).toBe('2019 selon Amazon');
    expect(has(3, 'change-2019')).toBe(false);
    // The 2023-report line steps back.
    expect(mark(4, 'line-a').attrs['class']).toContain('m-dim');
  });

  it('scene(step 2) writes 70,7 under the 2022 point and the first-reported note above the line', () => {
    // 70.74 Mt: y = 436 − 70.74 × 4.9 = 89.37; its value sits 22 px below, at 111.37.
    expect(mark(2, 'val-a-2022').attrs['y']).toBeCloseTo(Y(70.74) + 22, 1);
    // The note's baseline sits 26 px above the hollow point (436 − 71.27 × 4.9 = 86.78, so 60.78) and starts 8 px
    // right of it (431.17 + 8 = 439.17).
    expect(mark(2, 'note-2022-0').attrs['y']).toBeCloseTo(Y(71.27) - 26, 1);
    expect(mark(2, 'note-2022-0').attrs['x']).toBeCloseTo(X(2022) + 8, 1);
  });

  it('scene() rejects a step outside 1..4', () => {
    const def = getChart('amazon-footprint');
    expect(() => def.scene({ seeds, step: 5, size: { width: 720, height: 480 }, variant: 'regular', locale: 'fr', label: () => '' })).toThrow(/steps 1 to 4; got 5/);
  });
});
