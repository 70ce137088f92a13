import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/registry';
import { series, yearOf } from '../../../src/charts/shared/series';
import { figure } from '../../../src/data/seeds';
import type { Figure } from '../../../src/data/schemas';
import { formatFigure } from '../../../src/lib/format';
import { sceneQuery } from './sceneQuery';

const { seeds, chart, marks, mark, has } = sceneQuery('datacentre-electricity');
const rows = series(seeds, 'datacentre-electricity', 'kq-2026', 2);
const measured = rows.filter((r) => r.kind !== 'projection');
const newest = measured[measured.length - 1]!;
const projection = rows.find((r) => r.kind === 'projection')!;
const num = (v: unknown) => Number(v);
const barTop = (step: number, key: string) => num(mark(step, key).attrs['y']);
const barH = (step: number, key: string) => num(mark(step, key).attrs['height']);
const centre = (step: number, key: string) => num(mark(step, key).attrs['x']) + num(mark(step, key).attrs['width']) / 2;

describe('datacentre-electricity scene', () => {
  it('draws one report edition as its series: every bar of the main panel comes from the 2026 IEA report', () => {
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(['iea-kq-2026']));
    const barKeys = marks(1).filter((m) => m.type === 'rect' && m.key.startsWith('bar-iea-kq-')).map((m) => m.key);
    expect(barKeys).toEqual(rows.map((r) => `bar-${r.id}`));
  });

  it('step 1 shows the series’ estimates, newest year highlighted with its value and its growth over the year', () => {
    for (const r of measured) expect(barH(1, `bar-${r.id}`)).toBeGreaterThan(0);
    expect(barH(1, `bar-${projection.id}`)).toBe(0);
    expect(mark(1, `bar-${newest.id}`).attrs['class']).toBe('m-highlight');
    expect(mark(1, `val-${newest.id}`).text).toBe(formatFigure(newest, 'fr'));
    expect(mark(1, `sub-${newest.id}`).text).toBe(`${formatFigure(figure(seeds, 'iea-kq-dc-growth-2025'), 'fr', { signed: true })} sur un an`);
  });

  it('bar heights are proportional to the values (the newest year is value/value times the first one)', () => {
    const first = measured[0]!;
    expect(barH(1, `bar-${newest.id}`) / barH(1, `bar-${first.id}`)).toBeCloseTo(newest.value! / first.value!, 2);
    expect(barH(2, `bar-${projection.id}`) / barH(2, `bar-${newest.id}`)).toBeCloseTo(projection.value! / newest.value!, 2);
  });

  it('x axis: years in order, spaced in proportion, the projection year last', () => {
    const cs = rows.map((r) => centre(2, `bar-${r.id}`));
    for (let i = 1; i < cs.length; i++) expect(cs[i]!).toBeGreaterThan(cs[i - 1]!);
    const perYear = (cs[1]! - cs[0]!) / (yearOf(rows[1]!.period) - yearOf(rows[0]!.period));
    expect((cs[cs.length - 1]! - cs[0]!) / perYear).toBeCloseTo(yearOf(projection.period) - yearOf(rows[0]!.period), 1);
    expect(mark(2, `xl-${projection.id}`).text).toBe(projection.period);
  });

  it('step 2 adds the projection, hollow and dashed, with its ratio to the newest year computed from the data', () => {
    expect(mark(2, `bar-${projection.id}`).attrs['class']).toBe('m-projection');
    const ratioFig = figure(seeds, 'iea-kq-dc-2030-vs-2025');
    const ratio = ratioFig.value!;
    expect(ratio).toBeCloseTo(projection.value! / newest.value!, 6);
    expect(mark(2, 'rise-label').text).toBe(`× ${formatFigure(ratioFig, 'fr', { unit: 'none', digits: 2 })}`);
  });

  it('a value label sits just above its bar', () => {
    const top = barTop(1, `bar-${measured[0]!.id}`);
    const labelY = num(mark(1, `val-${measured[0]!.id}`).attrs['y']);
    expect(labelY).toBeLessThan(top);
    expect(top - labelY).toBeLessThan(20);
  });

  it('the value axis starts at 0 and its top is above every value shown, including the figures set apart', () => {
    const ticks = marks(4).filter((m) => m.key.startsWith('y-tick-')).map((m) => Number(m.key.slice('y-tick-'.length)));
    expect(Math.min(...ticks)).toBe(0);
    const all = [...rows.map((r) => r.value!), figure(seeds, 'iea-dc-2020').high!, figure(seeds, 'iea-dc-2022').value!];
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(Math.max(...all));
  });

  it('keeps the 2020 range (another method) and the 2022 figure (another scope) out of the series, behind a divider', () => {
    expect(has(2, 'divider')).toBe(false);
    expect(barH(2, 'bar-old-method')).toBe(0);
    expect(barH(3, 'bar-old-method')).toBeGreaterThan(0);
    expect(mark(3, 'bar-old-method').attrs['class']).toBe('m-range');
    expect(mark(3, 'val-old-method').text).toBe('200–250\u202fTWh');
    expect(barH(3, 'bar-other-scope')).toBe(0);
    expect(mark(4, 'val-other-scope').text).toBe(formatFigure(figure(seeds, 'iea-dc-2022'), 'fr'));
    const divider = num(mark(4, 'divider').attrs['x1']);
    expect(num(mark(4, 'bar-old-method').attrs['x'])).toBeGreaterThan(divider);
    expect(num(mark(4, 'bar-other-scope').attrs['x'])).toBeGreaterThan(divider);
    const p = mark(4, `bar-${projection.id}`);
    expect(num(p.attrs['x']) + num(p.attrs['width'])).toBeLessThan(divider);
  });

  it('never joins a figure set apart to the series: no line other than the grid crosses the divider', () => {
    const divider = num(mark(4, 'divider').attrs['x1']);
    const lines = marks(4).filter((m) => m.type === 'line' && !m.key.startsWith('y-grid') && m.key !== 'divider' && !m.key.startsWith('edge-'));
    for (const l of lines) for (const x of [l.attrs['x1'], l.attrs['x2']]) expect(num(x), l.key).toBeLessThan(divider);
  });

  it('shows a year added to the series with no code change, as the last year before the projection', () => {
    const extra: Figure = { ...newest, id: 'iea-kq-dc-test-next', period: String(yearOf(newest.period) + 1), value: newest.value! * 1.1 };
    const list = seeds.datasets.get('datacentre-electricity')!;
    const withExtra = new Map(seeds.datasets);
    withExtra.set('datacentre-electricity', [...list, extra]);
    const s2 = { ...seeds, datasets: withExtra, figures: new Map(seeds.figures).set(extra.id, extra) };
    const sc = getChart('datacentre-electricity').scene({ seeds: s2, step: 1, size: { width: 720, height: 480 }, variant: 'regular', locale: 'fr', label: (k) => k });
    const bars = sc.marks.filter((m) => m.key.startsWith('bar-iea-kq-') && num(m.attrs['height']) > 0).map((m) => m.key);
    expect(bars[bars.length - 1]).toBe('bar-iea-kq-dc-test-next');
    expect(sc.marks.find((m) => m.key === 'bar-iea-kq-dc-test-next')!.attrs['class']).toBe('m-highlight');
  });

  it('captions use the newest figures, formatted for French', () => {
    expect(chart.steps[0]!.caption).toContain(formatFigure(newest, 'fr'));
    expect(chart.steps[1]!.caption).toContain(formatFigure(projection, 'fr'));
    expect(chart.steps[2]!.caption).toContain('200–250\u202fTWh');
  });

  it('the dashed rise to the projection starts clear of the newest year’s labels (no line through a label)', () => {
    for (const variant of ['regular', 'compact'] as const) {
      const sub = mark(2, `sub-${newest.id}`, variant);
      const size = Number(sub.attrs['font-size']);
      const right = Number(sub.attrs['x']) + ([...sub.text!].length * 0.55 * size) / 2;
      expect(Number(mark(2, 'rise', variant).attrs['x1']), variant).toBeGreaterThan(right);
    }
  });

});
