/**
 * google-removal — Google's carbon-removal purchases against the scale of its emissions. Dollars and tonnes never
 * share an axis: steps 1–3 are in millions of USD, step 4 rescales to millions of tonnes (and the dollar bars leave).
 *
 * Steps: 1 the article's claim (35 M$ "to offset Gemini", no source ties them: claim mark) · 2 the actual pledge of
 * 14 March 2024 (at least 35 M$ of removal credits over 12 months, matching a US DOE programme) · 3 what Google
 * contracted in 2024 and in 2025 (more than 100 M$ each; the axis rescales) · 4 in tonnes: the 2026 report's total of
 * contracted removal credits (cumulative, not delivered) against the newest year of the full emissions total
 * (series `ghgp-2026` of google-emissions), orders of magnitude only.
 *
 * Axis tops come from the bars shown (`niceTop`), so a new amount rescales the axis without a code change.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { figure } from '../../data/seeds';
import type { Figure } from '../../data/schemas';
import type { Seeds } from '../../data/seeds';
import { scaleTo } from '../../lib/format';
import { barY } from '../shared/bars';
import { defineChart, type SceneContext } from '../shared/context';
import type { Mark } from '../shared/scene';
import { axisTitle, textBlock, yGrid } from '../shared/marks';
import { stateAt } from '../shared/states';
import { charsIn } from '../shared/textBox';
import { niceTop, series } from '../shared/series';


/** One bar: its slot, figure, class, the step it appears at and the steps it is the focus of. */
interface Bar {
  slot: string;
  fig: (seeds: Seeds) => Figure;
  cls: string;
  unit: 'M$' | 'Mt';
  from: number;
  focus: readonly number[];
}

/** The newest year of the full emissions total (the line of google-emissions). */
const newestTotal = (seeds: Seeds): Figure => series(seeds, 'google-emissions', 'ghgp-2026').at(-1)!;

const BARS: readonly Bar[] = [
  { slot: 'claim', fig: (s) => figure(s, 'ggl-claim-35m-gemini'), cls: 'm-claim', unit: 'M$', from: 1, focus: [1] },
  { slot: 'pledge', fig: (s) => figure(s, 'ggl-cdr-pledge-2024'), cls: 'm-estimate m-credit', unit: 'M$', from: 2, focus: [2] },
  { slot: 'contracted', fig: (s) => figure(s, 'ggl-cdr-contracted-2024'), cls: 'm-credit', unit: 'M$', from: 3, focus: [3] },
  { slot: 'contracted-2025', fig: (s) => figure(s, 'ggl26-cdr-contracted-usd-2025'), cls: 'm-credit', unit: 'M$', from: 3, focus: [3] },
  { slot: 'emitted', fig: newestTotal, cls: 'm-emission', unit: 'Mt', from: 4, focus: [] },
  { slot: 'removal', fig: (s) => figure(s, 'ggl26-cdr-contracted-total'), cls: 'm-credit', unit: 'Mt', from: 4, focus: [4] },
];

function draw(c: SceneContext): Mark[] {
  const { seeds, step, label, fs, byVariant } = c;
  const unit = step === 4 ? 'Mt' : 'M$';
  const prefix = step === 4 ? 'mt' : 'usd';
  // Bars of this step's unit; the dollar bars not yet shown keep a zero-height slot so that they grow in place.
  const bars = BARS.filter((b) => b.unit === unit);
  const v = (b: Bar) => {
    const f = b.fig(seeds);
    return scaleTo(f.value!, f.unit, unit);
  };
  // The note band above the plot, the same height at every step.
  const left = byVariant(56, 40);
  const noteChars = charsIn(c.size.width - left - 12, 12.5);
  const f = c.frame({ top: 14 + c.noteLines(noteChars) * 15 + 34, bottom: byVariant(58, 62) });
  const { top, ticks } = niceTop(Math.max(...bars.filter((b) => step >= b.from).map(v)), 1.2);
  const y = scaleLinear().domain([0, top]).range([f.bottom, f.top]);
  const marks: Mark[] = [];
  marks.push(...textBlock('note', left - 4, 14, label(`note${step}`), noteChars, 15, 'm-note', { 'font-size': 12.5 }));
  // The axis title and tick keys change with the unit, so a switch from dollars to tonnes fades rather than morphs.
  marks.push(axisTitle(`${prefix}-title`, f, label(step === 4 ? 'axisMt' : 'axisUsd')));
  marks.push(...yGrid(y, ticks, f, (t) => c.num(t), prefix));
  const x = scaleBand<string>()
    .domain(bars.map((b) => b.slot))
    .range([f.left, f.right])
    .paddingInner(step === 4 ? 0.5 : 0.3)
    .paddingOuter(step === 4 ? 0.4 : 0.15);
  const bw = x.bandwidth();
  const wrapAt = step === 4 ? byVariant(24, 16) : byVariant(15, 9);
  for (const b of bars) {
    const st = stateAt(b, step);
    // The claim stays in view, faded, once the real amounts are shown.
    const cls = b.slot === 'claim' && step > 1 ? `${b.cls} m-dim` : b.cls;
    // The focus value is larger; the warm highlight colour is kept for the claim, not for credits (cool hue).
    const valueCls = st.focus && b.slot === 'claim' ? 'm-value m-value-highlight' : 'm-value';
    marks.push(
      ...barY({ key: b.slot, x: x(b.slot)!, width: bw, base: f.bottom, top: y(v(b)), cls, st, value: label(`val-${b.slot}`), valueClass: valueCls, valueSize: st.focus ? fs.value + c.byVariant(3, 0) : fs.value, valueGap: 8, category: c.short(`cat-${b.slot}`), wrap: { max: wrapAt, lineHeight: 14 } }),
    );
  }
  // The claim mark: the article's link to Gemini has no source.
  if (step <= 3) {
    const claim = BARS[0]!;
    const cx = x(claim.slot)! + bw / 2;
    marks.push(...textBlock('claim-flag', cx, f.bottom - (f.bottom - y(v(claim))) / 2 - 6, label('claimFlag'), byVariant(14, 9), 14, 'm-label-strong', { 'text-anchor': 'middle', 'font-size': fs.note }));
  }
  return marks;
}

export const googleRemoval = defineChart({
  id: 'google-removal',
  chapter: 4,
  steps: 4,
  rows: (seeds) => ['google-removal', newestTotal(seeds).id],
  draw,
});
