/** `/<locale>/embed/<chart>/og.png`: the chart's Open Graph image, 1200×630, its last step beside its title. */
import type { APIRoute } from 'astro';
import { buildChart } from '../../../../charts/registry';
import type { Locale } from '../../../../i18n/locales';
import { ogSvg, svgToPng } from '../../../../charts/export/chartImage';
import { chartPaths } from '../_paths';

export const getStaticPaths = chartPaths;
export const GET: APIRoute = ({ params }) => {
  const chart = buildChart(params.chart!, params.locale as Locale);
  return new Response(new Uint8Array(svgToPng(ogSvg(chart), 1)), { headers: { 'Content-Type': 'image/png' } });
};
