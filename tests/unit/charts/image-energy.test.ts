import { describe, expect, it } from 'vitest';
import { box, sceneQuery } from './sceneQuery';
import type { Variant } from '../../../src/charts/shared/scene';

const { seeds, chart, marks, mark, has } = sceneQuery('image-energy');

// Regular layout: bars start at x = 24 and the axis runs 0..25 Wh over 720 - 24 - 30 = 666 px: 26.64 px per Wh.
const X0 = 24;
const PX_PER_WH = 666 / 25;
// Rows are 56 px apart; a bar starts 4 + 14 (label) + 6 px into its row, the first row at y = 44.
const barTop = (slot: number) => 44 + slot * 56 + 24;

describe('image-energy scene', () => {
  it('scene(step 1) puts SDXL at 11.49 Wh next to the old 12 Wh charge, and nothing else', () => {
    expect(mark(1, 'bar-sdxl').attrs['width']).toBeCloseTo(11.49 * PX_PER_WH, 1);
    expect(mark(1, 'bar-charge-old').attrs['width']).toBeCloseTo(12 * PX_PER_WH, 1);
    expect(mark(1, 'bar-charge-new').attrs['width']).toBe(0);
    expect(mark(1, 'bar-mean').attrs['width']).toBe(0);
    expect(mark(1, 'bar-sdxl').attrs['class']).toBe('m-highlight');
    expect(mark(1, 'val-sdxl').text).toBe('11,5\u202fWh');
    expect(mark(1, 'share-sdxl').text).toBe('≈ 0,96 recharge');
  });

  it('scene(step 1) draws the one-charge line at 12 Wh in the claim style, and keeps the SDXL value clear of it', () => {
    const l = mark(1, 'charge-line-sdxl');
    expect(l.attrs['x1']).toBeCloseTo(X0 + 12 * PX_PER_WH, 1);
    expect(l.attrs['class']).toBe('m-claim');
    // The SDXL bar ends 0.51 Wh short of the line, so its value label starts 6 px past the line.
    expect(mark(1, 'val-sdxl').attrs['x']).toBeCloseTo(X0 + 12 * PX_PER_WH + 6, 1);
  });

  it('scene(step 2) adds the 22 Wh charge above SDXL, dims the old one and moves the line to 22 Wh', () => {
    expect(mark(2, 'bar-charge-new').attrs['width']).toBeCloseTo(22 * PX_PER_WH, 1);
    expect(mark(2, 'bar-charge-old').attrs['class']).toContain('m-dim');
    expect(mark(1, 'bar-sdxl').attrs['y']).toBe(barTop(1));
    expect(mark(2, 'bar-sdxl').attrs['y']).toBe(barTop(2));
    expect(mark(2, 'charge-line-sdxl').attrs['x1']).toBeCloseTo(X0 + 22 * PX_PER_WH, 1);
    expect(mark(2, 'charge-line-sdxl').attrs['class']).toBe('m-leader');
    expect(mark(2, 'share-sdxl').text).toBe('≈ 0,52 recharge');
    expect(mark(2, 'val-charge-new').text).toBe('22\u202fWh');
  });

  it('scene(step 3) shows the mean (2.907 Wh) and median (1.35 Wh) image models, highlighted', () => {
    expect(mark(2, 'bar-mean').attrs['width']).toBe(0);
    expect(mark(3, 'bar-mean').attrs['width']).toBeCloseTo(2.907 * PX_PER_WH, 1);
    expect(mark(3, 'bar-median').attrs['width']).toBeCloseTo(1.35 * PX_PER_WH, 1);
    expect(mark(3, 'bar-mean').attrs['class']).toBe('m-highlight');
    expect(mark(3, 'bar-sdxl').attrs['class']).toBe('m-energy');
    expect(mark(3, 'val-mean').text).toBe('2,91\u202fWh');
    expect(mark(3, 'share-mean').text).toBe('≈ 0,13 recharge');
    expect(mark(3, 'share-median').text).toBe('≈ 0,06 recharge');
    expect(has(3, 'val-text')).toBe(false);
  });

  it('scene(step 4) adds a text generation at 0.047 Wh, about 62 times less than the mean image', () => {
    expect(mark(4, 'bar-text').attrs['width']).toBeCloseTo(0.047 * PX_PER_WH, 1);
    expect(mark(4, 'val-text').text).toBe('0,047\u202fWh');
    expect(chart.steps[3]!.caption).toContain('62\u202ffois');
  });

  it('every text mark stays inside the viewBox in both layouts', () => {
    for (const s of chart.steps) {
      for (const [variant, sc] of Object.entries(s.scenes)) {
        for (const m of sc.marks.filter((x) => x.type === 'text')) {
          const b = box(m, variant as Variant);
          expect(b.x0, `${variant} step ${s.n} ${m.key}`).toBeGreaterThanOrEqual(0);
          expect(b.x1, `${variant} step ${s.n} ${m.key}`).toBeLessThanOrEqual(sc.width);
          expect(b.y1, `${variant} step ${s.n} ${m.key}`).toBeLessThanOrEqual(sc.height);
        }
      }
    }
  });

});
