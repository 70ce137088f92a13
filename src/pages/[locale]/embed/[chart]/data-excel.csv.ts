/** `/fr/embed/<chart>/data-excel.csv`: the same rows for Excel in French: semicolons, decimal commas, BOM. */
import type { APIRoute } from 'astro';
import { buildChart } from '../../../../charts/registry';
import { figuresToCsv } from '../../../../lib/csv';
import type { Locale } from '../../../../i18n/locales';
import { excelChartPaths } from '../_paths';

/** French edition only (see `hasExcelCsv`). */
export const getStaticPaths = excelChartPaths;
export const GET: APIRoute = ({ params }) => {
  const chart = buildChart(params.chart!, params.locale as Locale);
  return new Response(figuresToCsv(chart.rows, new Map(chart.sources.map((s) => [s.id, s])), 'excel-fr'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
