import { describe, expect, it } from 'vitest';
import { companyLine } from '../companyLines';
import { getChart } from '../../../src/charts/registry';
import { series, yearOf } from '../../../src/charts/shared/series';
import type { Figure } from '../../../src/data/schemas';
import { formatFigure, scaleTo } from '../../../src/lib/format';
import { sceneQuery } from './sceneQuery';

const { seeds, chart, find, mark } = sceneQuery('offsets-vs-emissions');
const line = (key: string) => companyLine(seeds, key);
const latest = (key: string) => line(key).at(-1)!;
const mt = (f: Figure) => scaleTo(f.value!, f.unit, 'Mt');
const w = (step: number, key: string) => Number(mark(step, key).attrs['width']);
const ms = latest('ms');
const ggl = latest('ggl');
const amz = latest('amz');
const msRemoval = latest('ms-removal');
const gglRemoval = latest('ggl-removal');

describe('offsets-vs-emissions scene', () => {
  it('takes each company’s latest published year: Microsoft FY2025 (2026 sheet), Google and Amazon 2025', () => {
    expect(ms.period).toBe('FY2025');
    expect(ms.source).toBe('ms-factsheet-2026');
    expect(ggl.period).toBe('2025');
    expect(ggl.source).toBe('google-er-2026');
    expect(amz.period).toBe('2025');
    expect(amz.source).toBe('amazon-sr-2025');
    // The year the reader sees in each group's basis is the series' last year.
    expect(mark(1, 'basis-ms').text).toMatch(new RegExp(`^exercice ${yearOf(ms.period)}, `));
    expect(mark(1, 'basis-ggl').text).toMatch(new RegExp(`^${yearOf(ggl.period)}, `));
    expect(mark(1, 'basis-amz').text).toMatch(new RegExp(`^${yearOf(amz.period)}, `));
  });

  it('scene(step 1) draws the three emission bars in proportion, no credits yet', () => {
    expect(w(1, 'emit-amz') / w(1, 'emit-ms')).toBeCloseTo(mt(amz) / mt(ms), 2);
    expect(w(1, 'emit-ggl') / w(1, 'emit-ms')).toBeCloseTo(mt(ggl) / mt(ms), 2);
    expect(mark(1, 'emit-ms').attrs['class']).toBe('m-emission');
    expect(mark(1, 'emit-val-amz').text).toBe(`${formatFigure(amz, 'fr', { unit: 'Mt' })} émises`);
    expect(w(1, 'credit-ms')).toBe(0);
    expect(find(1, 'credit-unknown-amz')).toBeUndefined();
  });

  it('the axis ends past the longest bar, and its top tick is on the grid', () => {
    const ticks = chart.steps[0]!.scenes.regular.marks.filter((m) => m.key.startsWith('x-tick-')).map((m) => Number(m.key.slice(7)));
    const longest = Math.max(mt(ms), mt(ggl), mt(amz), mt(msRemoval), mt(gglRemoval));
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(longest);
    const right = Number(mark(1, `x-grid-${Math.max(...ticks)}`).attrs['x1']);
    expect(Number(mark(1, 'emit-amz').attrs['x']) + w(1, 'emit-amz')).toBeLessThanOrEqual(right);
  });

  it('scene(step 2) adds Microsoft removals contracted in the year, in proportion to its emissions, said to be contracted, not delivered', () => {
    expect(w(2, 'credit-ms') / w(2, 'emit-ms')).toBeCloseTo(mt(msRemoval) / mt(ms), 2);
    expect(mark(2, 'credit-val-ms').text).toContain('contractés, pas livrés');
    expect(mark(2, 'credit-val-ms').text).toContain(formatFigure(msRemoval, 'fr', { unit: 'Mt' }));
    expect(String(mark(2, 'emit-amz').attrs['class'])).toContain('m-dim');
    expect(w(2, 'credit-ggl')).toBe(0);
    // The caption's comparison word follows the data.
    expect(chart.steps[1]!.caption).toContain(mt(msRemoval) > mt(ms) ? 'plus que ses émissions' : 'moins que ses émissions');
  });

  it('scene(step 3) adds Google removals contracted to date (cumulative), solid since read in the report itself', () => {
    expect(w(3, 'credit-ggl') / w(3, 'emit-ggl')).toBeCloseTo(mt(gglRemoval) / mt(ggl), 2);
    expect(mark(3, 'credit-ggl').attrs['class']).toBe(gglRemoval.confidence === 'second-hand' ? 'm-estimate m-credit' : 'm-credit');
    expect(mark(3, 'credit-val-ggl').text).toContain(formatFigure(gglRemoval, 'fr', { unit: 'Mt', digits: 2 }));
    expect(mark(3, 'credit-val-ggl').text).toContain('cumul');
  });

  it('scene(step 4) marks Amazon’s share as unknown avoidance credits from a pre-agreement, with no invented bar', () => {
    expect(find(4, 'credit-amz')).toBeUndefined();
    expect(mark(4, 'credit-unknown-amz').text).toBe('?');
    expect(mark(4, 'credit-val-amz').text).toContain('part inconnue');
    expect(mark(4, 'credit-val-amz').text).toContain('évitement');
    expect(chart.steps[3]!.caption).toContain('pré-accord');
  });

  it('scene(step 5) keeps the emission bars and fades the credits; no text says a credit can never remove a tonne', () => {
    expect(w(5, 'emit-ms')).toBeCloseTo(w(1, 'emit-ms'), 5);
    expect(String(mark(5, 'credit-ms').attrs['class'])).toContain('m-dim');
    expect(String(mark(5, 'credit-ggl').attrs['class'])).toContain('m-dim');
    const all = [chart.title, chart.takeaway, ...chart.steps.map((s) => s.caption), ...chart.steps[4]!.scenes.regular.marks.map((m) => m.text ?? '')].join(' ');
    expect(all).not.toMatch(/n’effacent pas une seule tonne/);
    expect(all).toMatch(/livré et stocké durablement/);
  });

  it('a newer year added to a company’s series becomes its bar, with no code change', () => {
    const extra: Figure = { ...amz, id: 'ove-amz-test-next', period: String(yearOf(amz.period) + 1), value: amz.value! * 1.5 };
    const ds = new Map(seeds.datasets);
    ds.set('amazon-footprint', [...seeds.datasets.get('amazon-footprint')!, extra]);
    const s2 = { ...seeds, datasets: ds, figures: new Map(seeds.figures).set(extra.id, extra) };
    const label = (k: string) => (k.startsWith('period-') ? '' : k);
    const sc = getChart('offsets-vs-emissions').scene({ seeds: s2, step: 1, size: { width: 720, height: 480 }, variant: 'regular', locale: 'fr', label });
    const bar = (k: string) => Number(sc.marks.find((m) => m.key === k)!.attrs['width']);
    expect(bar('emit-amz') / bar('emit-ms')).toBeCloseTo((mt(amz) * 1.5) / mt(ms), 2);
    expect(sc.marks.find((m) => m.key === 'basis-amz')!.text).toMatch(new RegExp(`^${yearOf(amz.period) + 1}, `));
  });

});
