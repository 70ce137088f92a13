/**
 * google-emissions — Google's emissions in MtCO2e, as restated in its latest Environmental Report (the 2026 report:
 * `ggl26-*` rows, one vintage). Two series of that one report, drawn on one time axis but never joined:
 * - `ghgp-2026`: the full GHG Protocol-aligned total (Scope 1 + 2 market-based + 3), the chart's line;
 * - `ambition-2026`: the "ambition-based" total, a narrower scope (part of Scope 3 left out), dashed and labelled apart.
 * Values as first published in earlier reports (2024 report line, 2025-report 2024 total) are rows of the dataset
 * without a series: they are in the notes and the data table, not on the chart.
 *
 * Steps: 1 the 2019 baseline · 2 the line up to the year before the newest · 3 the newest year (change in a year and
 * since 2019) · 4 the ambition-based series, dashed, with the gap between the two totals.
 *
 * Marks are a table of rows (series × year) with the step they appear at and the step they are the focus of; axis
 * years, the y maximum and ticks come from the series. The step's note sits in a band above the plot, so it never
 * crosses a grid line, a point or a label.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import type { Figure } from '../../data/schemas';
import { defineChart, type SceneContext } from '../shared/context';
import type { Mark } from '../shared/scene';
import { circle, line, path, polyline, text, value, xLabels, yGrid } from '../shared/marks';
import { stateAt, valueClass } from '../shared/states';
import { niceTop, series, yearOf } from '../shared/series';

const ID = 'google-emissions';
const DATASET = 'google-emissions';
/** The line (full total) and the narrower series of the same report. */
const FULL = 'ghgp-2026';
const AMBITION = 'ambition-2026';
/** The ambition-based series' dashes, on its line and its legend swatch. */
const DASHED = { 'stroke-dasharray': '5 4', 'stroke-opacity': 0.6 };

/** One point of the chart: a row of a series, the step it appears at and whether it is the step's focus. */
interface Point {
  key: string;
  fig: Figure;
  year: number;
  series: typeof FULL | typeof AMBITION;
  from: number;
  focus: readonly number[];
}

/** The point table: data → states. The full line's first year at step 1, all but the newest at 2, the newest at 3;
 * the ambition series at 4. */
function points(full: readonly Figure[], ambition: readonly Figure[]): Point[] {
  const last = full.length - 1;
  const out: Point[] = full.map((fig, i) => ({
    key: `pt-${yearOf(fig.period)}`,
    fig,
    year: yearOf(fig.period),
    series: FULL,
    from: i === 0 ? 1 : i === last ? 3 : 2,
    focus: i === 0 ? [1] : i === last - 1 ? [2] : i === last ? [3] : [],
  }));
  const lastA = ambition.length - 1;
  ambition.forEach((fig, i) => out.push({ key: `amb-${yearOf(fig.period)}`, fig, year: yearOf(fig.period), series: AMBITION, from: 4, focus: i === lastA ? [4] : [] }));
  return out;
}

function draw(c: SceneContext): Mark[] {
  const { seeds, step, label, fs, mt, mtText, byVariant } = c;
  const full = series(seeds, DATASET, FULL, 2);
  const ambition = series(seeds, DATASET, AMBITION, 1);
  const pts = points(full, ambition);

  // The note band, then two legend lines reserved at every step (the second shows at step 4), then the axis title.
  const note = c.noteBand();
  const legendY = note.bottom + 6;
  const f = c.frame({ top: legendY + 16 + 30 });
  const years = [...new Set(pts.map((p) => p.year))].sort((a, b) => a - b);
  const x = scalePoint<number>().domain(years).range([f.left, f.right]).padding(byVariant(0.4, 0.3));
  const { top, ticks } = niceTop(Math.max(...pts.map((p) => mt(p.fig))), 1.12);
  const y = scaleLinear().domain([0, top]).range([f.bottom, f.top]);
  const at = (p: Point): [number, number] => [x(p.year)!, y(mt(p.fig))];

  const marks: Mark[] = note.marks(step === 4 ? 'm-label-strong' : 'm-note');
  // Legend: the full line from step 1, the ambition-based series from step 4.
  const sw = byVariant(24, 18);
  const legend = (key: string, ly: number, content: string, extra = {}) => [
    line(`legend-${key}-swatch`, note.left, ly - 4, note.left + sw, ly - 4, 'm-line m-emission', extra),
    text(`legend-${key}`, note.left + sw + 6, ly, content, 'm-label', { 'font-size': fs.note }),
  ];
  marks.push(...legend('full', legendY, label('legendFull')));
  if (step >= 4) marks.push(...legend('amb', legendY + 16, label('legendAmbition'), DASHED));
  marks.push(text('y-title', f.right, f.top - 10, label('axis'), 'm-note', { 'text-anchor': 'end' }));
  marks.push(...yGrid(y, ticks, f, (v) => c.num(v)));
  marks.push(...xLabels(years.map((yr) => [yr, x(yr)!]), f));

  // From step 2, the 2019 (first-year) level of the full line as a dashed reference.
  if (step >= 2) {
    const yb = y(mt(full[0]!));
    marks.push(line('ref-base', x(years[0]!)!, yb, f.right, yb, 'm-leader', { 'stroke-dasharray': '3 3' }));
  }
  const shownOf = (s: Point['series']) => pts.filter((p) => p.series === s && step >= p.from);
  const [shownFull, shownAmb] = [shownOf(FULL), shownOf(AMBITION)];
  if (shownFull.length > 1) marks.push(path('line-full', polyline(shownFull.map(at)), 'm-line m-emission'));
  if (shownAmb.length > 1) marks.push(path('line-ambition', polyline(shownAmb.map(at)), 'm-line m-emission', DASHED));

  for (const p of pts) {
    if (step < p.from) continue;
    const [px, py] = at(p);
    const st = stateAt(p, step);
    const isFull = p.series === FULL;
    marks.push(circle(p.key, px, py, byVariant(4.5, 3.5), st.focus ? 'm-highlight' : isFull ? 'm-emission' : 'm-emission-soft'));
    // Value labels: from step 3 only the ends of each series (the rest is in the table); the full line's labels sit
    // above its points, the ambition-based ones below theirs (that series always runs under the full line).
    const i = (isFull ? shownFull : pts.filter((q) => q.series === AMBITION)).indexOf(p);
    const n = isFull ? shownFull.length : ambition.length;
    if (!((isFull && step < 3) || i === 0 || i === n - 1)) continue;
    // A full-line point lower than both neighbours (a dip) takes its label below, clear of the line.
    const [prev, next] = [shownFull[i - 1], shownFull[i + 1]];
    const dip = isFull && prev !== undefined && next !== undefined && mt(p.fig) < mt(prev.fig) && mt(p.fig) < mt(next.fig);
    marks.push(value(`val-${p.key}`, px, !isFull || dip ? py + fs.value + 6 : py - 10, mtText(p.fig), valueClass(st), fs.value));
  }
  // Step 3: the newest year's change, beside its point (left of it, since it is the rightmost point).
  if (step === 3) {
    const [px, py] = at(shownFull.at(-1)!);
    marks.push(value('change', px - byVariant(14, 10), py + 4, label('change'), 'm-label-strong', fs.label, 'end'));
  }
  // Step 4: the gap between the two totals in the newest year, as a bracket with its label left of it.
  if (step === 4) {
    const [pf, pa] = [at(shownFull.at(-1)!), at(shownAmb.at(-1)!)];
    const bx = pf[0] + byVariant(10, 8);
    marks.push(line('gap-bracket', bx, pf[1], bx, pa[1], 'm-leader'));
    // The gap's label under the ambition-based value, right-aligned on the bracket: clear of both lines.
    marks.push(value('gap-label', bx, pa[1] + 2 * fs.value + 26, label('gap'), 'm-label-strong', fs.note, 'end'));
  }
  return marks;
}

export const googleEmissions = defineChart({
  id: ID,
  chapter: 4,
  steps: 4,
  rows: () => [DATASET],
  draw,
});
