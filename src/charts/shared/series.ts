/**
 * Reading a chart's data by series, so that a new year is a new CSV row and not a code change. A series is the set
 * of rows of one dataset whose `series` column holds the same key (`seeds/data/<dataset>.csv`); a chart draws one
 * line or one row of bars per series, in period order, and takes its scale from the values. Build-time and tests.
 */
import type { Figure } from '../../data/schemas';
import type { Seeds } from '../../data/seeds';
import { scaleLinear } from 'd3-scale';

/**
 * The year a period names: `2025` → 2025, `FY2025` → 2025 (Microsoft's fiscal year ending in June), `2024-09` → 2024.
 * @throws Error when the period holds no four-digit year
 */
export function yearOf(period: string): number {
  const m = period.match(/(\d{4})/);
  if (!m) throw new Error(`period "${period}" has no year`);
  return Number(m[1]);
}

/**
 * The rows of one series, sorted by period.
 * @param dataset file name without extension (`amazon-footprint`)
 * @param key the `series` value (`total`)
 * @param min the fewest rows the chart needs (default 1)
 * @throws Error naming the dataset and series when the series has fewer rows, a row without value, two rows for one
 *   period, or rows of two vintages (a line never mixes report editions)
 */
export function series(seeds: Seeds, dataset: string, key: string, min = 1): Figure[] {
  const rows = (seeds.datasets.get(dataset) ?? []).filter((f) => f.series === key);
  const where = `seeds/data/${dataset}.csv, series "${key}"`;
  if (rows.length < min) throw new Error(`${where}: ${rows.length} row(s), the chart needs at least ${min}`);
  const seen = new Set<string>();
  for (const r of rows) {
    if (r.value === undefined) throw new Error(`${where}: row ${r.id} has no value`);
    if (seen.has(r.period)) throw new Error(`${where}: two rows for period ${r.period}`);
    seen.add(r.period);
  }
  const vintages = new Set(rows.map((r) => r.vintage));
  if (vintages.size > 1) throw new Error(`${where}: one line, one report edition; found ${[...vintages].join(' | ')}`);
  return rows.sort((a, b) => yearOf(a.period) - yearOf(b.period) || a.period.localeCompare(b.period));
}

/** The row of a series for a year, or undefined. */
export function atYear(rows: readonly Figure[], year: number): Figure | undefined {
  return rows.find((r) => yearOf(r.period) === year);
}

/**
 * A rounded top for a value axis that starts at 0: the data maximum × `headroom` (room for labels and notes above the
 * marks), rounded up to a nice tick, with those ticks.
 * @param max largest value shown, in the axis unit
 * @param headroom multiplier ≥ 1 (default 1.15)
 * @param count about how many ticks (default 4)
 */
export function niceTop(max: number, headroom = 1.15, count = 4): { top: number; ticks: number[] } {
  const s = scaleLinear().domain([0, max * headroom]).nice(count);
  return { top: s.domain()[1]!, ticks: s.ticks(count) };
}
