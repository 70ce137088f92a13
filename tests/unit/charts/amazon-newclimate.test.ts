import { describe, expect, it } from 'vitest';
import { getChart } from '../../../src/charts/registry';
import type { Seeds } from '../../../src/data/seeds';
import { sceneQuery } from './sceneQuery';

const { seeds, chart, marks, mark, has } = sceneQuery('amazon-newclimate');

// Regular layout: five level bands between y = 70 and 480 - 64 = 416 (the bottom margin holds the 2025 "?") with
// inner padding 0.08: step 346 / 4.92 = 70.33 px, band 64.70 px. "Low" (2) is the fourth band from the top: centre
// 70 + 3 × 70.33 + 32.35 = 313.33.
const STEP = 346 / 4.92;
const CY = (level: number) => 70 + (5 - level) * STEP + (STEP * 0.92) / 2;

describe('amazon-newclimate scene', () => {
  it('scene(step 1) draws the five levels and Amazon 2022 at “low”, hollow (second-hand)', () => {
    expect(['lvl-5', 'lvl-4', 'lvl-3', 'lvl-2', 'lvl-1'].map((k) => mark(1, k).text)).toEqual(['Élevée', 'Raisonnable', 'Modérée', 'Faible', 'Très faible']);
    const pt = mark(1, 'pt-2022');
    expect(pt.attrs['cy']).toBeCloseTo(CY(2), 1);
    expect(pt.attrs['class']).toBe('m-estimate m-co-amazon');
    expect(has(1, 'pt-2023')).toBe(false);
  });

  it('scene(step 2) adds the reason: no explicit target to cut its own emissions', () => {
    const note = marks(2).filter((m) => m.key.startsWith('note-')).map((m) => m.text).join(' ');
    expect(note).toContain('objectif explicite');
    expect(has(2, 'reason-leader')).toBe(true);
    expect(has(1, 'reason-leader')).toBe(false);
  });

  it('scene(step 3) adds Amazon 2023, low again, in the 2023 column', () => {
    const p22 = mark(3, 'pt-2022');
    const p23 = mark(3, 'pt-2023');
    expect(p23.attrs['cy']).toBeCloseTo(CY(2), 1);
    expect(p23.attrs['cx'] as number).toBeGreaterThan(p22.attrs['cx'] as number);
  });

  it('scene(step 4) shows no 2025 rating: a question mark, no marker', () => {
    for (let s = 1; s <= 4; s++) expect(has(s, 'pt-2025')).toBe(false);
    const q = mark(4, 'unknown-2025');
    expect(q.text).toBe('?');
    // Under the scale (bottom 416), 22 px below it, so that it reads as no rating rather than as "Très faible";
    // the lowest band ends at 70 + 4 × 70.33 + 64.70 = 416.
    expect(q.attrs['y']).toBeCloseTo(416 + 22, 1);
    expect(q.attrs['y'] as number).toBeGreaterThan(CY(1) + (STEP * 0.92) / 2);
    expect(mark(4, 'note-2025-0').text).toMatch(/^Note d’Amazon non trouvée/);
    expect(has(3, 'unknown-2025')).toBe(false);
    expect(chart.steps[3]!.caption).toContain('examine 5 entreprises');
    // Nothing extrapolated: the 2025 column holds a count of companies only, no Amazon rating row.
    const rows = seeds.datasets.get('amazon-newclimate')!;
    expect(rows.filter((r) => r.unit === 'rating' && r.period === '2025')).toEqual([]);
    expect(chart.notes.join(' ')).toContain('nous ne la déduisons pas');
  });

  it('columns are the editions in the data: a new edition with a rating adds a column and its marker, with no code change', () => {
    const base = seeds.datasets.get('amazon-newclimate')!;
    const next = { ...base.find((r) => r.id === 'ncl-amazon-2023')!, id: 'ncl-amazon-2027', period: '2027', value: 3 };
    const more: Seeds = {
      ...seeds,
      figures: new Map(seeds.figures).set(next.id, next),
      datasets: new Map(seeds.datasets).set('amazon-newclimate', [...base, next]),
    };
    const label = (k: string) => k;
    const sc = getChart('amazon-newclimate').scene({ seeds: more, step: 4, size: { width: 720, height: 480 }, variant: 'regular', locale: 'fr', label });
    const heads = sc.marks.filter((m) => /^col-e\d+-0$/.test(m.key)).map((m) => m.key);
    expect(heads).toEqual(['col-e2022-0', 'col-e2023-0', 'col-e2025-0', 'col-e2027-0']);
    const pt = sc.marks.find((m) => m.key === 'pt-2027')!;
    expect(pt.attrs['cy']).toBeCloseTo(CY(3), 1);
    // 2025 still has no rating: still a question mark.
    expect(sc.marks.some((m) => m.key === 'unknown-2025')).toBe(true);
  });

  it('the 2023 text says « same level as 2022 »: true only while both ratings are equal in the data', () => {
    expect(seeds.figures.get('ncl-amazon-2023')!.value).toBe(seeds.figures.get('ncl-amazon-2022')!.value);
    expect(chart.steps[2]!.description).toContain('au même niveau');
  });

});
