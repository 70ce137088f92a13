import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/registry';
import { sceneQuery } from './sceneQuery';

const { seeds, chart, marks, mark, has } = sceneQuery('datacentre-electricity');

// Regular layout: the plot runs from y = 100 (1,100 TWh) down to y = 480 - 40 = 440 (0 TWh): 340/1100 px per TWh.
const BOTTOM = 440;
const PX_PER_TWH = 340 / 1100;

describe('datacentre-electricity scene', () => {
  it('scene(step 1) draws 2020 as a band from 200 to 250 TWh, not as a bar', () => {
    const band = mark(1, 'band-2020');
    expect(band.attrs['class']).toBe('m-range');
    expect(band.attrs['y']).toBeCloseTo(BOTTOM - 250 * PX_PER_TWH, 1);
    expect(band.attrs['height']).toBeCloseTo(50 * PX_PER_TWH, 1);
    expect(mark(1, 'val-2020').text).toBe('200–250\u202fTWh');
    expect(mark(1, 'bar-2024').attrs['height']).toBe(0);
  });

  it('scene(step 2) adds 2024 at 415 TWh, highlighted', () => {
    const bar = mark(2, 'bar-2024');
    expect(bar.attrs['height']).toBeCloseTo(415 * PX_PER_TWH, 1);
    expect(bar.attrs['y']).toBeCloseTo(BOTTOM - 415 * PX_PER_TWH, 1);
    expect(bar.attrs['class']).toBe('m-highlight');
    expect(mark(2, 'val-2024').text).toBe('415\u202fTWh');
    expect(mark(2, 'bar-2030').attrs['height']).toBe(0);
  });

  it('scene(step 3) adds the 2030 projection, about 945 TWh, dashed and hollow, 2.3 times 2024', () => {
    const bar = mark(3, 'bar-2030');
    expect(bar.attrs['height']).toBeCloseTo(945 * PX_PER_TWH, 1);
    expect(bar.attrs['class']).toBe('m-projection');
    expect(mark(3, 'sub-2030').text).toBe('projection');
    expect(mark(3, 'rise-label').text).toBe('× 2,3');
  });

  it('keeps the 2022 figure (460 TWh, other scope) hidden until step 4, then apart behind a divider', () => {
    for (const step of [1, 2, 3]) expect(mark(step, 'bar-2022').attrs['height']).toBe(0);
    const bar = mark(4, 'bar-2022');
    expect(bar.attrs['height']).toBeCloseTo(460 * PX_PER_TWH, 1);
    expect(bar.attrs['class']).toContain('m-estimate');
    expect(mark(4, 'val-2022').text).toBe('460\u202fTWh');
    // The main panel narrows to 56..550 and the divider stands at 564; the 2022 bar is right of it.
    const divider = Number(mark(4, 'divider').attrs['x1']);
    expect(divider).toBe(564);
    expect(Number(bar.attrs['x'])).toBeGreaterThan(divider);
    expect(Number(mark(4, 'bar-2030').attrs['x']) + Number(mark(4, 'bar-2030').attrs['width'])).toBeLessThan(divider);
    expect(has(3, 'divider')).toBe(false);
  });

  it('never joins the 2022 figure to the others: no line other than the grid reaches past the divider', () => {
    const lines = marks(4).filter((m) => (m.type === 'line' || m.type === 'path') && !m.key.startsWith('y-grid') && m.key !== 'divider');
    for (const l of lines) {
      const xs = l.type === 'line' ? [l.attrs['x1'], l.attrs['x2']] : String(l.attrs['d']).match(/[\d.]+(?=,)/g)!;
      for (const x of xs) expect(Number(x), l.key).toBeLessThan(564);
    }
  });

  it('moves the columns left at step 4: 2024 centred at 313.6 px, then 253.6 px', () => {
    // Years 2019..2031.5 over 644 px (steps 1–3) or 494 px (step 4); the bar is 46 px wide.
    expect(Number(mark(3, 'bar-2024').attrs['x']) + 23).toBeCloseTo(56 + 5 * (644 / 12.5), 1);
    expect(Number(mark(4, 'bar-2024').attrs['x']) + 23).toBeCloseTo(56 + 5 * (494 / 12.5), 1);
  });

  it('captions format the range and the shares for French', () => {
    expect(chart.steps[0]!.caption).toContain('200–250\u202fTWh');
    expect(chart.steps[1]!.caption).toContain('1,5\u202f%');
  });

  it('scene() rejects a step outside 1..4', () => {
    const def = getChart('datacentre-electricity');
    expect(() => def.scene({ seeds, step: 0, size: { width: 720, height: 480 }, variant: 'regular', locale: 'fr', label: () => '' })).toThrow(
      /steps 1 to 4; got 0/,
    );
  });
});
