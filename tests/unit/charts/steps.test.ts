/** Every chart's scene() accepts steps 1..steps and rejects the step before and after, naming the chart. */
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../../src/charts/registry';
import { loadSeeds } from '../../../src/data/seeds';

const seeds = loadSeeds();
const at = (step: number) => ({ seeds, step, size: { width: 720, height: 480 }, variant: 'regular' as const, locale: 'fr' as const, label: () => '' });

describe.each(CHARTS.map((c) => [c.id, c] as const))('%s scene()', (id, def) => {
  it(`rejects step 0 and step ${def.steps + 1}, naming the chart and its range`, () => {
    for (const bad of [0, def.steps + 1, 1.5]) {
      expect(() => def.scene(at(bad)), `step ${bad}`).toThrow(RangeError);
      expect(() => def.scene(at(bad))).toThrow(`Chart "${id}" has steps 1 to ${def.steps}; got ${bad}`);
    }
  });
});
