import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/registry';
import { sceneQuery } from './sceneQuery';

const { seeds, chart, marks, mark, has } = sceneQuery('microsoft-countries');

// Regular layout: bars start at x = 112 and the x scale maps 0..25 Mt onto 720 - 24 - 112 = 584 px: 23.36 px per Mt.
const LEFT = 112;
const PX_PER_MT = 584 / 25;

describe('microsoft-countries scene', () => {
  it('scene(step 1) draws Microsoft FY2023 at 16.935 Mt (Table 1A, 2025 sheet) and the article’s 15 Mt as a claim', () => {
    const bar = mark(1, 'bar-ms');
    expect(bar.attrs['x']).toBe(LEFT);
    expect(bar.attrs['width']).toBeCloseTo(16.935 * PX_PER_MT, 1);
    expect(mark(1, 'val-ms').text).toBe('16,9');
    const claim = mark(1, 'bar-claim');
    expect(claim.attrs['class']).toBe('m-claim');
    expect(claim.attrs['width']).toBeCloseTo(15 * PX_PER_MT, 1);
    expect(mark(1, 'bar-co2-haiti').attrs['width']).toBe(0);
  });

  it('scene(step 2) adds the countries’ fossil CO2, all below Microsoft: Brunei 11.77, Haiti 3.522 Mt', () => {
    expect(mark(2, 'bar-co2-brunei').attrs['width']).toBeCloseTo(11.77 * PX_PER_MT, 1);
    expect(mark(2, 'bar-co2-haiti').attrs['width']).toBeCloseTo(3.522 * PX_PER_MT, 1);
    expect(mark(2, 'val-co2-haiti').text).toBe('3,5');
    expect(mark(2, 'val-co2-brunei').text).toBe('11,8');
    expect(mark(2, 'bar-claim').attrs['width']).toBe(0);
    expect(mark(2, 'bar-ghg-brunei').attrs['width']).toBe(0);
    // The basis is stated on the chart, in the legend.
    expect(mark(2, 'leg-co2-0').text).toContain('CO2 fossile');
  });

  it('scene(step 3) adds total greenhouse gases incl. land use: Brunei 17.137 Mt passes Microsoft, Haiti 13.846 Mt', () => {
    expect(mark(3, 'bar-ghg-brunei').attrs['width']).toBeCloseTo(17.137 * PX_PER_MT, 1);
    expect(mark(3, 'bar-ghg-haiti').attrs['width']).toBeCloseTo(13.846 * PX_PER_MT, 1);
    expect(mark(3, 'val-ghg-brunei').text).toBe('17,1');
    expect(mark(3, 'val-ghg-haiti').text).toBe('13,8');
    expect(mark(3, 'bar-ghg-brunei').attrs['width']).toBeGreaterThan(mark(3, 'bar-ms').attrs['width'] as number);
    expect(mark(3, 'bar-co2-brunei').attrs['class']).toContain('m-dim');
    expect(has(2, 'leg-ghg-0')).toBe(false);
    expect(mark(3, 'leg-ghg-0').text).toContain('usage des terres');
  });

  it('scene(step 4) keeps every bar and adds the note on bases', () => {
    expect(mark(4, 'bar-ghg-luxembourg').attrs['width']).toBeCloseTo(7.889 * PX_PER_MT, 1);
    expect(mark(4, 'bar-co2-luxembourg').attrs['width']).toBeCloseTo(6.993 * PX_PER_MT, 1);
    expect(marks(4).filter((m) => m.key.startsWith('note-')).map((m) => m.text).join(' ')).toContain('territoire');
    expect(has(3, 'note-0')).toBe(false);
  });

  it('compact layout keeps every text inside the 360 px width (start-anchored labels)', () => {
    for (let s = 1; s <= 4; s++) {
      for (const m of marks(s, 'compact')) {
        if (m.type === 'text') expect(m.attrs['x'] as number).toBeLessThan(360);
      }
    }
  });

  it('captions format figures for French and state the multiple over Haiti (16.935 / 3.522 ≈ 4.8)', () => {
    expect(chart.steps[0]!.caption).toContain('16,9\u202fMt CO2e');
    expect(chart.steps[1]!.caption).toContain('4,8\u202ffois');
  });

  it('scene() rejects a step outside 1..4', () => {
    const def = getChart('microsoft-countries');
    expect(() => def.scene({ seeds, step: 0, size: { width: 720, height: 480 }, variant: 'regular', locale: 'fr', label: () => '' })).toThrow(/steps 1 to 4; got 0/);
  });
});
