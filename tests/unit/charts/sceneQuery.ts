/**
 * Test helpers over a built chart: the marks of a step's scene, and one mark by key.
 * `mark()` throws when the key is missing, so that an assertion on a missing mark fails loudly.
 */
import { loadSeeds } from '../../../src/data/seeds';
import { buildChart } from '../../../src/charts/registry';
import type { Mark, Variant } from '../../../src/charts/shared/scene';
import { textBoxOf, type TextBox } from '../../../src/charts/shared/textBox';

/** A mark's box in scene pixels: a text's estimated box (src/charts/shared/textBox.ts, the scenes' own estimate), a rect's. */
export function box(m: Mark, variant: Variant = 'regular'): TextBox {
  if (m.type === 'text') return textBoxOf(m, variant);
  const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => Number(m.attrs[k] ?? 0)) as [number, number, number, number];
  return { key: m.key, text: '', x0: x, x1: x + w, y0: y, y1: y + h };
}

export function sceneQuery(id: string) {
  const seeds = loadSeeds();
  const chart = buildChart(id, 'fr', seeds);
  const marks = (step: number, variant: Variant = 'regular'): Mark[] => chart.steps[step - 1]!.scenes[variant].marks;
  const find = (step: number, key: string, variant: Variant = 'regular'): Mark | undefined =>
    marks(step, variant).find((m) => m.key === key);
  const mark = (step: number, key: string, variant: Variant = 'regular'): Mark => {
    const m = find(step, key, variant);
    if (!m) throw new Error(`no mark ${key} at step ${step} (${variant})`);
    return m;
  };
  const has = (step: number, key: string, variant: Variant = 'regular'): boolean => find(step, key, variant) !== undefined;
  return { seeds, chart, marks, find, mark, has };
}
