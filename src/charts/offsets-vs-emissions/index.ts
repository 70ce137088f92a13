/**
 * offsets-vs-emissions — the three companies side by side: one year of emissions (latest year, each on the basis the
 * company states) against what their credit deals represent in tonnes, where tonnes are public. Horizontal bars, one
 * group per company (emissions, then credits), on one axis in millions of tonnes.
 *
 * - Microsoft: FY2024, 2025 fact sheet Table 1A; removal contracted during FY2024 (Table 5), for delivery over many
 *   years: contracted, not delivered.
 * - Google: 2024 full total (2025 report, second-hand); removal contracted to date (cumulative, second-hand).
 * - Amazon: 2024, Amazon-defined footprint (second-hand); only dollars or shared volumes are public (LEAF Pará:
 *   avoidance credits shared by six companies), so its share is drawn as unknown, with no tonnes.
 *
 * Steps: 1 the three emission bars · 2 Microsoft's contracted removals · 3 Google's · 4 Amazon's unknown share of
 * avoidance credits · 5 the takeaway: credits do not lower the emission bars.
 */
import { scaleLinear } from 'd3-scale';
import { figure } from '../../data/seeds';
import { formatNumber, formatValue, scaleTo } from '../../lib/format';
import { assertStep, type ChartDef, type Mark, type SceneInput } from '../shared/scene';
import { fontSize, frame, rect, text, textBlock, xGrid } from '../shared/marks';

const ID = 'offsets-vs-emissions';
const STEPS = 5;
/** Per company: emissions id and class (hollow when second-hand), credits id (null: no public tonnes), its step. */
const COMPANIES = [
  { key: 'ms', emitted: 'ms-t1a-fy2024', emittedCls: 'm-emission', credit: 'ms-removal-contracted-fy2024', creditCls: 'm-credit', step: 2 },
  { key: 'ggl', emitted: 'ggl-total-2024', emittedCls: 'm-estimate m-emission', credit: 'ggl-cdr-tonnes-to-date', creditCls: 'm-estimate m-credit', step: 3 },
  { key: 'amz', emitted: 'amz-total-2024', emittedCls: 'm-estimate m-emission', credit: null, creditCls: '', step: 4 },
] as const;
/** X domain in Mt. */
const X_MAX = 80;

function scene({ seeds, step, size, variant, locale, label }: SceneInput) {
  assertStep(ID, step, STEPS);
  const compact = variant === 'compact';
  const fs = fontSize(variant);
  const f = frame(size, variant, compact ? { left: 12, right: 14, top: 30, bottom: 42 } : { left: 16, right: 24, top: 30, bottom: 46 });
  // Notes sit above the bars; the bars share the rest.
  const gTop = f.top + (compact ? 80 : 70);
  const bars = { ...f, top: gTop, height: f.bottom - gTop };
  const x = scaleLinear().domain([0, X_MAX]).range([f.left, f.right]);
  const groupH = bars.height / COMPANIES.length;
  const bh = compact ? 22 : 26;
  const charW = fs.label * 0.56;
  const marks: Mark[] = [];
  const ticks = [0, 20, 40, 60, 80];
  marks.push(...xGrid(x, ticks, bars, (v) => formatNumber(v, locale)));
  marks.push(text('x-title', f.right, f.bottom + 34, label('axis'), 'm-note', { 'text-anchor': 'end' }));

  /** A value label right of a bar's end, or inside it (anchored at the end) when it would run out of the frame. */
  const barLabel = (key: string, end: number, yMid: number, content: string, cls: string) => {
    const outside = end + 6 + content.length * charW <= f.right;
    marks.push(
      text(key, outside ? end + 6 : end - 6, yMid + 5, content, cls, { 'text-anchor': outside ? 'start' : 'end', 'font-size': fs.label }),
    );
  };

  COMPANIES.forEach((c, i) => {
    const g = gTop + i * groupH;
    // Steps 2–4 walk through the companies: those not reached yet are faded.
    const dim = step >= 2 && step <= 4 && c.step > step ? ' m-dim' : '';
    // Header: name left, basis right.
    marks.push(text(`name-${c.key}`, f.left, g + 14, label(`name-${c.key}`), `m-label-strong${dim}`, { 'font-size': fs.label }));
    marks.push(text(`basis-${c.key}`, f.right, g + 14, label(`basis-${c.key}${compact ? '-short' : ''}`), `m-note${dim}`, { 'text-anchor': 'end' }));
    // Emissions.
    const fe = figure(seeds, c.emitted);
    const ve = scaleTo(fe.value!, fe.unit, 'Mt');
    const ye = g + 22;
    marks.push(rect(`emit-${c.key}`, f.left, ye, x(ve) - f.left, bh, `${c.emittedCls}${dim}`));
    barLabel(`emit-val-${c.key}`, x(ve), ye + bh / 2, label(`emit-${c.key}`), `m-value${dim}`);
    // Credits: a bar where tonnes are public, an explicit unknown otherwise.
    const yc = ye + bh + 5;
    const shown = step >= c.step;
    const creditDim = step === 5 ? ' m-dim' : '';
    if (c.credit) {
      const fc = figure(seeds, c.credit);
      const vc = scaleTo(fc.value!, fc.unit, 'Mt');
      const w = shown ? x(vc) - f.left : 0;
      marks.push(rect(`credit-${c.key}`, f.left, yc, w, bh, `${c.creditCls}${creditDim}`));
      if (shown) {
        barLabel(`credit-val-${c.key}`, f.left + w, yc + bh / 2, label(`credit-${c.key}${compact ? '-short' : ''}`), `${step === c.step ? 'm-label-strong' : 'm-label'}${creditDim}`);
      }
    } else if (shown) {
      marks.push(text(`credit-unknown-${c.key}`, f.left + 4, yc + bh / 2 + 6, '?', `m-label-strong${creditDim}`, { 'font-size': fs.value + 4 }));
      marks.push(text(`credit-val-${c.key}`, f.left + 22, yc + bh / 2 + 5, label(`credit-${c.key}${compact ? '-short' : ''}`), `${step === c.step ? 'm-label-strong' : 'm-label'}${creditDim}`, { 'font-size': fs.label }));
    }
  });

  marks.push(...textBlock('note', f.left, f.top + 4, label(`note${step}`), compact ? 50 : 88, 15, step === 5 ? 'm-label-strong' : 'm-note'));
  return { width: size.width, height: size.height, marks };
}

export const offsetsVsEmissions: ChartDef = {
  id: ID,
  chapter: 5,
  steps: STEPS,
  rows: () => [
    'ms-t1a-fy2024',
    'ggl-total-2024',
    'amz-total-2024',
    'ms-removal-contracted-fy2024',
    'btg-tig-credits',
    'ggl-cdr-tonnes-to-date',
    'leaf-para-credits',
    'leaf-para-corporate-credits',
  ],
  scene,
};
