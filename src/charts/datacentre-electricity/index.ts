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
import { formatFigure, formatNumber } from '../../lib/format';
import { textWidth } from '../shared/textBox';
import { assertStep, px, type ChartDef, type Mark, type SceneInput } from '../shared/scene';
import { fontSize, frame, line, rect, text, textBlock } from '../shared/marks';
import { niceTop, series, yearOf } from '../shared/series';

const ID = 'datacentre-electricity';
const DATASET = 'datacentre-electricity';
const SERIES = 'kq-2026';
const STEPS = 4;
/** Step from which the side panel of other methods and scopes is shown. */
const APART_FROM = 3;

/** A figure set apart (another method or scope), its label key and the step it appears. */
interface Apart {
  key: string;
  fig: string;
  sub: string;
  from: number;
}
const APART: readonly Apart[] = [
  { key: 'old-method', fig: 'iea-dc-2020', sub: 'sub-old-method', from: 3 },
  { key: 'other-scope', fig: 'iea-dc-2022', sub: 'sub-other-scope', from: 4 },
];


function scene({ seeds, step, size, variant, locale, label }: SceneInput) {
  assertStep(ID, step, STEPS);
  const compact = variant === 'compact';
  const fs = fontSize(variant);
  // The top band holds the axis title and the step's note, so that the note never covers a mark.
  const f = frame(size, variant, compact ? { left: 40, right: 10, top: 100, bottom: 36 } : { left: 56, right: 20, top: 100, bottom: 40 });
  const rows = series(seeds, DATASET, SERIES, 2);
  const measured = rows.filter((r) => r.kind !== 'projection');
  const newest = measured[measured.length - 1]!;
  const projection = rows.find((r) => r.kind === 'projection');
  const apart = APART.map((a) => ({ ...a, f: figure(seeds, a.fig) }));
  const sideOn = step >= APART_FROM;

  // Main panel; from step 3 its right part becomes the side panel, one slot per figure set apart.
  const sideW = compact ? 120 : 210;
  const mainRight = sideOn ? f.right - sideW : f.right;
  // The side panel's place is fixed (marks not shown yet wait there, inside the frame, at zero height).
  const divX = f.right - sideW + (compact ? 8 : 14);
  const slotW = (f.right - divX) / APART.length;
  const slotX = (i: number) => divX + slotW * (i + 0.5);
  const years = rows.map((r) => yearOf(r.period));
  const pad = 0.6;
  const x = scaleLinear().domain([years[0]! - pad, years[years.length - 1]! + pad]).range([f.left, mainRight]);
  const perYear = (mainRight - f.left) / (years[years.length - 1]! - years[0]! + 2 * pad);
  const w = Math.min(compact ? 26 : 46, perYear * 0.62);
  const max = Math.max(...rows.map((r) => r.value!), ...apart.map((a) => a.f.value ?? a.f.high!));
  const { top, ticks } = niceTop(max, 1.1, compact ? 3 : 5);
  const y = scaleLinear().domain([0, top]).range([f.bottom, f.top]);
  const marks: Mark[] = [];

  marks.push(text('y-title', compact ? 4 : 8, fs.note + 4, label('axis'), 'm-note', { 'font-size': fs.note }));
  for (const t of ticks) {
    marks.push(line(`y-grid-${t}`, f.left, y(t), f.right, y(t), t === 0 ? 'm-axis' : 'm-grid'));
    marks.push(text(`y-tick-${t}`, f.left - 6, y(t) + 4, formatNumber(t, locale), 'm-tick', { 'text-anchor': 'end', 'font-size': fs.tick }));
  }
  marks.push(...textBlock('note', compact ? 4 : 8, fs.note + 26, label(`note${step}`), compact ? 56 : 96, fs.note + 4, 'm-note', { 'font-size': fs.note + (compact ? 0 : 1) }));

  // Value labels: with the unit on wide layouts, bare (the axis title gives TWh) on phones.
  const valueText = (r: Figure) => formatFigure(r, locale, compact ? { bare: true } : {});
  const valueCls = (focus: boolean) => (focus ? 'm-value m-value-highlight' : 'm-value');
  const focusRow = step === 1 ? newest : step === 2 ? projection : undefined;
  // Which value labels are drawn: all while the panel is wide; on the narrowed panel, the newest year and the
  // projection only (the others would collide).
  const labelled = (r: Figure) => !sideOn || r === newest || r === projection;

  // Year labels, left to right, leaving out one that would touch the previous one kept (narrowed phone layout).
  let lastRight = -Infinity;
  for (const r of rows) {
    const shown = r.kind !== 'projection' || step >= 2;
    if (!shown) continue;
    const cx = x(yearOf(r.period));
    const half = textWidth(r.period, fs.tick) / 2;
    if (cx - half < lastRight + 4 && r !== newest && r !== projection) continue;
    marks.push(text(`xl-${r.id}`, cx, f.bottom + 18, r.period, 'm-tick', { 'text-anchor': 'middle', 'font-size': fs.tick }));
    lastRight = cx + half;
  }

  for (const r of rows) {
    const isProj = r.kind === 'projection';
    const shown = !isProj || step >= 2;
    const cx = x(yearOf(r.period));
    const h = shown ? f.bottom - y(r.value!) : 0;
    const focus = r === focusRow;
    const cls = isProj ? 'm-projection' : focus ? 'm-highlight' : sideOn && r !== newest ? 'm-energy m-dim' : 'm-energy';
    marks.push(rect(`bar-${r.id}`, cx - w / 2, f.bottom - h, w, h, cls));
    if (!shown || !labelled(r)) continue;
    const vy = y(r.value!) - 8;
    // The newest year carries its growth over the year above its value; the projection says it is one.
    const sub = r === newest ? label(compact ? 'growth-short' : 'growth') : isProj ? label(compact ? 'projection-short' : 'projection') : '';
    if (sub) {
      marks.push(text(`val-${r.id}`, cx, vy - fs.note - 4, (isProj ? '≈ ' : '') + valueText(r), valueCls(focus), { 'text-anchor': 'middle', 'font-size': fs.value }));
      marks.push(text(`sub-${r.id}`, cx, vy, sub, 'm-sub', { 'text-anchor': 'middle', 'font-size': fs.note }));
    } else {
      marks.push(text(`val-${r.id}`, cx, vy, valueText(r), valueCls(focus), { 'text-anchor': 'middle', 'font-size': fs.value }));
    }
  }

  // From the newest year to the projection: a dashed rise, labelled with their ratio.
  if (projection && step >= 2) {
    const c0 = x(yearOf(newest.period));
    const c1 = x(yearOf(projection.period));
    // The rise starts clear of the newest year's labels (they are wider than its bar), on the line joining the tops.
    const x0 = c0 + w / 2;
    const x1 = c1 - w / 2 - 4;
    const clear = c0 + Math.max(w / 2, textWidth(label(compact ? 'growth-short' : 'growth'), fs.note) / 2) + 6;
    const at = (xx: number) => y(newest.value!) + ((y(projection.value!) - y(newest.value!)) * (xx - x0)) / (x1 - x0);
    const start = Math.min(clear, (x0 + x1) / 2);
    marks.push(line('rise', start, at(start), x1, y(projection.value!), 'm-projection'));
    const mx = (c0 + c1) / 2;
    const my = (y(newest.value!) + y(projection.value!)) / 2;
    marks.push(text('rise-label', mx + (compact ? 6 : 12), my + 16, label('rise'), step === 2 ? 'm-value m-value-highlight' : 'm-value', { 'font-size': fs.value }));
  }

  // Figures of another method or scope: in their own panel behind a divider, never joined to the series.
  if (sideOn) {
    marks.push(line('divider', divX, f.top - 4, divX, f.bottom + 24, 'm-axis', { 'stroke-dasharray': '3 3' }));
    marks.push(...textBlock('side-heading', (divX + f.right) / 2, f.top + 8, label('apart-heading'), compact ? 14 : 24, fs.label + 2, 'm-label-strong', { 'text-anchor': 'middle', 'font-size': fs.label }));
  }
  apart.forEach((a, i) => {
    const shown = step >= a.from;
    const cx = slotX(i);
    const hi = a.f.value ?? a.f.high!;
    const lo = a.f.value !== undefined ? 0 : a.f.low!;
    const h = shown ? y(lo) - y(hi) : 0;
    const cls = a.f.value !== undefined ? 'm-estimate m-energy' : 'm-range';
    marks.push(rect(`bar-${a.key}`, cx - w / 2, y(lo) - h, w, h, cls, a.f.value !== undefined ? { 'stroke-dasharray': '2 2' } : {}));
    if (!shown) return;
    if (a.f.value === undefined) {
      // A range: its two ends are drawn as edges of the band.
      marks.push(line(`edge-${a.key}-low`, cx - w / 2, y(lo), cx + w / 2, y(lo), 'm-line m-energy'));
      marks.push(line(`edge-${a.key}-high`, cx - w / 2, y(hi), cx + w / 2, y(hi), 'm-line m-energy'));
    }
    const subLines = textBlock(`sub-${a.key}`, cx, 0, label(compact ? `${a.sub}-short` : a.sub), compact ? 10 : 16, fs.note + 3, 'm-sub', { 'text-anchor': 'middle', 'font-size': fs.note });
    const lh = fs.note + 3;
    const subTop = y(hi) - 8 - (subLines.length - 1) * lh;
    subLines.forEach((m, j) => marks.push({ ...m, attrs: { ...m.attrs, y: px(subTop + j * lh) } }));
    marks.push(text(`val-${a.key}`, cx, subTop - lh - 2, valueText(a.f), valueCls(step === a.from), { 'text-anchor': 'middle', 'font-size': fs.value }));
    marks.push(text(`xl-${a.key}`, cx, f.bottom + 18, a.f.period, 'm-tick', { 'text-anchor': 'middle', 'font-size': fs.tick }));
  });
  return { width: size.width, height: size.height, marks };
}

export const datacentreElectricity: ChartDef = {
  id: ID,
  chapter: 1,
  steps: STEPS,
  rows: () => ['datacentre-electricity'],
  scene,
};
