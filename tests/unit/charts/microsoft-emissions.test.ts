import { describe, expect, it } from 'vitest';
import { buildChart } from '../../../src/charts/registry';
import { figure, type Seeds } from '../../../src/data/seeds';
import { series, yearOf } from '../../../src/charts/shared/series';
import type { Mark, Variant } from '../../../src/charts/shared/scene';
import type { Figure } from '../../../src/data/schemas';
import { box, sceneQuery } from './sceneQuery';

const { seeds, chart, marks, mark } = sceneQuery('microsoft-emissions');
const line = series(seeds, 'microsoft-emissions', 't1a');
const newest = line[line.length - 1]!;
const key = (f: Figure) => f.period.toLowerCase();
const h = (m: Mark) => Number(m.attrs['height']);

describe('microsoft-emissions scene', () => {
  it('draws one vintage, the newest sheet (Table 1A), from the baseline to the newest year, last on the axis', () => {
    expect(new Set(line.map((r) => r.vintage)).size).toBe(1);
    expect(newest.source).toBe('ms-factsheet-2026');
    const ticks = marks(3).filter((m) => m.key.startsWith('xl-fy')).sort((a, b) => Number(a.attrs['x']) - Number(b.attrs['x']));
    expect(ticks.map((m) => m.text)).toEqual(line.map((r) => String(yearOf(r.period))));
    // The 2030 target sits right of the newest year.
    expect(Number(mark(3, 'xl-2030').attrs['x'])).toBeGreaterThan(Number(ticks[ticks.length - 1]!.attrs['x']));
  });

  it('step 1 draws only the baseline bar; step 2 every year but the newest; step 3 adds the newest, highlighted', () => {
    expect(h(mark(1, `bar-${key(line[0]!)}`))).toBeGreaterThan(0);
    expect(h(mark(1, `bar-${key(line[1]!)}`))).toBe(0);
    expect(h(mark(2, `bar-${key(line[line.length - 2]!)}`))).toBeGreaterThan(0);
    expect(h(mark(2, `bar-${key(newest)}`))).toBe(0);
    expect(mark(3, `bar-${key(newest)}`).attrs['class']).toBe('m-highlight');
    expect(mark(2, `bar-${key(line[line.length - 2]!)}`).attrs['class']).toBe('m-highlight');
  });

  it('bar heights follow the values: the newest bar is (1 + the derived y/y change) times the year before', () => {
    const prev = line[line.length - 2]!;
    const change = figure(seeds, `ms26-t1a-${key(newest)}-vs-${key(prev)}`).value! / 100;
    expect(h(mark(3, `bar-${key(newest)}`)) / h(mark(3, `bar-${key(prev)}`))).toBeCloseTo(1 + change, 2);
    // The value label sits above its bar.
    expect(Number(mark(3, `val-${key(newest)}`).attrs['y'])).toBeLessThan(Number(mark(3, `bar-${key(newest)}`).attrs['y']));
  });

  it('the 2030 target bar is the derived Scope 3 level (FY2020 Scope 3, Table 1B, × (1 − the cut)), at step 4 only', () => {
    const level = figure(seeds, 'ms26-s3-target-2030').value!;
    expect(level).toBeCloseTo(figure(seeds, 'ms26-s3-t1b-fy2020').value! * (1 - figure(seeds, 'ms-target-2030-scope3-cut').value! / 100), 0);
    const base = line[0]!.value!;
    expect(h(mark(4, 'bar-2030')) / h(mark(4, `bar-${key(line[0]!)}`))).toBeCloseTo(level / base, 2);
    expect(h(mark(3, 'bar-2030'))).toBe(0);
  });

  it('the target label and value (« Objectif scope 3 seul ») overlap no bar, in both layouts (#8.3)', () => {
    for (const v of ['regular', 'compact'] as const) {
      const texts = marks(4, v).filter((m) => m.key.startsWith('target-'));
      expect(texts.map((m) => m.text).join(' ').replace(/\s/g, ' ')).toContain('Objectif scope 3 seul');
      const bars = marks(4, v).filter((m) => m.type === 'rect' && h(m) > 0 && m.key !== 'bar-2030');
      for (const t of texts) {
        const b = box(t, v);
        for (const r of bars) {
          const rx0 = Number(r.attrs['x']);
          const ry0 = Number(r.attrs['y']);
          const apart = b.x1 <= rx0 || b.x0 >= rx0 + Number(r.attrs['width']) || b.y1 <= ry0 || b.y0 >= ry0 + h(r);
          expect(apart, `${v}: ${t.key} "${t.text}" over ${r.key}`).toBe(true);
        }
      }
    }
  });

  it('a new year added to the line appears as the last bar with no code change, and sets the axis', () => {
    const extra: Figure = { ...newest, id: 'ms26-t1a-fy2099', period: 'FY2099', value: newest.value! * 2 };
    const rows = [...seeds.datasets.get('microsoft-emissions')!, extra];
    const fixture: Seeds = {
      ...seeds,
      figures: new Map([...seeds.figures, [extra.id, extra]]),
      datasets: new Map([...seeds.datasets, ['microsoft-emissions', rows]]),
    };
    const built = buildChart('microsoft-emissions', 'fr', fixture);
    const m3 = built.steps[2]!.scenes.regular.marks;
    const bar = m3.find((m) => m.key === 'bar-fy2099')!;
    expect(bar.attrs['class']).toBe('m-highlight');
    expect(m3.find((m) => m.key === 'xl-fy2099')!.text).toBe('2099');
    // The tallest bar fits under the top grid line.
    const gridTops = m3.filter((m) => m.key.startsWith('y-grid-')).map((m) => Number(m.attrs['y1']));
    expect(Number(bar.attrs['y'])).toBeGreaterThanOrEqual(Math.min(...gridTops));
  });

  it('captions format figures for French and take the direction word from the data', () => {
    const change = figure(seeds, 'ms26-t1a-fy2025-vs-fy2024').value!;
    expect(chart.steps[2]!.caption).toContain(change > 0 ? 'nouvelle hausse' : 'nouvelle baisse');
    expect(chart.steps[2]!.caption).toMatch(/\d,\d\u202fMt CO2e/);
    expect(chart.steps[2]!.caption).toMatch(/[+−]\d+,\d\u202f%/);
  });

});
