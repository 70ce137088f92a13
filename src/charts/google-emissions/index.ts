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
import { figure } from '../../data/seeds';
import type { Figure } from '../../data/schemas';
import { formatNumber, formatValue, scaleTo } from '../../lib/format';
import { assertStep, type ChartDef, type Mark, type SceneInput } from '../shared/scene';
import { circle, fontSize, frame, line, path, polyline, text, textBlock, wrap, yGrid } from '../shared/marks';
import { charsIn } from '../shared/textBox';
import { niceTop, series, yearOf } from '../shared/series';

const ID = 'google-emissions';
const DATASET = 'google-emissions';
const STEPS = 4;
/** The line (full total) and the narrower series of the same report. */
const FULL = 'ghgp-2026';
const AMBITION = 'ambition-2026';

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

function scene({ seeds, step, size, variant, locale, label }: SceneInput) {
  assertStep(ID, step, STEPS);
  const compact = variant === 'compact';
  const fs = fontSize(variant);
  const full = series(seeds, DATASET, FULL, 2);
  const ambition = series(seeds, DATASET, AMBITION, 1);
  const pts = points(full, ambition);
  const mt = (f: Figure) => scaleTo(f.value!, f.unit, 'Mt');
  const val = (f: Figure) => formatValue(f.value!, f.unit, locale, { unit: 'Mt', bare: true });

  // The note band: as many lines as the longest step note needs, the same at every step so that the plot never moves.
  const left = compact ? 40 : 56;
  const noteChars = charsIn(size.width - left - 12, 12.5);
  const noteLines = Math.max(...Array.from({ length: STEPS }, (_, i) => wrap(label(`note${i + 1}`), noteChars).length));
  const noteLH = 15;
  const legendY = 14 + noteLines * noteLH + 6;
  // Two legend lines are reserved at every step (the second shows at step 4), then the axis title.
  const f = frame(size, variant, { top: legendY + 16 + 30 });
  const years = [...new Set(pts.map((p) => p.year))].sort((a, b) => a - b);
  const x = scalePoint<number>().domain(years).range([f.left, f.right]).padding(compact ? 0.3 : 0.4);
  const { top, ticks } = niceTop(Math.max(...pts.map((p) => mt(p.fig))), 1.12);
  const y = scaleLinear().domain([0, top]).range([f.bottom, f.top]);

  const marks: Mark[] = [];
  marks.push(...textBlock('note', left - 4, 14, label(`note${step}`), noteChars, noteLH, step === 4 ? 'm-label-strong' : 'm-note', { 'font-size': 12.5 }));
  // Legend: the full line from step 1, the ambition-based series from step 4.
  const sw = compact ? 18 : 24;
  marks.push(line('legend-full-swatch', left - 4, legendY - 4, left - 4 + sw, legendY - 4, 'm-line m-emission'));
  marks.push(text('legend-full', left + sw + 2, legendY, label('legendFull'), 'm-label', { 'font-size': fs.note }));
  if (step >= 4) {
    const y2 = legendY + 16;
    marks.push(line('legend-amb-swatch', left - 4, y2 - 4, left - 4 + sw, y2 - 4, 'm-line m-emission', { 'stroke-dasharray': '5 4', 'stroke-opacity': 0.6 }));
    marks.push(text('legend-amb', left + sw + 2, y2, label('legendAmbition'), 'm-label', { 'font-size': fs.note }));
  }
  marks.push(text('y-title', f.right, f.top - 10, label('axis'), 'm-note', { 'text-anchor': 'end' }));
  marks.push(...yGrid(y, ticks, f, (v) => formatNumber(v, locale)));
  for (const yr of years) marks.push(text(`xl-${yr}`, x(yr)!, f.bottom + 18, String(yr), 'm-tick', { 'text-anchor': 'middle' }));

  // From step 2, the 2019 (first-year) level of the full line as a dashed reference.
  if (step >= 2) {
    const yb = y(mt(full[0]!));
    marks.push(line('ref-base', x(years[0]!)!, yb, f.right, yb, 'm-leader', { 'stroke-dasharray': '3 3' }));
  }

  for (const s of [FULL, AMBITION] as const) {
    const shown = pts.filter((p) => p.series === s && step >= p.from);
    if (shown.length > 1) {
      const d = polyline(shown.map((p) => [x(p.year)!, y(mt(p.fig))] as [number, number]));
      marks.push(path(s === FULL ? 'line-full' : 'line-ambition', d, 'm-line m-emission', s === AMBITION ? { 'stroke-dasharray': '5 4', 'stroke-opacity': 0.6 } : {}));
    }
  }
  const shownFull = pts.filter((p) => p.series === FULL && step >= p.from);
  for (const p of pts) {
    if (step < p.from) continue;
    const px = x(p.year)!;
    const py = y(mt(p.fig));
    const focus = p.focus.includes(step);
    const isFull = p.series === FULL;
    marks.push(circle(p.key, px, py, compact ? 3.5 : 4.5, focus ? 'm-highlight' : isFull ? 'm-emission' : 'm-emission-soft'));
    // Value labels: from step 3 only the ends of each series (the rest is in the table); the full line's labels sit
    // above its points, the ambition-based ones below theirs (that series always runs under the full line).
    const i = (isFull ? shownFull : pts.filter((q) => q.series === AMBITION)).indexOf(p);
    const n = isFull ? shownFull.length : ambition.length;
    const showLabel = isFull ? step < 3 || i === 0 || i === n - 1 : i === 0 || i === n - 1;
    if (!showLabel) continue;
    // A full-line point lower than both neighbours (a dip) takes its label below, clear of the line.
    const prev = shownFull[i - 1];
    const next = shownFull[i + 1];
    const dip = isFull && prev !== undefined && next !== undefined && mt(p.fig) < mt(prev.fig) && mt(p.fig) < mt(next.fig);
    const below = !isFull || dip;
    marks.push(
      text(`val-${p.key}`, px, below ? py + fs.value + 6 : py - 10, val(p.fig), focus ? 'm-value m-value-highlight' : 'm-value', {
        'text-anchor': 'middle',
        'font-size': fs.value,
      }),
    );
  }
  // Step 3: the newest year's change, beside its point (left of it, since it is the rightmost point).
  if (step === 3) {
    const p = shownFull[shownFull.length - 1]!;
    const px = x(p.year)! - (compact ? 10 : 14);
    const py = y(mt(p.fig)) + 4;
    marks.push(text('change', px, py, label('change'), 'm-label-strong', { 'text-anchor': 'end', 'font-size': fs.label }));
  }
  // Step 4: the gap between the two totals in the newest year, as a bracket with its label left of it.
  if (step === 4) {
    const pf = shownFull[shownFull.length - 1]!;
    const pa = pts.filter((q) => q.series === AMBITION).at(-1)!;
    const bx = x(pf.year)! + (compact ? 8 : 10);
    marks.push(line('gap-bracket', bx, y(mt(pf.fig)), bx, y(mt(pa.fig)), 'm-leader'));
    // The gap's label under the ambition-based value, right-aligned on the bracket: clear of both lines.
    const gy = y(mt(pa.fig)) + 2 * fs.value + 26;
    marks.push(text('gap-label', bx, gy, label('gap'), 'm-label-strong', { 'text-anchor': 'end', 'font-size': fs.note }));
  }
  return { width: size.width, height: size.height, marks };
}

export const googleEmissions: ChartDef = {
  id: ID,
  chapter: 4,
  steps: STEPS,
  rows: () => ['google-emissions'],
  scene,
};
