import { describe, expect, it } from 'vitest';
import { buildChart } from '../../../src/charts/registry';
import { figure, type Seeds } from '../../../src/data/seeds';
import { series, yearOf } from '../../../src/charts/shared/series';
import type { Mark } from '../../../src/charts/shared/scene';
import type { Figure } from '../../../src/data/schemas';
import { formatNumber } from '../../../src/lib/format';
import { sceneQuery } from './sceneQuery';

const { seeds, chart, marks, mark, has } = sceneQuery('microsoft-btg');
const h = (m: Mark) => Number(m.attrs['height']);
const v = (id: string) => figure(seeds, id).value!;
const emissions = series(seeds, 'microsoft-emissions', 't1a');
const newest = emissions[emissions.length - 1]!;
const contracted = [...series(seeds, 'microsoft-removals', 'contracted'), ...series(seeds, 'microsoft-removals', 'contracted-esr26')];
const lastContracted = contracted[contracted.length - 1]!;

describe('microsoft-btg scene', () => {
  it('step 1 sets the BTG-TIG total beside the newest year of emissions, bars in proportion', () => {
    expect(mark(1, 'xl-emis-1').text).toContain(String(yearOf(newest.period)));
    expect(h(mark(1, 'bar-btg')) / h(mark(1, 'bar-emis'))).toBeCloseTo(v('btg-tig-credits') / newest.value!, 2);
    expect(mark(1, 'bar-btg').attrs['class']).toBe('m-credit');
    // The caption's share is the derived figure against that same year.
    expect(figure(seeds, 'btg-tig-credits-vs-ms26-fy2025').value! / 100).toBeCloseTo(v('btg-tig-credits') / v(`ms26-t1a-${newest.period.toLowerCase()}`), 6);
  });

  it('step 2 shrinks the same bar to the even-spread yearly rate, hollow, with its share of the newest year', () => {
    const btg = mark(2, 'bar-btg');
    expect(h(btg) / h(mark(2, 'bar-emis'))).toBeCloseTo(v('btg-tig-per-year') / newest.value!, 2);
    expect(btg.attrs['class']).toBe('m-estimate m-credit');
    expect(mark(2, 'share').text).toBe(`${formatNumber(v('btg-tig-per-year-vs-ms26-fy2025'), 'fr', 2)}\u202f% des émissions`);
    expect(has(1, 'share')).toBe(false);
  });

  it('step 3 draws removal contracted for every fiscal year of the series, the newest last, read as a floor', () => {
    const bars = marks(3).filter((m) => m.key.startsWith('bar-fy')).sort((a, b) => Number(a.attrs['x']) - Number(b.attrs['x']));
    expect(bars.map((m) => m.key)).toEqual(contracted.map((r) => `bar-${r.period.toLowerCase()}`));
    const last = `${lastContracted.period.toLowerCase()}`;
    expect(mark(3, `bar-${last}`).attrs['class']).toBe('m-credit');
    expect(mark(3, `val-${last}`).text).toMatch(/^>\u00a0/);
    expect(h(mark(3, `bar-${last}`)) / h(mark(3, 'bar-emis'))).toBeCloseTo(lastContracted.value! / newest.value!, 2);
    // The guide at one year of emissions sits at the top of the emissions bar.
    expect(Number(mark(3, 'guide-emis').attrs['y1'])).toBeCloseTo(Number(mark(3, 'bar-emis').attrs['y']), 1);
    expect(has(3, 'bar-btg')).toBe(false);
  });

  it('the axis grows to the tallest bar of the step: every bar stays under the top grid line', () => {
    for (let s = 1; s <= 4; s++) {
      const top = Math.min(...marks(s).filter((m) => m.key.startsWith('y-grid-')).map((m) => Number(m.attrs['y1'])));
      for (const b of marks(s).filter((m) => m.type === 'rect')) expect(Number(b.attrs['y'])).toBeGreaterThanOrEqual(top);
    }
  });

  it('a new contracted year in the CSV is a new bar with no code change', () => {
    const extra: Figure = { ...lastContracted, id: 'ms-removal-contracted-fy2099', period: 'FY2099' };
    const fixture: Seeds = {
      ...seeds,
      figures: new Map([...seeds.figures, [extra.id, extra]]),
      datasets: new Map([...seeds.datasets, ['microsoft-removals', [...seeds.datasets.get('microsoft-removals')!, extra]]]),
    };
    const m3 = buildChart('microsoft-btg', 'fr', fixture).steps[2]!.scenes.regular.marks;
    expect(m3.find((m) => m.key === 'xl-fy2099-1')!.text).toContain('2099');
  });

  it('step 4 adds the Amazon deals, second-hand and hollow; the note says no known project in the Amazon', () => {
    expect(h(mark(4, 'bar-mombak')) / h(mark(4, 'bar-btg'))).toBeCloseTo(v('mombak-2023') / v('btg-tig-credits'), 2);
    expect(mark(4, 'bar-mombak').attrs['class']).toBe('m-estimate m-credit');
    expect(mark(4, 'amazon-label').text).toBe('En Amazonie');
    expect(marks(4).filter((m) => m.key.startsWith('note-')).map((m) => m.text).join(' ')).toContain('aucun projet connu en Amazonie');
    expect(has(3, 'bar-mombak')).toBe(false);
  });

  it('captions say contracted, not delivered, and give the yearly share', () => {
    expect(chart.steps[1]!.caption).toContain(`${formatNumber(v('btg-tig-per-year') / 1e6, 'fr', 1)}\u202fMt par an`);
    expect(chart.steps[2]!.caption).toContain('contractées, pas livrées');
    expect(chart.steps[2]!.caption).toContain('plus de');
  });

});
