/** `/<locale>/embed/<chart>/step-<n>.svg`: step n as a standalone SVG (title, source, credit, inlined colours, embedded font). */
import type { APIRoute } from 'astro';
import { buildChart } from '../../../../charts/registry';
import type { Locale } from '../../../../i18n/locales';
import { chartSvg } from '../../../../charts/export/chartImage';
import { stepPaths } from '../_paths';

export const getStaticPaths = stepPaths;
export const GET: APIRoute = ({ params, site }) => {
  const chart = buildChart(params.chart!, params.locale as Locale);
  const { svg } = chartSvg(chart, Number(params.n), { site: site!.href });
  return new Response('<?xml version="1.0" encoding="UTF-8"?>\n' + svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
