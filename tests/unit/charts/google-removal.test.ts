import { describe, expect, it } from 'vitest';
import { figure } from '../../../src/data/seeds';
import { series } from '../../../src/charts/shared/series';
import { scaleTo } from '../../../src/lib/format';
import { parseFr, yScaleOf } from './googleFixtures';
import { sceneQuery } from './sceneQuery';

const { seeds, chart, find, mark, marks } = sceneQuery('google-removal');
const fig = (id: string) => figure(seeds, id);
const musd = (id: string) => scaleTo(fig(id).value!, 'USD', 'M$');
const height = (step: number, key: string) => Number(mark(step, key).attrs['height']);

describe('google-removal scene', () => {
  it('scene(step 1) draws the article claim as a claim mark, flagged unsourced, at its value', () => {
    const ys = yScaleOf(marks(1), 'usd');
    expect(mark(1, 'bar-claim').attrs['class']).toBe('m-claim');
    expect(Number(mark(1, 'bar-claim').attrs['y'])).toBeCloseTo(ys(musd('ggl-claim-35m-gemini')), 1);
    expect(mark(1, 'claim-flag-0').text).toContain('Gemini');
    expect(mark(1, 'bar-pledge').attrs['height']).toBe(0);
  });

  it('scene(step 2) adds the pledge, dated 14 March 2024 (E&E News), as a hollow credit bar as tall as the claim', () => {
    expect(mark(2, 'bar-pledge').attrs['class']).toBe('m-estimate m-credit');
    expect(height(2, 'bar-pledge')).toBeCloseTo(height(2, 'bar-claim') * (musd('ggl-cdr-pledge-2024') / musd('ggl-claim-35m-gemini')), 1);
    expect(fig('ggl-cdr-pledge-2024').vintage).toContain('2024-03-14');
    expect(fig('ggl-cdr-pledge-2024').source).toBe('eenews-2024');
    expect(chart.steps[1]!.caption).toContain('14 mars 2024');
  });

  it('scene(step 3) shows 2024 and 2025 contracted amounts; the axis rescales; Google\'s "3 times" and our ratio are told apart', () => {
    const ratio = height(3, 'bar-contracted') / height(3, 'bar-pledge');
    expect(ratio).toBeCloseTo(musd('ggl-cdr-contracted-2024') / musd('ggl-cdr-pledge-2024'), 2);
    expect(height(3, 'bar-contracted-2025')).toBeGreaterThan(0);
    expect(height(3, 'bar-claim')).toBeLessThan(height(2, 'bar-claim'));
    const note = marks(3).filter((m) => m.key.startsWith('note-')).map((m) => m.text).join(' ');
    expect(note).toContain(`${fig('ggl-cdr-google-multiple-2024').value}\u202ffois`);
    expect(note).toContain(`notre calcul`);
    expect(parseFr(/au moins ([\d,]+)/.exec(note)![1]!)).toBeCloseTo(fig('ggl-cdr-contracted-vs-pledge').value!, 2);
  });

  it('scene(step 4) switches to tonnes: the 2026 report total contracted vs the newest full emissions total', () => {
    const total = series(seeds, 'google-emissions', 'ghgp-2026').at(-1)!;
    expect(find(4, 'bar-claim')).toBeUndefined();
    expect(find(4, 'usd-tick-0')).toBeUndefined();
    const ratio = height(4, 'bar-removal') / height(4, 'bar-emitted');
    expect(ratio).toBeCloseTo(fig('ggl26-cdr-contracted-total').value! / total.value!, 3);
    expect(fig('ggl26-cdr-vs-total-2025').value).toBeCloseTo(ratio * 100, 1);
    expect(mark(4, 'mt-title').text).toContain('Millions de tonnes');
    expect(chart.steps[3]!.caption).toContain('à livrer');
  });

});
