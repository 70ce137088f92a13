import { describe, expect, it } from 'vitest';
import { figure } from '../../../src/data/seeds';
import { getChart } from '../../../src/charts/registry';
import { atYear, series, yearOf } from '../../../src/charts/shared/series';
import { parseFr, withRow, yScaleOf } from './googleFixtures';
import { sceneQuery } from './sceneQuery';

const { seeds, chart, marks, find, mark } = sceneQuery('google-datacentre-electricity');
const dc = series(seeds, 'google-datacentre-electricity', 'dc-2026');
const first = dc[0]!;
const newest = dc[dc.length - 1]!;
const y = (f: { period: string }) => String(yearOf(f.period));
const company = atYear(series(seeds, 'google-datacentre-electricity', 'company-2026'), yearOf(newest.period))!;

describe('google-datacentre-electricity scene', () => {
  it('draws one report vintage (the 2026 table), primary, and no derived back-calculation', () => {
    expect(new Set(dc.map((f) => f.vintage)).size).toBe(1);
    expect(dc.every((f) => f.confidence === 'primary')).toBe(true);
    expect(seeds.figures.has('ggl-dc-elec-2023-derived')).toBe(false);
  });

  it('scene(step 1) draws the first year at its value and keeps the others at zero height', () => {
    const ys = yScaleOf(marks(1));
    expect(Number(mark(1, `bar-${y(first)}`).attrs['y'])).toBeCloseTo(ys(first.value!), 1);
    expect(mark(1, `bar-${y(newest)}`).attrs['height']).toBe(0);
    expect(find(1, `val-${y(newest)}`)).toBeUndefined();
  });

  it('scene(step 2) shows every year; the ratio label is the newest over the first, computed from the data', () => {
    for (const f of dc) expect(Number(mark(2, `bar-${y(f)}`).attrs['height'])).toBeGreaterThan(0);
    expect(parseFr(mark(2, 'ratio-label').text!)).toBeCloseTo(newest.value! / first.value!, 1);
  });

  it('scene(step 3) puts the yearly growth above each bar after the first, computed from the bars', () => {
    expect(find(3, `growth-${y(first)}`)).toBeUndefined();
    for (let i = 1; i < dc.length; i++) {
      const g = (dc[i]!.value! / dc[i - 1]!.value! - 1) * 100;
      expect(parseFr(mark(3, `growth-${y(dc[i]!)}`).text!)).toBeCloseTo(g, 0);
      expect(Number(mark(3, `growth-${y(dc[i]!)}`).attrs['y'])).toBeLessThan(Number(mark(3, `val-${y(dc[i]!)}`).attrs['y']));
    }
  });

  it('every value label, at every step and layout, prints the figure at whose height it sits (issue #10)', () => {
    for (const s of chart.steps) {
      for (const v of ['regular', 'compact'] as const) {
        const ms = s.scenes[v].marks;
        const ys = yScaleOf(ms);
        for (const m of ms.filter((m) => m.key.startsWith('val-'))) {
          const printed = parseFr(m.text!);
          const at = Number(m.attrs['y']) + 8;
          // The printed value (3 significant digits) maps to the label's anchor within a pixel and a half.
          expect(Math.abs(ys(printed) - at), `${m.key} "${m.text}" step ${s.n} ${v}`).toBeLessThan(1.5);
        }
      }
    }
  });

  it('scene(step 4) outlines company-wide electricity of the newest year, labelled with its own value', () => {
    expect(find(3, 'company-outline')).toBeUndefined();
    const ys = yScaleOf(marks(4));
    expect(Number(mark(4, 'company-outline').attrs['y'])).toBeCloseTo(ys(company.value!), 1);
    expect(parseFr(mark(4, 'val-company').text!)).toBeCloseTo(company.value!, 1);
    expect(figure(seeds, 'ggl26-dc-share-2025').value).toBeCloseTo((newest.value! / company.value!) * 100, 5);
  });

  it('a new year added to the series reaches the axis with no code change', () => {
    const next = { ...newest, id: 'ggl26-dc-elec-test', period: String(yearOf(newest.period) + 1), value: newest.value! * 1.2 };
    const sc = getChart('google-datacentre-electricity').scene({ seeds: withRow(seeds, next), step: 2, size: { width: 720, height: 480 }, variant: 'regular', locale: 'fr', label: () => 'x' });
    const xl = sc.marks.filter((m) => m.key.startsWith('xl-')).sort((a, b) => Number(a.attrs['x']) - Number(b.attrs['x']));
    expect(xl.at(-1)!.text).toBe(next.period);
  });

});
