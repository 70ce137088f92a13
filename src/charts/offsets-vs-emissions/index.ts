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
import { formatNumber, scaleTo } from '../../lib/format';
import { assertStep, type ChartDef, type Mark, type SceneInput } from '../shared/scene';
import { fontSize, frame, rect, text, textBlock, xGrid } from '../shared/marks';
import { textWidth } from '../shared/textBox';
import { niceTop, series, yearOf } from '../shared/series';

const ID = 'offsets-vs-emissions';
const STEPS = 5;
/** A line of a dataset: `[dataset, series]`. */
type Line = readonly [string, string];
/** Per company: its emissions line, its credits line (null: no public tonnes), the step its credits appear. */
const COMPANIES: readonly { key: string; emitted: Line; credit: Line | null; from: number }[] = [
  { key: 'ms', emitted: ['microsoft-emissions', 't1a'], credit: ['microsoft-removals', 'contracted-esr26'], from: 2 },
  { key: 'ggl', emitted: ['google-emissions', 'ghgp-2026'], credit: ['google-removal', 'contracted-total'], from: 3 },
  { key: 'amz', emitted: ['amazon-footprint', 'total'], credit: null, from: 4 },
];

/** Hollow when the figure was read second-hand. */
const sourced = (f: Figure, cls: string) => (f.confidence === 'second-hand' ? `m-estimate ${cls}` : cls);

function scene({ seeds, step, size, variant, locale, label }: SceneInput) {
  assertStep(ID, step, STEPS);
  const compact = variant === 'compact';
  const fs = fontSize(variant);
  const f = frame(size, variant, compact ? { left: 12, right: 14, top: 30, bottom: 42 } : { left: 16, right: 24, top: 30, bottom: 46 });
  // Notes sit above the bars; the bars share the rest.
  const gTop = f.top + (compact ? 80 : 70);
  const bars = { ...f, top: gTop, height: f.bottom - gTop };
  const latest = ([dataset, key]: Line) => series(seeds, dataset, key).at(-1)!;
  const rows = COMPANIES.map((c) => ({ ...c, fe: latest(c.emitted), fc: c.credit ? latest(c.credit) : null }));
  const mt = (f: Figure) => scaleTo(f.value!, f.unit, 'Mt');
  const { top, ticks } = niceTop(Math.max(...rows.flatMap((r) => [mt(r.fe), ...(r.fc ? [mt(r.fc)] : [])])), 1.05, compact ? 3 : 5);
  const x = scaleLinear().domain([0, top]).range([f.left, f.right]);
  const groupH = bars.height / rows.length;
  const bh = compact ? 22 : 26;
  const marks: Mark[] = [];
  marks.push(...xGrid(x, ticks, bars, (v) => formatNumber(v, locale)));
  marks.push(text('x-title', f.right, f.bottom + 34, label('axis'), 'm-note', { 'text-anchor': 'end' }));

  /** A value label right of a bar's end, or inside it (anchored at the end) when it would run out of the frame. */
  const barLabel = (key: string, end: number, yMid: number, content: string, cls: string) => {
    const outside = end + 6 + textWidth(content, fs.label) <= f.right;
    marks.push(
      text(key, outside ? end + 6 : end - 6, yMid + 5, content, cls, { 'text-anchor': outside ? 'start' : 'end', 'font-size': fs.label }),
    );
  };

  rows.forEach((c, i) => {
    const g = gTop + i * groupH;
    // Steps 2–4 walk through the companies: those not reached yet are faded.
    const dim = step >= 2 && step <= 4 && c.from > step ? ' m-dim' : '';
    // Header: name left, basis right.
    marks.push(text(`name-${c.key}`, f.left, g + 14, label(`name-${c.key}`), `m-label-strong${dim}`, { 'font-size': fs.label }));
    // The basis names the year from the data: « exercice 2025, tableau 1A ».
    const basis = `${[label(`period-${c.key}`), String(yearOf(c.fe.period))].filter(Boolean).join(' ')}, ${label(`basis-${c.key}${compact ? '-short' : ''}`)}`;
    marks.push(text(`basis-${c.key}`, f.right, g + 14, basis, `m-note${dim}`, { 'text-anchor': 'end' }));
    // Emissions.
    const fe = c.fe;
    const ve = mt(fe);
    const ye = g + 22;
    marks.push(rect(`emit-${c.key}`, f.left, ye, x(ve) - f.left, bh, `${sourced(fe, 'm-emission')}${dim}`));
    barLabel(`emit-val-${c.key}`, x(ve), ye + bh / 2, label(`emit-${c.key}`), `m-value${dim}`);
    // Credits: a bar where tonnes are public, an explicit unknown otherwise.
    const yc = ye + bh + 5;
    const shown = step >= c.from;
    const creditDim = step === 5 ? ' m-dim' : '';
    if (c.fc) {
      const fc = c.fc;
      const w = shown ? x(mt(fc)) - f.left : 0;
      marks.push(rect(`credit-${c.key}`, f.left, yc, w, bh, `${sourced(fc, 'm-credit')}${creditDim}`));
      if (shown) {
        barLabel(`credit-val-${c.key}`, f.left + w, yc + bh / 2, label(`credit-${c.key}${compact ? '-short' : ''}`), `${step === c.from ? 'm-label-strong' : 'm-label'}${creditDim}`);
      }
    } else if (shown) {
      marks.push(text(`credit-unknown-${c.key}`, f.left + 4, yc + bh / 2 + 6, '?', `m-label-strong${creditDim}`, { 'font-size': fs.value + 4 }));
      marks.push(text(`credit-val-${c.key}`, f.left + 22, yc + bh / 2 + 5, label(`credit-${c.key}${compact ? '-short' : ''}`), `${step === c.from ? 'm-label-strong' : 'm-label'}${creditDim}`, { 'font-size': fs.label }));
    }
  });

  marks.push(...textBlock('note', f.left, f.top + 4, label(`note${step}`), compact ? 50 : 88, 15, step === 5 ? 'm-label-strong' : 'm-note'));
  return { width: size.width, height: size.height, marks };
}

export const offsetsVsEmissions: ChartDef = {
  id: ID,
  chapter: 5,
  steps: STEPS,
  rows: (seeds) => [
    ...COMPANIES.flatMap((c) => [c.emitted, ...(c.credit ? [c.credit] : [])].map(([d, k]) => series(seeds, d, k).at(-1)!.id)),
    'btg-tig-credits',
    'leaf-para-credits',
    'leaf-para-corporate-credits',
  ],
  scene,
};
