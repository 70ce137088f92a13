import { describe, expect, it } from 'vitest';
import { sceneQuery } from './sceneQuery';

const { seeds, chart, marks, mark, has } = sceneQuery('inference-tasks');

// Regular layout: the log axis runs from 0.001 kWh at x = 200 to 10 kWh at x = 720 - 40 = 680, four decades over
// 480 px: 120 px per factor of ten.
const logX = (kwh: number) => 200 + 120 * (Math.log10(kwh) + 3);
// Rows: the first at y = 48 + 10, then every 24 px.
const rowY = (i: number) => 58 + 24 * i;

describe('inference-tasks scene', () => {
  it('puts a value on the log scale: 0.002 kWh at 236.1 px, 2.907 kWh at 615.6 px', () => {
    expect(mark(2, 'dot-text-classification').attrs['cx']).toBeCloseTo(236.12, 1);
    expect(mark(2, 'dot-image-generation').attrs['cx']).toBeCloseTo(615.61, 1);
    expect(mark(2, 'x-tick-1').attrs['x']).toBe(560);
  });

  it('says on the axis that the scale is logarithmic', () => {
    expect(mark(1, 'x-title').text).toContain('échelle logarithmique');
  });

  it('scene(step 1) shows the six text tasks only, text generation at 0.047 highlighted', () => {
    const shown = marks(1).filter((m) => m.key.startsWith('dot-') && Number(m.attrs['r']) > 0);
    expect(shown).toHaveLength(6);
    expect(mark(1, 'dot-image-generation').attrs['r']).toBe(0);
    expect(has(1, 'name-image-generation')).toBe(false);
    expect(mark(1, 'dot-text-generation').attrs['class']).toBe('m-highlight');
    expect(mark(1, 'val-text-generation').text).toBe('0,047');
    // Highest first: summarisation (0.049) on the first row.
    expect(mark(1, 'dot-summarization').attrs['cy']).toBe(rowY(0));
  });

  it('scene(step 2) adds the image tasks, image generation (2.907) on top, and the gap of more than 1,450 times', () => {
    expect(mark(2, 'dot-image-generation').attrs['cy']).toBe(rowY(0));
    expect(mark(2, 'dot-text-classification').attrs['cy']).toBe(rowY(9));
    expect(mark(2, 'val-image-generation').text).toBe('2,91');
    expect(mark(2, 'dot-image-generation').attrs['class']).toBe('m-highlight');
    expect(mark(2, 'gap-label').text).toBe('plus de 1\u202f450\u202ffois');
    expect(has(1, 'gap')).toBe(false);
  });

  it('scene(step 3) spans Flan-T5 from 0.026 to 0.083 kWh (× 3.2) and BLOOMz from 0.054 to 0.104 (× 1.9)', () => {
    expect(has(2, 'fam-span-flan')).toBe(false);
    const flan = mark(3, 'fam-span-flan');
    expect(flan.attrs['x1']).toBeCloseTo(logX(0.026), 1);
    expect(flan.attrs['x2']).toBeCloseTo(logX(0.083), 1);
    const bloomz = mark(3, 'fam-span-bloomz');
    expect(bloomz.attrs['x1']).toBeCloseTo(logX(0.054), 1);
    expect(bloomz.attrs['x2']).toBeCloseTo(logX(0.104), 1);
    expect(mark(3, 'fam-ratio-flan').text).toBe('× 3,2');
    expect(mark(3, 'fam-ratio-bloomz').text).toBe('× 1,9');
    // The Flan-T5 span (about 60 px) is a sixth of the gap between tasks (about 380 px).
    const gap = Number(mark(3, 'dot-image-generation').attrs['cx']) - Number(mark(3, 'dot-text-classification').attrs['cx']);
    expect(Number(flan.attrs['x2']) - Number(flan.attrs['x1'])).toBeLessThan(gap / 6);
    expect(mark(3, 'dot-summarization').attrs['class']).toContain('m-dim');
  });

  it('words the gap of more than 1,450 as task means of different models, never as one model changing task', () => {
    const shown = [chart.takeaway, ...chart.steps.flatMap((s) => [s.caption, s.description]), ...marks(3).map((m) => m.text ?? ''), ...marks(3, 'compact').map((m) => m.text ?? '')].join(' ');
    expect(shown).not.toMatch(/changer de tâche/);
    expect(chart.steps[1]!.caption).toMatch(/moyenne des modèles de classification de texte/);
    expect(chart.takeaway).toMatch(/modèles qui génèrent des images .* modèles qui classent des textes/);
  });
});
