/**
 * `/<locale>/scenes/<chart>.html`: every step of a chart in both layouts, as the build-time SVGs the renderer reads
 * (same markup as SceneSvg.astro: `data-scene-for`, `data-scene-step`, `data-variant`, `data-caption`, the step's
 * description as `aria-label`). The story page fetches it when the chart's section comes near, instead of carrying
 * 104 SVGs in its HTML.
 */
import type { APIRoute } from 'astro';
import { buildChart } from '../../../charts/registry';
import type { Locale } from '../../../i18n/locales';
import { sceneMarkup } from '../../../charts/shared/sceneMarkup';
import { chartPaths } from '../embed/_paths';

export const getStaticPaths = chartPaths;
export const GET: APIRoute = ({ params }) => {
  const chart = buildChart(params.chart!, params.locale as Locale);
  const body = chart.steps.flatMap((s) => (['regular', 'compact'] as const).map((v) => sceneMarkup(chart, s.n, v))).join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
