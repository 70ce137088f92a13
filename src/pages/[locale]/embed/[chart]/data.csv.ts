/** `/<locale>/embed/<chart>/data.csv`: the chart's rows, UTF-8 with BOM, comma, dot decimals. */
import type { APIRoute } from 'astro';
import { buildChart } from '../../../../charts/registry';
import { figuresToCsv } from '../../../../lib/csv';
import type { Locale } from '../../../../i18n/locales';
import { chartPaths } from '../_paths';

export const getStaticPaths = chartPaths;
export const GET: APIRoute = ({ params }) => {
  const chart = buildChart(params.chart!, params.locale as Locale);
  return new Response(figuresToCsv(chart.rows, new Map(chart.sources.map((s) => [s.id, s])), 'standard'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
