/**
 * One step of a chart as the build-time SVG the browser renderer reads (HTML form, no `xmlns`). Carries the contract:
 * `data-scene-for` (chart id), `data-scene-step` (1-based), `data-variant`, `data-caption`, and the step's accessible
 * description as `aria-label`. Used by SceneSvg.astro (embed and classroom templates) and the story's scene fragments.
 */
import { sceneToSvg } from './svg';
import type { BuiltChart } from '../registry';
import type { Variant } from './scene';

/**
 * @param chart a built chart @param n step, 1-based @param variant layout @param cls extra classes on the root
 * @returns the `<svg>` string
 * @throws Error when the chart has no step n
 */
export function sceneMarkup(chart: BuiltChart, n: number, variant: Variant, cls = ''): string {
  const step = chart.steps[n - 1];
  if (!step) throw new Error(`sceneMarkup: chart "${chart.id}" has no step ${n}`);
  return sceneToSvg(step.scenes[variant], {
    inHtml: true,
    attrs: {
      class: `scene scene--${variant} ${cls}`.trim(),
      role: 'img',
      'aria-label': step.description,
      'data-scene-for': chart.id,
      'data-scene-step': String(n),
      'data-variant': variant,
      'data-caption': step.caption,
    },
  });
}
