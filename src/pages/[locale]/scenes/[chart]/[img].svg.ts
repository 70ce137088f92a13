/**
 * `/<locale>/scenes/<chart>/<n>.svg` and `<n>-compact.svg`: one step's scene as a light image (colours inlined, local
 * fonts), the step's figure in the story where the live chart does not run (JavaScript off, print).
 */
import type { APIRoute } from 'astro';
import { buildChart } from '../../../../charts/registry';
import type { Locale } from '../../../../i18n/locales';
import { sceneImageSvg } from '../../../../charts/export/chartImage';
import { stepPaths } from '../../embed/_paths';

export function getStaticPaths() {
  return stepPaths().flatMap(({ params: { locale, chart, n } }) => [
    { params: { locale, chart, img: n } },
    { params: { locale, chart, img: `${n}-compact` } },
  ]);
}
export const GET: APIRoute = ({ params }) => {
  const chart = buildChart(params.chart!, params.locale as Locale);
  const compact = params.img!.endsWith('-compact');
  const { svg } = sceneImageSvg(chart, parseInt(params.img!, 10), compact ? 'compact' : 'regular');
  return new Response('<?xml version="1.0" encoding="UTF-8"?>\n' + svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
