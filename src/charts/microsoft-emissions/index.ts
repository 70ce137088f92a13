/**
 * microsoft-emissions — Microsoft's total emissions per fiscal year from the FY2020 baseline to the newest year, on
 * one basis: the newest data fact sheet as a whole, Table 1A (GHG Protocol inventory: Scope 1 + 2 market-based + 3),
 * in Mt CO2e (series `t1a` of `seeds/data/microsoft-emissions.csv`); then the 2030 Scope 3 target, computed from rows
 * (`ms26-s3-target-2030`: FY2020 Scope 3 under management's criteria × (1 − the cut)), drawn apart on the right.
 * Source: Microsoft 2026 Environmental Sustainability Report Data Fact Sheet (`ms-factsheet-2026`).
 *
 * Steps: 1 the baseline (first year of the line) · 2 every year up to the one before the newest (rise, then a dip) ·
 * 3 the newest year, highlighted · 4 the 2030 Scope 3 target.
 *
 * Data → states → marks: the bars are the rows of one series in period order; each row's first step and focus steps
 * come from its place in the line (`barStates`), the y axis from the largest value shown in the chart (`niceTop`). A
 * new year in the CSV is a new bar, with no code change.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { figure } from '../../data/seeds';
import type { Figure } from '../../data/schemas';
import { barY } from '../shared/bars';
import { defineChart, type SceneContext } from '../shared/context';
import type { Mark } from '../shared/scene';
import { stateAt } from '../shared/states';
import { charsIn } from '../shared/textBox';
import { axisTitle, fontSize, frame, line, rect, text, textBlock, wrap, yGrid } from '../shared/marks';
import { niceTop, series, yearOf } from '../shared/series';

const ID = 'microsoft-emissions';
const STEPS = 4;
const DATASET = 'microsoft-emissions';
/** The line: one report vintage, all years (series key in the CSV). */
const LINE = 't1a';
/** The 2030 Scope 3 level, derived from the baseline and the target cut. */
const TARGET = 'ms26-s3-target-2030';

/** One bar: its row, the step it appears at, and the steps where it is highlighted. */
export interface BarState {
  fig: Figure;
  key: string;
  from: number;
  focus: readonly number[];
}

/**
 * The bars' states from the line's rows (period order): the baseline from step 1 (focus 1), the middle years from
 * step 2 (the year before the newest is step 2's focus), the newest year from step 3 (focus 3).
 * @throws Error when the line has fewer than 3 years (the story needs a baseline, a middle and a newest year)
 */
export function barStates(rows: readonly Figure[]): BarState[] {
  const n = rows.length;
  if (n < 3) throw new Error(`${ID}: the line needs at least 3 years, got ${n}`);
  return rows.map((fig, i) => ({
    fig,
    key: fig.period.toLowerCase(),
    from: i === 0 ? 1 : i < n - 1 ? 2 : 3,
    focus: i === 0 ? [1] : i === n - 2 ? [2] : i === n - 1 ? [3] : [],
  }));
}

function draw(c: SceneContext): Mark[] {
  const { seeds, step, label, compact, fs, mt, mtText, short } = c;
  // Notes sit above the plot (up to 3 lines on phones), the axis title just above the plot.
  const f = c.frame({ top: 74 }, { top: 92 });
  const bars = barStates(series(seeds, DATASET, LINE, 3));
  const target = figure(seeds, TARGET);
  const level = mt(target);

  // The target stands apart on the right, in a column wide enough for its label (no label over a bar).
  const targetW = c.byVariant(112, 66);
  const x = scaleBand<string>()
    .domain(bars.map((b) => b.key))
    .range([f.left, f.right - targetW - c.byVariant(12, 6)])
    .paddingInner(0.28)
    .paddingOuter(0.15);
  const bw = x.bandwidth();
  const tx = f.right - targetW / 2;
  const { top, ticks } = niceTop(Math.max(...bars.map((b) => mt(b.fig)), level));
  const y = scaleLinear().domain([0, top]).range([f.bottom, f.top]);

  const marks: Mark[] = [axisTitle('y-title', f, label('axis')), ...yGrid(y, ticks, f, (v) => c.num(v))];
  for (const b of bars) {
    const st = stateAt(b, step);
    const [cls, category] = [st.focus ? 'm-highlight' : 'm-emission', String(yearOf(b.fig.period))];
    marks.push(...barY({ key: b.key, x: x(b.key)!, width: bw, base: f.bottom, top: y(mt(b.fig)), cls, st, value: mtText(b.fig), valueSize: fs.value, category, categoryWhileHidden: true }));
  }
  // Baseline reference line from step 2 on: how far above the first year each year is.
  const base = y(mt(bars[0]!.fig));
  if (step >= 2) {
    marks.push(line('baseline', f.left, base, f.right, base, 'm-target', { 'stroke-dasharray': '3 3' }));
    // Above the line, right-aligned in the target column, which stays free at that height.
    marks.push(text('baseline-label', f.right, base - 6, short('baseline'), 'm-note', { 'text-anchor': 'end' }));
  }
  marks.push(...textBlock('note', c.byVariant(f.left - 40, 8), 16, label(`note${step}`), c.byVariant(80, 50), 15));

  // The 2030 target: a dashed outline at its level, step 4 only, with its label stacked above it in its column.
  const targetH = step === 4 ? f.bottom - y(level) : 0;
  marks.push(rect('bar-2030', tx - bw / 2, f.bottom - targetH, bw, targetH, 'm-target'));
  marks.push(text('xl-2030', tx, f.bottom + 18, String(yearOf(target.period)), 'm-tick', { 'text-anchor': 'middle' }));
  if (step === 4) {
    // The level is computed from two sourced figures (FY2020 Scope 3 × (1 − the cut)): "at most", hence ≤.
    const valueY = y(level) - 8;
    marks.push(text('target-value', tx, valueY, `≤\u00a0${mtText(target)}`, 'm-value', { 'text-anchor': 'middle', 'font-size': fs.value }));
    const lines = wrap(label('target'), charsIn(targetW, fs.label));
    lines.forEach((l, i) => {
      const yy = valueY - fs.value - 2 - (lines.length - 1 - i) * (fs.label + 2);
      marks.push(text(`target-label-${i}`, tx, yy, l, 'm-label-strong', { 'text-anchor': 'middle', 'font-size': fs.label }));
    });
  }
  return marks;
}

export const microsoftEmissions = defineChart({
  id: ID,
  chapter: 2,
  steps: STEPS,
  rows: (seeds) => [
    ...series(seeds, DATASET, LINE).map((r) => r.id),
    ...series(seeds, DATASET, 't1b').map((r) => r.id),
    'ms26-s1-fy2025',
    'ms26-s2mb-fy2024',
    'ms26-s2mb-fy2025',
    'ms26-s3-t1a-fy2025',
    'ms26-s3-t1b-fy2020',
    'ms26-s3-t1b-fy2025',
    'ms26-t1a-fy2023-vs-fy2020',
    'ms26-t1a-fy2024-vs-fy2020',
    'ms26-t1a-fy2024-vs-fy2023',
    'ms26-t1a-fy2025-vs-fy2024',
    'ms26-t1a-fy2025-vs-fy2020',
    'ms26-t1b-fy2025-vs-fy2024',
    'ms26-t1b-fy2025-vs-fy2020',
    'ms26-s2mb-fy2025-vs-fy2024',
    'ms26-s3-t1b-fy2025-vs-fy2020',
    'ms-target-2030-scope3-cut',
    TARGET,
    'ms-target-2030-carbon-negative',
    // As first published in earlier sheets (not on the line): 2025 sheet, then 2024 sheet.
    'ms-t1a-fy2020',
    'ms-t1a-fy2023',
    'ms-t1a-fy2024',
    'ms-t1b-fy2020',
    'ms-t1b-fy2024',
    'ms-t1b-fy2024-vs-fy2020',
    'ms-t1a-fy2023-2024sheet',
    'ms-t1b-fy2023-2024sheet',
    'ms-t1b-fy2020-2024sheet',
    'ms-headline-fy2023-vs-fy2020',
  ],
  draw,
});
