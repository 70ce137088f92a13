/**
 * datacentre-electricity — world data-centre electricity according to the IEA, in TWh a year. The main panel is ONE
 * report edition: the `kq-2026` series of `seeds/data/datacentre-electricity.csv` (Key Questions on Energy and AI,
 * April 2026: estimates 2023–2025 and the 2030 Base Case projection, which is drawn hollow and dashed). Figures made
 * by other methods or scopes stand apart, behind a divider, never joined to the series: the 2020 range of the IEA's
 * old tracking page (another method) and the 2022 figure of Electricity 2024 (which also counts crypto-currencies).
 * Sources: `iea-kq-2026`, `iea-dcn-page`, `iea-electricity-2024` (and `iea-commentary-2024`, `iea-energy-ai-2025` in
 * the words).
 *
 * Steps: 1 the series' estimates, the newest year in focus with its growth · 2 the 2030 projection and its ratio to
 * the newest year · 3 the 2020 range, another method, apart · 4 the 2022 figure, another scope, apart as well.
 *
 * Columns on a time axis (years spaced in proportion), domain and value axis from the data: a new year in the series
 * is a new CSV row, with no code change. From step 3 the main panel narrows to make room for the side panel; year and
 * value labels that would collide there are left out (the bars stay).
 */
import { scaleLinear } from 'd3-scale';
import type { Figure } from '../../data/schemas';
import { figure } from '../../data/seeds';
import { formatFigure } from '../../lib/format';
import { textWidth } from '../shared/textBox';
import { defineChart, type SceneContext } from '../shared/context';
import type { Mark } from '../shared/scene';
import { line, rect, text, textBlock, value, wrap, yGrid } from '../shared/marks';
import { stateAt, valueClass, type StepState } from '../shared/states';
import { niceTop, series, yearOf } from '../shared/series';

const ID = 'datacentre-electricity';
const DATASET = 'datacentre-electricity';
const SERIES = 'kq-2026';
const STEPS = 4;
/** Step from which the side panel of other methods and scopes is shown. */
const APART_FROM = 3;

/** A figure set apart (another method or scope), its label key and the step it appears (its focus step too). */
interface Apart extends StepState {
  key: string;
  fig: string;
  sub: string;
}
const APART: readonly Apart[] = [
  { key: 'old-method', fig: 'iea-dc-2020', sub: 'sub-old-method', from: 3, focus: [3] },
  { key: 'other-scope', fig: 'iea-dc-2022', sub: 'sub-other-scope', from: 4, focus: [4] },
];


function draw(c: SceneContext): Mark[] {
  const { seeds, step, label, locale, fs, byVariant } = c;
  // The top band holds the axis title and the step's note, so that the note never covers a mark.
  const f = c.frame({ left: 56, right: 20, top: 100, bottom: 40 }, { left: 40, right: 10, top: 100, bottom: 36 });
  const rows = series(seeds, DATASET, SERIES, 2);
  const measured = rows.filter((r) => r.kind !== 'projection');
  const newest = measured[measured.length - 1]!;
  const projection = rows.find((r) => r.kind === 'projection');
  const apart = APART.map((a) => ({ ...a, f: figure(seeds, a.fig) }));
  const sideOn = step >= APART_FROM;

  // Main panel; from step 3 its right part becomes the side panel, one slot per figure set apart.
  const sideW = byVariant(210, 120);
  const mainRight = sideOn ? f.right - sideW : f.right;
  // The side panel's place is fixed (marks not shown yet wait there, inside the frame, at zero height).
  const divX = f.right - sideW + byVariant(14, 8);
  const slotW = (f.right - divX) / APART.length;
  const years = rows.map((r) => yearOf(r.period));
  const pad = 0.6;
  const x = scaleLinear().domain([years[0]! - pad, years[years.length - 1]! + pad]).range([f.left, mainRight]);
  const perYear = (mainRight - f.left) / (years[years.length - 1]! - years[0]! + 2 * pad);
  const w = Math.min(byVariant(46, 26), perYear * 0.62);
  const max = Math.max(...rows.map((r) => r.value!), ...apart.map((a) => a.f.value ?? a.f.high!));
  const { top, ticks } = niceTop(max, 1.1, byVariant(5, 3));
  const y = scaleLinear().domain([0, top]).range([f.bottom, f.top]);
  const edge = byVariant(8, 4);

  const marks: Mark[] = [text('y-title', edge, fs.note + 4, label('axis'), 'm-note', { 'font-size': fs.note }), ...yGrid(y, ticks, f, (t) => c.num(t))];
  marks.push(...textBlock('note', edge, fs.note + 26, label(`note${step}`), byVariant(96, 56), fs.note + 4, 'm-note', { 'font-size': fs.note + byVariant(1, 0) }));

  // Value labels: with the unit on wide layouts, bare (the axis title gives TWh) on phones.
  const valueText = (r: Figure) => formatFigure(r, locale, byVariant({}, { bare: true }));
  const focusRow = step === 1 ? newest : step === 2 ? projection : undefined;
  // Which value labels are drawn: all while the panel is wide; on the narrowed panel, the newest year and the
  // projection only (the others would collide).
  const labelled = (r: Figure) => !sideOn || r === newest || r === projection;
  const shown = (r: Figure) => r.kind !== 'projection' || step >= 2;

  // Year labels, left to right, leaving out one that would touch the previous one kept (narrowed phone layout).
  let lastRight = -Infinity;
  for (const r of rows.filter(shown)) {
    const cx = x(yearOf(r.period));
    const half = textWidth(r.period, fs.tick) / 2;
    if (cx - half < lastRight + 4 && r !== newest && r !== projection) continue;
    marks.push(value(`xl-${r.id}`, cx, f.bottom + 18, r.period, 'm-tick', fs.tick));
    lastRight = cx + half;
  }

  for (const r of rows) {
    const isProj = r.kind === 'projection';
    const cx = x(yearOf(r.period));
    const h = shown(r) ? f.bottom - y(r.value!) : 0;
    const focus = r === focusRow;
    const cls = isProj ? 'm-projection' : focus ? 'm-highlight' : sideOn && r !== newest ? 'm-energy m-dim' : 'm-energy';
    marks.push(rect(`bar-${r.id}`, cx - w / 2, f.bottom - h, w, h, cls));
    if (!shown(r) || !labelled(r)) continue;
    const vy = y(r.value!) - 8;
    // The newest year carries its growth over the year above its value; the projection says it is one.
    const sub = r === newest ? c.short('growth') : isProj ? c.short('projection') : '';
    marks.push(value(`val-${r.id}`, cx, sub ? vy - fs.note - 4 : vy, (isProj ? '≈ ' : '') + valueText(r), valueClass({ focus }), fs.value));
    if (sub) marks.push(value(`sub-${r.id}`, cx, vy, sub, 'm-sub', fs.note));
  }

  // From the newest year to the projection: a dashed rise, labelled with their ratio.
  if (projection && step >= 2) {
    const c0 = x(yearOf(newest.period));
    const c1 = x(yearOf(projection.period));
    // The rise starts clear of the newest year's labels (they are wider than its bar), on the line joining the tops.
    const x0 = c0 + w / 2;
    const x1 = c1 - w / 2 - 4;
    const clear = c0 + Math.max(w / 2, textWidth(c.short('growth'), fs.note) / 2) + 6;
    const at = (xx: number) => y(newest.value!) + ((y(projection.value!) - y(newest.value!)) * (xx - x0)) / (x1 - x0);
    const start = Math.min(clear, (x0 + x1) / 2);
    marks.push(line('rise', start, at(start), x1, y(projection.value!), 'm-projection'));
    const [mx, my] = [(c0 + c1) / 2, (y(newest.value!) + y(projection.value!)) / 2];
    marks.push(text('rise-label', mx + byVariant(12, 6), my + 16, label('rise'), valueClass({ focus: step === 2 }), { 'font-size': fs.value }));
  }

  // Figures of another method or scope: in their own panel behind a divider, never joined to the series.
  if (sideOn) {
    marks.push(line('divider', divX, f.top - 4, divX, f.bottom + 24, 'm-axis', { 'stroke-dasharray': '3 3' }));
    marks.push(...textBlock('side-heading', (divX + f.right) / 2, f.top + 8, label('apart-heading'), byVariant(24, 14), fs.label + 2, 'm-label-strong', { 'text-anchor': 'middle', 'font-size': fs.label }));
  }
  apart.forEach((a, i) => {
    const st = stateAt(a, step);
    const cx = divX + slotW * (i + 0.5);
    const hi = a.f.value ?? a.f.high!;
    const lo = a.f.value !== undefined ? 0 : a.f.low!;
    const h = st.shown ? y(lo) - y(hi) : 0;
    const single = a.f.value !== undefined;
    marks.push(rect(`bar-${a.key}`, cx - w / 2, y(lo) - h, w, h, single ? 'm-estimate m-energy' : 'm-range', single ? { 'stroke-dasharray': '2 2' } : {}));
    if (!st.shown) return;
    // A range: its two ends are drawn as edges of the band.
    if (!single) for (const [end, v] of [['low', lo], ['high', hi]] as const) marks.push(line(`edge-${a.key}-${end}`, cx - w / 2, y(v), cx + w / 2, y(v), 'm-line m-energy'));
    // The caption stacks up from just above the bar, the value above it.
    const lh = fs.note + 3;
    const lines = wrap(c.short(a.sub), byVariant(16, 10));
    const subTop = y(hi) - 8 - (lines.length - 1) * lh;
    lines.forEach((l, j) => marks.push(value(`sub-${a.key}-${j}`, cx, subTop + j * lh, l, 'm-sub', fs.note)));
    marks.push(value(`val-${a.key}`, cx, subTop - lh - 2, valueText(a.f), valueClass(st), fs.value));
    marks.push(value(`xl-${a.key}`, cx, f.bottom + 18, a.f.period, 'm-tick', fs.tick));
  });
  return marks;
}

export const datacentreElectricity = defineChart({
  id: ID,
  chapter: 1,
  steps: STEPS,
  rows: () => [DATASET],
  draw,
});
