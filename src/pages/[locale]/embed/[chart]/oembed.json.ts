/** `/<locale>/embed/<chart>/oembed.json`: the chart's oEmbed 1.0 document (type rich; its iframe opens at the last step, as the dialog's snippet), found from the embed page's discovery link. */
import type { APIRoute } from 'astro';
import { buildChart } from '../../../../charts/registry';
import type { Locale } from '../../../../i18n/locales';
import { oembed } from '../../../../lib/embedCode';
import { t } from '../../../../i18n';
import { chartPaths } from '../_paths';

export const getStaticPaths = chartPaths;
export const GET: APIRoute = ({ params, site }) => {
  const locale = params.locale as Locale;
  const chart = buildChart(params.chart!, locale);
  return new Response(JSON.stringify(oembed(site!.href, locale, chart.id, chart.title, t(locale, 'siteShort'), chart.steps.length), null, 2), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
