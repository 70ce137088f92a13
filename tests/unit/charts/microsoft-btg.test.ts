import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/registry';
import { sceneQuery } from './sceneQuery';

const { seeds, chart, marks, mark, has } = sceneQuery('microsoft-btg');

// Regular layout: frame top 44, bottom 480 - 48 = 432, so 0..25 Mt maps onto 388 px: 15.52 px per Mt.
const BOTTOM = 432;
const PX_PER_MT = 388 / 25;

describe('microsoft-btg scene', () => {
  it('scene(step 1) sets the 8 Mt BTG-TIG total beside FY2024 emissions (15.543 Mt)', () => {
    expect(mark(1, 'bar-emis').attrs['height']).toBeCloseTo(15.543 * PX_PER_MT, 1);
    const btg = mark(1, 'bar-btg');
    expect(btg.attrs['height']).toBeCloseTo(8 * PX_PER_MT, 1);
    expect(btg.attrs['y']).toBeCloseTo(BOTTOM - 8 * PX_PER_MT, 1);
    expect(btg.attrs['class']).toBe('m-credit');
    expect(mark(1, 'val-btg').text).toBe('8');
  });

  it('scene(step 2) shrinks the same bar to 0.4 Mt a year, hollow because it is our even-spread assumption', () => {
    const btg = mark(2, 'bar-btg');
    expect(btg.attrs['height']).toBeCloseTo(0.4 * PX_PER_MT, 1);
    expect(btg.attrs['class']).toBe('m-estimate m-credit');
    expect(mark(2, 'val-btg').text).toBe('0,4\u202fMt / an');
    expect(mark(2, 'share').text).toBe('2,6\u202f% des émissions');
    expect(has(1, 'share')).toBe(false);
  });

  it('scene(step 3) shows removal contracted per fiscal year, FY2024 at 21.93 Mt, above one year of emissions', () => {
    expect(mark(3, 'bar-fy2024').attrs['height']).toBeCloseTo(21.92737 * PX_PER_MT, 1);
    expect(mark(3, 'bar-fy2021').attrs['height']).toBeCloseTo(1.391187 * PX_PER_MT, 1);
    expect(mark(3, 'val-fy2024').text).toBe('21,9');
    expect(mark(3, 'guide-emis').attrs['y1']).toBeCloseTo(BOTTOM - 15.543 * PX_PER_MT, 1);
    expect(has(3, 'bar-btg')).toBe(false);
    expect(marks(3).filter((m) => m.key.startsWith('note-')).map((m) => m.text).join(' ')).toContain('pas livrés');
  });

  it('scene(step 4) adds the Amazon deals, second-hand and hollow: Mombak 1.5, re.green 3 and 3.5 Mt', () => {
    expect(mark(4, 'bar-mombak').attrs['height']).toBeCloseTo(1.5 * PX_PER_MT, 1);
    expect(mark(4, 'bar-regreen1').attrs['height']).toBeCloseTo(3 * PX_PER_MT, 1);
    expect(mark(4, 'bar-regreen2').attrs['height']).toBeCloseTo(3.5 * PX_PER_MT, 1);
    expect(mark(4, 'bar-mombak').attrs['class']).toBe('m-estimate m-credit');
    expect(mark(4, 'amazon-label').text).toBe('En Amazonie');
    expect(has(3, 'bar-mombak')).toBe(false);
  });

  it('captions say contracted, not delivered, and give the yearly share', () => {
    expect(chart.steps[1]!.caption).toContain('0,4\u202fMt par an');
    expect(chart.steps[2]!.caption).toContain('contractées, pas livrées');
  });

  it('scene() rejects a step outside 1..4', () => {
    const def = getChart('microsoft-btg');
    expect(() => def.scene({ seeds, step: 5, size: { width: 720, height: 480 }, variant: 'regular', locale: 'fr', label: () => '' })).toThrow(/steps 1 to 4; got 5/);
  });
});
