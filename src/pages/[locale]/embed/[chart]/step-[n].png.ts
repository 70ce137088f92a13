/** `/<locale>/embed/<chart>/step-<n>.png`: step n as a PNG at 2× (the SVG download, drawn by resvg). */
import type { APIRoute } from 'astro';
import { buildChart } from '../../../../charts/registry';
import type { Locale } from '../../../../i18n/locales';
import { chartSvg, svgToPng } from '../../../../charts/export/chartImage';
import { stepPaths } from '../_paths';

export const getStaticPaths = stepPaths;
export const GET: APIRoute = ({ params, site }) => {
  const chart = buildChart(params.chart!, params.locale as Locale);
  const { svg } = chartSvg(chart, Number(params.n), { site: site!.href, embedFont: false });
  return new Response(new Uint8Array(svgToPng(svg, 2)), { headers: { 'Content-Type': 'image/png' } });
};
