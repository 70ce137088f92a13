/**
 * Test helpers over a built chart: the marks of a step's scene, and one mark by key.
 * `mark()` throws when the key is missing, so that an assertion on a missing mark fails loudly.
 */
import { loadSeeds } from '../../../src/data/seeds';
import { buildChart } from '../../../src/charts/registry';
import type { Mark, Variant } from '../../../src/charts/shared/scene';

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
