/**
 * google-datacentre-electricity — electricity used by Google's data centres, in TWh a year, from the table of its
 * latest Environmental Report (2026 report, p. 93: series `dc-2026`, one vintage, primary). The values first published
 * in earlier reports (2020 via TechCrunch, 2023 "about 24", 2024 30.8) are rows without a series: notes and table only.
 *
 * Steps: 1 the first year of the table · 2 every year, the newest in focus, and its multiple of the first ·
 * 3 the yearly growth above each bar (series `dc-growth-2026`, derived) · 4 company-wide electricity (series
 * `company-2026`) as a dashed outline around the newest bar: data centres are almost all of it.
 *
 * Rule kept for every label: a value label sits at the height of the figure it prints (issue #10).
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { Figure } from '../../data/schemas';
import { formatNumber, formatValue, scaleTo } from '../../lib/format';
import { charsIn } from '../shared/textBox';
import { assertStep, type ChartDef, type Mark, type SceneInput } from '../shared/scene';
import { fontSize, frame, line, rect, text, textBlock, wrap, yGrid } from '../shared/marks';
import { atYear, niceTop, series, yearOf } from '../shared/series';

const ID = 'google-datacentre-electricity';
const DATASET = 'google-datacentre-electricity';
const STEPS = 4;

/** One bar: a year of the data-centre series, the step it appears at and the steps it is the focus of. */
interface Bar {
  year: string;
  fig: Figure;
  growth: Figure | undefined;
  from: number;
  focus: readonly number[];
}

/** The bar table: the first year from step 1, the others from step 2; the newest is the focus of steps 2 to 4. */
function bars(dc: readonly Figure[], growth: readonly Figure[]): Bar[] {
  const last = dc.length - 1;
  return dc.map((fig, i) => ({
    year: String(yearOf(fig.period)),
    fig,
    growth: atYear(growth, yearOf(fig.period)),
    from: i === 0 ? 1 : 2,
    focus: i === 0 ? [1] : i === last ? [2, 3, 4] : [],
  }));
}

function scene({ seeds, step, size, variant, locale, label }: SceneInput) {
  assertStep(ID, step, STEPS);
  const compact = variant === 'compact';
  const fs = fontSize(variant);
  const dc = series(seeds, DATASET, 'dc-2026', 2);
  const growth = series(seeds, DATASET, 'dc-growth-2026');
  const list = bars(dc, growth);
  const newest = list[list.length - 1]!;
  const company = atYear(series(seeds, DATASET, 'company-2026'), Number(newest.year));
  const twh = (f: Figure) => scaleTo(f.value!, f.unit, 'TWh');
  const fmt = (f: Figure) => formatValue(f.value!, f.unit, locale, { unit: 'TWh', bare: true });

  // The note band above the plot: as many lines as the longest note needs, the same at every step.
  const left = compact ? 40 : 56;
  const noteChars = charsIn(size.width - left - 12, 12.5);
  const noteLines = Math.max(...Array.from({ length: STEPS }, (_, i) => wrap(label(`note${i + 1}`), noteChars).length));
  const f = frame(size, variant, { top: 14 + noteLines * 15 + 34 });
  const x = scaleBand<string>().domain(list.map((b) => b.year)).range([f.left, f.right]).paddingInner(0.3).paddingOuter(0.15);
  const max = Math.max(...list.map((b) => twh(b.fig)), company ? twh(company) : 0);
  // Room above the tallest bar for its value and, at step 3, the growth label above that.
  const { top, ticks } = niceTop(max, 1.1);
  const y = scaleLinear().domain([0, top]).range([f.bottom, f.top]);
  const bw = x.bandwidth();
  const cx = (yr: string) => x(yr)! + bw / 2;

  const marks: Mark[] = [];
  marks.push(...textBlock('note', left - 4, 14, label(`note${step}`), noteChars, 15, 'm-note', { 'font-size': 12.5 }));
  marks.push(text('y-title', f.left - 4, f.top - 12, label('axis'), 'm-note'));
  marks.push(...yGrid(y, ticks, f, (v) => formatNumber(v, locale)));
  for (const b of list) marks.push(text(`xl-${b.year}`, cx(b.year), f.bottom + 18, b.year, 'm-tick', { 'text-anchor': 'middle' }));

  // Step 4: the company-wide total of the newest year, a dashed outline around its bar, labelled at its own height.
  const outline = step === 4 && company !== undefined;
  for (const b of list) {
    const shown = step >= b.from;
    const h = shown ? f.bottom - y(twh(b.fig)) : 0;
    const focus = b.focus.includes(step);
    const dim = step === 3 && !focus && b.growth === undefined;
    marks.push(rect(`bar-${b.year}`, x(b.year)!, f.bottom - h, bw, h, dim ? 'm-energy m-dim' : 'm-energy'));
    if (!shown) continue;
    // The newest bar's value gives way to the outline's label at step 4 (the outline sits just above the bar).
    if (!(outline && b === newest)) {
      marks.push(text(`val-${b.year}`, cx(b.year), y(twh(b.fig)) - 8, fmt(b.fig), focus ? 'm-value m-value-highlight' : 'm-value', { 'text-anchor': 'middle', 'font-size': fs.value }));
    }
    if (step === 3 && b.growth) {
      marks.push(
        text(`growth-${b.year}`, cx(b.year), y(twh(b.fig)) - 8 - fs.value - 6, formatValue(b.growth.value!, '%', locale, { signed: true }), focus ? 'm-label-strong' : 'm-label', {
          'text-anchor': 'middle',
          'font-size': fs.label,
        }),
      );
    }
  }
  // Step 2: the newest bar as a multiple of the first: the first level runs across, a bracket spans the rise.
  if (step === 2) {
    const first = list[0]!;
    const y0 = y(twh(first.fig));
    const y1 = y(twh(newest.fig));
    const bx = x(newest.year)! - 6;
    marks.push(line('ratio-leader', x(first.year)! + bw, y0, bx, y0, 'm-leader', { 'stroke-dasharray': '3 3' }));
    marks.push(line('ratio-bracket', bx, y0, bx, y1, 'm-leader'));
    // Near the top of the bracket, above the previous bar (the newest is the tallest, so that space is free).
    marks.push(text('ratio-label', bx - 6, y1 + fs.label + 2, label('ratio'), 'm-label-strong', { 'text-anchor': 'end', 'font-size': fs.label }));
  }
  if (outline) {
    const yt = y(twh(company!));
    const pad = compact ? 3 : 5;
    marks.push(rect('company-outline', x(newest.year)! - pad, yt, bw + 2 * pad, f.bottom - yt, 'm-leader', { 'stroke-dasharray': '4 3' }));
    marks.push(text('val-company', cx(newest.year), yt - 8, fmt(company!), 'm-value m-value-highlight', { 'text-anchor': 'middle', 'font-size': fs.value }));
    marks.push(text('company-label', x(newest.year)! - pad - 6, yt + 4, label(compact ? 'company-short' : 'company'), 'm-label', { 'text-anchor': 'end', 'font-size': fs.note }));
  }
  return { width: size.width, height: size.height, marks };
}

export const googleDatacentreElectricity: ChartDef = {
  id: ID,
  chapter: 4,
  steps: STEPS,
  rows: () => ['google-datacentre-electricity'],
  scene,
};
