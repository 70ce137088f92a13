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
import { formatValue, scaleTo } from '../../lib/format';
import { barY } from '../shared/bars';
import { defineChart, type SceneContext } from '../shared/context';
import type { Mark } from '../shared/scene';
import { axisTitle, line, rect, text, value, xLabels, yGrid } from '../shared/marks';
import { stateAt, valueClass } from '../shared/states';
import { atYear, niceTop, series, yearOf } from '../shared/series';

const ID = 'google-datacentre-electricity';
const DATASET = 'google-datacentre-electricity';

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

function draw(c: SceneContext): Mark[] {
  const { seeds, step, locale, label, fs } = c;
  const list = bars(series(seeds, DATASET, 'dc-2026', 2), series(seeds, DATASET, 'dc-growth-2026'));
  const newest = list[list.length - 1]!;
  const company = atYear(series(seeds, DATASET, 'company-2026'), Number(newest.year));
  const twh = (f: Figure) => scaleTo(f.value!, f.unit, 'TWh');
  const fmt = (f: Figure) => formatValue(f.value!, f.unit, locale, { unit: 'TWh', bare: true });

  const note = c.noteBand();
  const f = c.frame({ top: note.bottom + 34 });
  const x = scaleBand<string>().domain(list.map((b) => b.year)).range([f.left, f.right]).paddingInner(0.3).paddingOuter(0.15);
  // Room above the tallest bar for its value and, at step 3, the growth label above that.
  const { top, ticks } = niceTop(Math.max(...list.map((b) => twh(b.fig)), company ? twh(company) : 0), 1.1);
  const y = scaleLinear().domain([0, top]).range([f.bottom, f.top]);
  const bw = x.bandwidth();
  const cx = (yr: string) => x(yr)! + bw / 2;

  const marks: Mark[] = [...note.marks(), axisTitle('y-title', f, label('axis')), ...yGrid(y, ticks, f, (v) => c.num(v))];
  marks.push(...xLabels(list.map((b) => [b.year, cx(b.year)]), f));

  // Step 4: the company-wide total of the newest year, a dashed outline around its bar, labelled at its own height.
  const outline = step === 4 && company !== undefined;
  for (const b of list) {
    const st = { ...stateAt(b, step), dim: step === 3 && !b.focus.includes(step) && b.growth === undefined };
    // The newest bar's value gives way to the outline's label at step 4 (the outline sits just above the bar).
    const shownValue = outline && b === newest ? undefined : fmt(b.fig);
    marks.push(...barY({ key: b.year, x: x(b.year)!, width: bw, base: f.bottom, top: y(twh(b.fig)), cls: st.dim ? 'm-energy m-dim' : 'm-energy', st, value: shownValue, valueClass: valueClass({ focus: st.focus }), valueSize: fs.value, valueGap: 8 }));
    if (step === 3 && st.shown && b.growth) {
      const g = formatValue(b.growth.value!, '%', locale, { signed: true });
      marks.push(value(`growth-${b.year}`, cx(b.year), y(twh(b.fig)) - 8 - fs.value - 6, g, st.focus ? 'm-label-strong' : 'm-label', fs.label));
    }
  }
  // Step 2: the newest bar as a multiple of the first: the first level runs across, a bracket spans the rise.
  if (step === 2) {
    const first = list[0]!;
    const [y0, y1, bx] = [y(twh(first.fig)), y(twh(newest.fig)), x(newest.year)! - 6];
    marks.push(line('ratio-leader', x(first.year)! + bw, y0, bx, y0, 'm-leader', { 'stroke-dasharray': '3 3' }));
    marks.push(line('ratio-bracket', bx, y0, bx, y1, 'm-leader'));
    // Near the top of the bracket, above the previous bar (the newest is the tallest, so that space is free).
    marks.push(value('ratio-label', bx - 6, y1 + fs.label + 2, label('ratio'), 'm-label-strong', fs.label, 'end'));
  }
  if (outline) {
    const yt = y(twh(company!));
    const pad = c.byVariant(5, 3);
    marks.push(rect('company-outline', x(newest.year)! - pad, yt, bw + 2 * pad, f.bottom - yt, 'm-leader', { 'stroke-dasharray': '4 3' }));
    marks.push(value('val-company', cx(newest.year), yt - 8, fmt(company!), 'm-value m-value-highlight', fs.value));
    marks.push(value('company-label', x(newest.year)! - pad - 6, yt + 4, c.short('company'), 'm-label', fs.note, 'end'));
  }
  return marks;
}

export const googleDatacentreElectricity = defineChart({
  id: ID,
  chapter: 4,
  steps: 4,
  rows: () => [DATASET],
  draw,
});
