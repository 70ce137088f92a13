/**
 * Static paths of the embed pages and their files: one per locale × chart, or per locale × chart × step.
 * (The leading underscore keeps this module out of the routes.)
 */
import { BUILT_LOCALES } from '../../../i18n';
import { CHARTS } from '../../../charts/registry';
import type { Locale } from '../../../i18n/locales';

/** `{ params: { locale, chart } }` for every built locale and chart. */
export function chartPaths() {
  return BUILT_LOCALES.flatMap((locale) => CHARTS.map((c) => ({ params: { locale, chart: c.id } })));
}

/** `{ params: { locale, chart, n } }` for every step (n as a string, 1-based). */
export function stepPaths() {
  return BUILT_LOCALES.flatMap((locale) =>
    CHARTS.flatMap((c) => Array.from({ length: c.steps }, (_, i) => ({ params: { locale, chart: c.id, n: String(i + 1) } }))),
  );
}

/**
 * Whether an edition has `data-excel.csv` (semicolons, decimal commas: what Excel expects with French settings). The
 * English edition offers one file, `data.csv` (comma, dot decimals), which Excel opens as it is in English settings.
 */
export const hasExcelCsv = (locale: Locale) => locale === 'fr';

/** `chartPaths()` for the editions that have `data-excel.csv`. */
export function excelChartPaths() {
  return chartPaths().filter((p) => hasExcelCsv(p.params.locale));
}
