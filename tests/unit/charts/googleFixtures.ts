/**
 * Shared helpers for the Google chart tests: reading a value back from a scene's y grid (so that tests assert
 * "this mark sits at that figure" without pinning margins), and a copy of the seeds with one more row in a series
 * (to check that a new year reaches the chart with no code change).
 */
import type { Figure } from '../../../src/data/schemas';
import type { Seeds } from '../../../src/data/seeds';
import type { Mark } from '../../../src/charts/shared/scene';

/** The pixel y of a value on a scene's y axis, from its `<prefix>-grid-0` line and its highest tick. */
export function yScaleOf(marks: readonly Mark[], prefix = 'y'): (v: number) => number {
  const grids = marks.filter((m) => m.type === 'line' && m.key.startsWith(`${prefix}-grid-`));
  const at = (t: number) => Number(grids.find((m) => m.key === `${prefix}-grid-${t}`)!.attrs['y1']);
  const top = Math.max(...grids.map((m) => Number(m.key.slice(prefix.length + 6))));
  const y0 = at(0);
  const yt = at(top);
  return (v: number) => y0 - (v * (y0 - yt)) / top;
}

/** A number printed in French (`18,8`, `+18,3 %`, `42,4`) as a JS number. */
export const parseFr = (s: string): number => Number(s.replace(/[^\d,.\-+−]/g, '').replace('−', '-').replace(',', '.'));

/** A copy of the seeds with `row` appended to its dataset (and to the figures). */
export function withRow(seeds: Seeds, row: Figure): Seeds {
  const datasets = new Map(seeds.datasets);
  datasets.set(row.dataset, [...(datasets.get(row.dataset) ?? []), row]);
  const figures = new Map(seeds.figures);
  figures.set(row.id, row);
  return { ...seeds, datasets, figures };
}

/** The vertical extent of a text mark at its font size (alphabetic baseline: 0.78 of the size above, 0.22 below). */
export function textBand(m: Mark): { text: string; y0: number; y1: number } {
  const fs = Number(m.attrs['font-size'] ?? 14);
  const y = Number(m.attrs['y']);
  return { text: m.text ?? '', y0: y - 0.78 * fs, y1: y + 0.22 * fs };
}
