/**
 * offsets-vs-emissions — the three companies side by side: one year of emissions (the latest year published, each on
 * the basis the company states) against what their credit deals represent in tonnes, where tonnes are public.
 * Horizontal bars, one group per company (emissions, then credits), on one axis in millions of tonnes. Data: each
 * company's own line, read where the company's chapter reads it (one figure, one row: Microsoft
 * `microsoft-emissions` series `t1a` and `microsoft-removals` series `contracted-esr26`; Google `google-emissions`
 * series `ghgp-2026` and `google-removal` series `contracted-total`; Amazon `amazon-footprint` series `total`). Each
 * bar is the LAST row of its series, so a newer year is a new CSV row in that company's file, with no code change.
 * The axis top comes from the data.
 *
 * - Microsoft: 2026 fact sheet Table 1A; removal contracted during the fiscal year (2026 report), for delivery over
 *   decades: contracted, not delivered.
 * - Google: GHGP-aligned total (2026 report); total contracted carbon removal credits, cumulative (same report).
 * - Amazon: Amazon-defined footprint (2025 report); only dollars or shared volumes are public (LEAF Pará: a
 *   conditional pre-agreement for avoidance credits shared by six companies), so its share is drawn as unknown.
 * A bar is hollow when its figure is second-hand.
 *
 * Steps: 1 the three emission bars · 2 Microsoft's contracted removals · 3 Google's · 4 Amazon's unknown share of
 * avoidance credits · 5 the takeaway: credits do not lower the emission bars.
 */
import { scaleLinear } from 'd3-scale';
import type { Figure } from '../../data/schemas';
import { defineChart, type SceneContext } from '../shared/context';
import type { Mark } from '../shared/scene';
import { rect, text, textBlock, xGrid } from '../shared/marks';
import { textWidth } from '../shared/textBox';
import { niceTop, series, yearOf } from '../shared/series';

/** A line of a dataset: `[dataset, series]`. */
type Line = readonly [string, string];
/** Per company: its emissions line, its credits line (null: no public tonnes), the step its credits appear. */
const COMPANIES: readonly { key: string; emitted: Line; credit: Line | null; from: number }[] = [
  { key: 'ms', emitted: ['microsoft-emissions', 't1a'], credit: ['microsoft-removals', 'contracted-esr26'], from: 2 },
  { key: 'ggl', emitted: ['google-emissions', 'ghgp-2026'], credit: ['google-removal', 'contracted-total'], from: 3 },
  { key: 'amz', emitted: ['amazon-footprint', 'total'], credit: null, from: 4 },
];
/** The takeaway step: credits faded, the emission bars as they were. */
const TAKEAWAY = 5;

/** Hollow when the figure was read second-hand. */
const sourced = (f: Figure, cls: string) => (f.confidence === 'second-hand' ? `m-estimate ${cls}` : cls);

function draw(c: SceneContext): Mark[] {
  const { seeds, step, label, fs, mt, byVariant } = c;
  const f = c.frame({ left: 16, right: 24, top: 30, bottom: 46 }, { left: 12, right: 14, top: 30, bottom: 42 });
  // Notes sit above the bars; the bars share the rest.
  const gTop = f.top + byVariant(70, 80);
  const latest = ([dataset, key]: Line) => series(seeds, dataset, key).at(-1)!;
  const rows = COMPANIES.map((co) => ({ ...co, fe: latest(co.emitted), fc: co.credit ? latest(co.credit) : null }));
  const { top, ticks } = niceTop(Math.max(...rows.flatMap((r) => [mt(r.fe), ...(r.fc ? [mt(r.fc)] : [])])), 1.05, byVariant(5, 3));
  const x = scaleLinear().domain([0, top]).range([f.left, f.right]);
  const groupH = (f.bottom - gTop) / rows.length;
  const bh = byVariant(26, 22);
  const marks: Mark[] = [...xGrid(x, ticks, { ...f, top: gTop }, (v) => c.num(v))];
  marks.push(text('x-title', f.right, f.bottom + 34, label('axis'), 'm-note', { 'text-anchor': 'end' }));

  /** A value label right of a bar's end, or inside it (anchored at the end) when it would run out of the frame. */
  const barLabel = (key: string, end: number, yMid: number, content: string, cls: string) => {
    const outside = end + 6 + textWidth(content, fs.label) <= f.right;
    marks.push(text(key, outside ? end + 6 : end - 6, yMid + 5, content, cls, { 'text-anchor': outside ? 'start' : 'end', 'font-size': fs.label }));
  };

  rows.forEach((co, i) => {
    const g = gTop + i * groupH;
    // Steps 2–4 walk through the companies: those not reached yet are faded.
    const dim = step >= 2 && step < TAKEAWAY && co.from > step ? ' m-dim' : '';
    // Header: name left, basis right; the basis names the year from the data: « exercice 2025, tableau 1A ».
    marks.push(text(`name-${co.key}`, f.left, g + 14, label(`name-${co.key}`), `m-label-strong${dim}`, { 'font-size': fs.label }));
    const basis = `${[label(`period-${co.key}`), String(yearOf(co.fe.period))].filter(Boolean).join(' ')}, ${c.short(`basis-${co.key}`)}`;
    marks.push(text(`basis-${co.key}`, f.right, g + 14, basis, `m-note${dim}`, { 'text-anchor': 'end' }));
    // Emissions.
    const ye = g + 22;
    marks.push(rect(`emit-${co.key}`, f.left, ye, x(mt(co.fe)) - f.left, bh, `${sourced(co.fe, 'm-emission')}${dim}`));
    barLabel(`emit-val-${co.key}`, x(mt(co.fe)), ye + bh / 2, label(`emit-${co.key}`), `m-value${dim}`);
    // Credits: a bar where tonnes are public, an explicit unknown otherwise.
    const yc = ye + bh + 5;
    const shown = step >= co.from;
    const creditDim = step === TAKEAWAY ? ' m-dim' : '';
    const creditCls = `${step === co.from ? 'm-label-strong' : 'm-label'}${creditDim}`;
    if (co.fc) {
      const w = shown ? x(mt(co.fc)) - f.left : 0;
      marks.push(rect(`credit-${co.key}`, f.left, yc, w, bh, `${sourced(co.fc, 'm-credit')}${creditDim}`));
      if (shown) barLabel(`credit-val-${co.key}`, f.left + w, yc + bh / 2, c.short(`credit-${co.key}`), creditCls);
    } else if (shown) {
      marks.push(text(`credit-unknown-${co.key}`, f.left + 4, yc + bh / 2 + 6, '?', `m-label-strong${creditDim}`, { 'font-size': fs.value + 4 }));
      marks.push(text(`credit-val-${co.key}`, f.left + 22, yc + bh / 2 + 5, c.short(`credit-${co.key}`), creditCls, { 'font-size': fs.label }));
    }
  });

  marks.push(...textBlock('note', f.left, f.top + 4, label(`note${step}`), byVariant(88, 50), 15, step === TAKEAWAY ? 'm-label-strong' : 'm-note'));
  return marks;
}

export const offsetsVsEmissions = defineChart({
  id: 'offsets-vs-emissions',
  chapter: 5,
  steps: TAKEAWAY,
  rows: (seeds) => [
    ...COMPANIES.flatMap((co) => [co.emitted, ...(co.credit ? [co.credit] : [])].map(([d, k]) => series(seeds, d, k).at(-1)!.id)),
    'btg-tig-credits',
    'leaf-para-credits',
    'leaf-para-corporate-credits',
  ],
  draw,
});
