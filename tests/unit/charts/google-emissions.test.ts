import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/registry';
import { series, yearOf } from '../../../src/charts/shared/series';
import { scaleTo } from '../../../src/lib/format';
import { parseFr, textBand, withRow, yScaleOf } from './googleFixtures';
import { sceneQuery } from './sceneQuery';

const { seeds, chart, marks, find, mark } = sceneQuery('google-emissions');
const full = series(seeds, 'google-emissions', 'ghgp-2026');
const ambition = series(seeds, 'google-emissions', 'ambition-2026');
const mt = (v: number) => scaleTo(v, 'tCO2e', 'Mt');
const first = full[0]!;
const newest = full[full.length - 1]!;
const beforeNewest = full[full.length - 2]!;
const yr = (f: { period: string }) => yearOf(f.period);

describe('google-emissions scene', () => {
  it('takes the whole line from one report vintage (the 2026 report), first to newest year', () => {
    expect(new Set(full.map((f) => f.vintage)).size).toBe(1);
    expect(full[0]!.vintage).toBe(ambition[0]!.vintage);
  });

  it('scene(step 1) shows only the first year, at its value', () => {
    const y = yScaleOf(marks(1));
    expect(Number(mark(1, `pt-${yr(first)}`).attrs['cy'])).toBeCloseTo(y(mt(first.value!)), 1);
    expect(parseFr(mark(1, `val-pt-${yr(first)}`).text!)).toBeCloseTo(mt(first.value!), 1);
    expect(find(1, `pt-${yr(newest)}`)).toBeUndefined();
    expect(find(1, 'line-full')).toBeUndefined();
  });

  it('scene(step 2) draws the line to the year before the newest and highlights it; every label sits above or below its own point and prints its value', () => {
    const y = yScaleOf(marks(2));
    expect(mark(2, `pt-${yr(beforeNewest)}`).attrs['class']).toBe('m-highlight');
    expect(String(mark(2, 'line-full').attrs['d']).split('L')).toHaveLength(full.length - 1);
    expect(find(2, `pt-${yr(newest)}`)).toBeUndefined();
    for (const f of full.slice(0, -1)) {
      const label = mark(2, `val-pt-${yr(f)}`);
      expect(parseFr(label.text!)).toBeCloseTo(mt(f.value!), mt(f.value!) >= 10 ? 1 : 2);
      expect(Math.abs(Number(label.attrs['y']) - y(mt(f.value!)))).toBeLessThan(25);
    }
  });

  it('scene(step 3) adds the newest year at its value, with its change in a year computed from the data', () => {
    const y = yScaleOf(marks(3));
    expect(Number(mark(3, `pt-${yr(newest)}`).attrs['cy'])).toBeCloseTo(y(mt(newest.value!)), 1);
    expect(String(mark(3, 'line-full').attrs['d']).split('L')).toHaveLength(full.length);
    const change = (newest.value! / beforeNewest.value! - 1) * 100;
    expect(parseFr(mark(3, 'change').text!)).toBeCloseTo(change, 1);
  });

  it('x axis: each year once, in order, the newest last, at every step (issue #8.3: "2024" twice)', () => {
    const years = [...new Set([...full, ...ambition].map(yr))].sort();
    for (const s of chart.steps) {
      for (const v of ['regular', 'compact'] as const) {
        const xl = s.scenes[v].marks.filter((m) => m.key.startsWith('xl-')).sort((a, b) => Number(a.attrs['x']) - Number(b.attrs['x']));
        expect(xl.map((m) => m.text)).toEqual(years.map(String));
      }
    }
  });

  it('scene(step 4) draws the ambition-based series dashed, apart from the full line, under it every year', () => {
    expect(find(3, 'line-ambition')).toBeUndefined();
    const amb = mark(4, 'line-ambition');
    expect(amb.attrs['stroke-dasharray']).toBeDefined();
    expect(mark(4, 'line-full').attrs['stroke-dasharray']).toBeUndefined();
    for (const a of ambition) {
      const f = full.find((x) => yr(x) === yr(a))!;
      expect(Number(mark(4, `amb-${yr(a)}`).attrs['cy'])).toBeGreaterThan(Number(mark(4, `pt-${yr(f)}`).attrs['cy']));
    }
    expect(mark(4, 'legend-amb').text).toContain('ambition-based');
    const gap = mt(newest.value! - ambition[ambition.length - 1]!.value!);
    expect(parseFr(mark(4, 'gap-label').text!)).toBeCloseTo(gap, 1);
  });

  it('notes never sit on a grid line, a point or a value (issue #8.3)', () => {
    for (const s of chart.steps) {
      for (const v of ['regular', 'compact'] as const) {
        const ms = s.scenes[v].marks;
        const notes = ms.filter((m) => m.key.startsWith('note-')).map(textBand);
        expect(notes.length).toBeGreaterThan(0);
        const grids = ms.filter((m) => m.key.startsWith('y-grid-')).map((m) => Number(m.attrs['y1']));
        const dots = ms.filter((m) => m.type === 'circle').map((m) => Number(m.attrs['cy']));
        for (const b of notes) for (const g of [...grids, ...dots]) expect(g < b.y0 - 2 || g > b.y1 + 2, `${b.text} at ${g}`).toBe(true);
      }
    }
  });

  it('a new year added to the series reaches the axis and the line with no code change', () => {
    const next = { ...newest, id: 'ggl26-total-test', period: String(yr(newest) + 1), value: newest.value! * 1.1 };
    const s = withRow(seeds, next);
    const sc = getChart('google-emissions').scene({ seeds: s, step: 3, size: { width: 720, height: 480 }, variant: 'regular', locale: 'fr', label: () => 'x' });
    const xl = sc.marks.filter((m) => m.key.startsWith('xl-')).sort((a, b) => Number(a.attrs['x']) - Number(b.attrs['x']));
    expect(xl.at(-1)!.text).toBe(String(yr(newest) + 1));
    expect(sc.marks.find((m) => m.key === `pt-${yr(newest) + 1}`)).toBeDefined();
  });

});
