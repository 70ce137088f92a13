import { describe, expect, it } from 'vitest';
import { figure } from '../../../src/data/seeds';
import { formatNumber } from '../../../src/lib/format';
import type { Mark } from '../../../src/charts/shared/scene';
import { sceneQuery } from './sceneQuery';

const { seeds, chart, marks, mark, has } = sceneQuery('microsoft-countries');
const w = (m: Mark) => Number(m.attrs['width']);
const v = (id: string) => figure(seeds, id).value!;
const MS = 'ms26-t1a-fy2023';

describe('microsoft-countries scene', () => {
  it('compares with Microsoft FY2023 as restated in the newest sheet (one vintage), beside the article’s 15 Mt', () => {
    expect(figure(seeds, MS).source).toBe('ms-factsheet-2026');
    const bar = mark(1, 'bar-ms');
    const claim = mark(1, 'bar-claim');
    expect(claim.attrs['class']).toBe('m-claim');
    expect(w(claim) / w(bar)).toBeCloseTo(v('ms-claim-15mt') / v(MS), 2);
    expect(mark(1, 'val-ms').text).toBe(formatNumber(v(MS) / 1e6, 'fr', 3));
    expect(w(mark(1, 'bar-co2-haiti'))).toBe(0);
  });

  it('says the article’s figure is close to Table 1B of the 2024 sheet only while it is (within 5 %)', () => {
    expect(Math.abs(v('ms-claim-15mt') / v('ms-t1b-fy2023-2024sheet') - 1)).toBeLessThan(0.05);
    expect(chart.steps[0]!.caption).toContain('proche du tableau 1B de la fiche 2024');
  });

  it('step 2 adds the countries’ fossil CO2, bars in proportion to the values; the guide marks Microsoft’s level', () => {
    for (const c of ['brunei', 'haiti', 'luxembourg']) {
      expect(w(mark(2, `bar-co2-${c}`)) / w(mark(2, 'bar-ms'))).toBeCloseTo(v(`${c}-co2-2023`) / v(MS), 2);
    }
    const ms = mark(2, 'bar-ms');
    expect(Number(mark(2, 'guide-ms').attrs['x1'])).toBeCloseTo(Number(ms.attrs['x']) + w(ms), 1);
    expect(w(mark(2, 'bar-claim'))).toBe(0);
    expect(w(mark(2, 'bar-ghg-brunei'))).toBe(0);
    expect(mark(2, 'leg-co2-0').text).toContain('CO2 fossile');
  });

  it('step 3 adds total greenhouse gases incl. land use, in proportion, and dims the fossil CO2 bars', () => {
    for (const c of ['brunei', 'haiti', 'luxembourg']) {
      expect(w(mark(3, `bar-ghg-${c}`)) / w(mark(3, 'bar-ms'))).toBeCloseTo(v(`${c}-ghg-2023`) / v(MS), 2);
    }
    expect(mark(3, 'bar-co2-brunei').attrs['class']).toContain('m-dim');
    expect(has(2, 'leg-ghg-0')).toBe(false);
    expect(mark(3, 'leg-ghg-0').text).toContain('usage des terres');
  });

  it('the x axis takes its top from the data: the longest bar ends inside the plot, under a tick', () => {
    const ticks = marks(3).filter((m) => m.key.startsWith('x-grid-')).map((m) => Number(m.attrs['x1']));
    const ends = marks(3).filter((m) => m.type === 'rect' && m.key.startsWith('bar-')).map((m) => Number(m.attrs['x']) + w(m));
    expect(Math.max(...ends)).toBeLessThanOrEqual(Math.max(...ticks));
  });

  it('step 4 keeps every bar and puts the note on bases right of the Luxembourg bars', () => {
    const note = marks(4).filter((m) => m.key.startsWith('note-'));
    expect(note.map((m) => m.text).join(' ')).toContain('territoire');
    const lux = Math.max(...['bar-co2-luxembourg', 'bar-ghg-luxembourg'].map((k) => Number(mark(4, k).attrs['x']) + w(mark(4, k))));
    for (const m of note) expect(Number(m.attrs['x'])).toBeGreaterThan(lux);
    expect(has(3, 'note-0')).toBe(false);
  });

  it('captions state the multiples from derived figures', () => {
    const x = (id: string) => `${formatNumber(v(id), 'fr', 2)}\u202ffois`;
    expect(chart.steps[1]!.caption).toContain(x('ms26-fy2023-vs-haiti-co2'));
    expect(chart.steps[1]!.caption).toContain(x('ms26-fy2023-vs-brunei-co2'));
  });

});
