import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/registry';
import { series, yearOf } from '../../../src/charts/shared/series';
import type { Seeds } from '../../../src/data/seeds';
import type { Mark } from '../../../src/charts/shared/scene';
import { sceneQuery } from './sceneQuery';

const { seeds, chart, marks, mark, has } = sceneQuery('amazon-footprint');

// Expectations come from the data: the line is the `total` series (one report edition), the other series are
// earlier editions' values. Positions are compared with each other, never with pixel constants.
const line = series(seeds, 'amazon-footprint', 'total');
const mt = (id: string) => seeds.figures.get(id)!.value! / 1e6;
const num = (m: Mark, a: string) => Number(m.attrs[a]);
/** y of a value in Mt, from two points of the scene (the scale is linear from zero). */
const yOf = (step: number, v: number) => {
  const a = line[0]!;
  const b = line[line.length - 1]!;
  const ya = num(mark(4, `pt-${yearOf(a.period)}`), 'cy');
  const yb = num(mark(4, `pt-${yearOf(b.period)}`), 'cy');
  const va = a.value! / 1e6;
  const vb = b.value! / 1e6;
  void step;
  return ya + ((v - va) * (yb - ya)) / (vb - va);
};

describe('amazon-footprint scene', () => {
  it('scene(step 4) draws every year of the newest report edition, in order, the newest last on the x axis', () => {
    const years = line.map((r) => yearOf(r.period));
    const ticks = marks(4).filter((m) => m.key.startsWith('xl-'));
    expect(ticks.map((m) => Number(m.text))).toEqual(years);
    const xs = ticks.map((m) => num(m, 'x'));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    // One line, one vintage: as many vertices as rows.
    expect(String(mark(4, 'line').attrs['d']).split('L')).toHaveLength(line.length);
    expect(new Set(line.map((r) => r.vintage)).size).toBe(1);
  });

  it('scene(step 4) puts each point at its value: the newest over the first is the ratio of their values', () => {
    const first = line[0]!;
    const last = line[line.length - 1]!;
    const bottom = num(mark(4, 'y-grid-0'), 'y1');
    const h = (r: (typeof line)[number]) => bottom - num(mark(4, `pt-${yearOf(r.period)}`), 'cy');
    expect(h(last) / h(first)).toBeCloseTo(last.value! / first.value!, 3);
  });

  it('scene(step 1) draws the line up to 2021 only, 2021 highlighted and labelled', () => {
    expect(String(mark(1, 'line').attrs['d']).split('L')).toHaveLength(line.findIndex((r) => r.id === 'amz25-total-2021') + 1);
    expect(has(1, 'pt-2022')).toBe(false);
    expect(mark(1, 'pt-2021').attrs['class']).toBe('m-highlight');
    expect(mark(1, 'val-2021').text).toBe('71,5');
    // No earlier edition yet.
    expect(marks(1).filter((m) => m.key.startsWith('prev-'))).toHaveLength(0);
  });

  it('scene(step 2) shows earlier editions’ values for 2022 and 2023 as hollow points, none joined to the line', () => {
    const prev = marks(2).filter((m) => m.key.startsWith('prev-'));
    expect(prev.map((m) => m.key).sort()).toEqual(['prev-amz-total-2022', 'prev-amz-total-2022-first', 'prev-amz-total-2023', 'prev-amz-total-2023-restated']);
    for (const p of prev) {
      expect(p.type).toBe('circle');
      expect(p.attrs['class']).toContain('m-estimate');
    }
    // Each hollow point sits at its own value, on the 2022 or 2023 column.
    expect(num(mark(2, 'prev-amz-total-2022-first'), 'cy')).toBeCloseTo(yOf(2, mt('amz-total-2022-first')), 1);
    expect(num(mark(2, 'prev-amz-total-2023-restated'), 'cx')).toBeCloseTo(num(mark(2, 'pt-2023'), 'cx'), 5);
    // The line passes only through the newest edition's points.
    const d = String(mark(2, 'line').attrs['d']);
    for (const p of prev) expect(d).not.toContain(`${p.attrs['cx']},${p.attrs['cy']}`);
    // Years where the editions agree (2019–2021) get no hollow point.
    expect(has(4, 'prev-amz-total-2019')).toBe(false);
    // The method break sits between 2021 and 2022.
    const mx = num(mark(2, 'method'), 'x1');
    expect(mx).toBeGreaterThan(num(mark(2, 'pt-2021'), 'cx'));
    expect(mx).toBeLessThan(num(mark(2, 'pt-2022'), 'cx'));
  });

  it('scene(step 3) highlights 2024 with its one-year change and the first-published 2024 value, hollow', () => {
    expect(mark(3, 'pt-2024').attrs['class']).toBe('m-highlight');
    expect(mark(3, 'change-1y').text).toBe('+6,5\u202f% en un an');
    expect(num(mark(3, 'prev-amz-total-2024'), 'cy')).toBeCloseTo(yOf(3, mt('amz-total-2024')), 1);
    expect(mark(3, 'prev-amz-total-2024').attrs['class']).not.toContain('m-dim');
    expect(mark(3, 'prev-amz-total-2022').attrs['class']).toContain('m-dim');
  });

  it('scene(step 4) brackets the newest year against the first: a dashed level at the first value, up to the newest point', () => {
    const first = line[0]!;
    const last = line[line.length - 1]!;
    const level = mark(4, 'level-first');
    expect(num(level, 'y1')).toBeCloseTo(num(mark(4, `pt-${yearOf(first.period)}`), 'cy'), 5);
    expect(num(mark(4, 'gap'), 'y2')).toBeCloseTo(num(mark(4, `pt-${yearOf(last.period)}`), 'cy'), 5);
    expect(mark(4, 'change-first').text).toBe('+58\u202f% depuis 2019');
    expect(mark(4, 'change-1y').text).toBe('+16\u202f% en un an');
    expect(mark(4, `pt-${yearOf(last.period)}`).attrs['class']).toBe('m-highlight');
  });

  it('the title’s « plus haut niveau publié » holds: the newest year is the highest of the line', () => {
    const last = line[line.length - 1]!;
    expect(Math.max(...line.map((r) => r.value!))).toBe(last.value);
    expect(chart.title).toContain('plus haut niveau publié');
  });

  it('a new year added to the series appears at step 4 with no code change, and the y axis grows to hold it', () => {
    const last = line[line.length - 1]!;
    const next = { ...last, id: 'amz25-total-next', period: String(yearOf(last.period) + 1), value: last.value! * 1.5 };
    const rows = [...seeds.datasets.get('amazon-footprint')!, next];
    const figures = new Map(seeds.figures);
    figures.set(next.id, next);
    const more: Seeds = { ...seeds, figures, datasets: new Map(seeds.datasets).set('amazon-footprint', rows) };
    const def = getChart('amazon-footprint');
    const label = (k: string) => k;
    const sc = def.scene({ seeds: more, step: 4, size: { width: 720, height: 480 }, variant: 'regular', locale: 'fr', label });
    const ticks = sc.marks.filter((m) => m.key.startsWith('xl-')).map((m) => Number(m.text));
    expect(ticks[ticks.length - 1]).toBe(yearOf(next.period));
    const pt = sc.marks.find((m) => m.key === `pt-${next.period}`)!;
    expect(pt.attrs['class']).toBe('m-highlight');
    const topTick = Math.max(...sc.marks.filter((m) => m.key.startsWith('y-tick-')).map((m) => Number(m.key.slice(7))));
    expect(topTick).toBeGreaterThanOrEqual(next.value / 1e6);
  });

});
