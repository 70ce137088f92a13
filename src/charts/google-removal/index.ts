/**
 * google-removal — Google's carbon-removal purchases against the scale of its emissions. Dollars and tonnes never
 * share an axis: steps 1–3 are in millions of USD, step 4 rescales to millions of tonnes (and the dollar bars leave).
 *
 * Steps: 1 the article's claim (35 M$ "to offset Gemini", no source ties them: claim mark) · 2 the actual pledge of
 * March 2024 (at least 35 M$ of removal credits over 12 months, matching a US DOE programme) · 3 what Google contracted
 * in 2024 (more than 100 M$; the axis rescales) · 4 in tonnes, where tonnes are public: about 0.79 Mt contracted to
 * date (cumulative, not delivered) against 15.2 Mt emitted in 2024 alone.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { figure } from '../../data/seeds';
import { formatNumber, formatValue, scaleTo } from '../../lib/format';
import { assertStep, type ChartDef, type Mark, type SceneInput } from '../shared/scene';
import { axisTitle, fontSize, frame, rect, text, textBlock, yGrid } from '../shared/marks';

const ID = 'google-removal';
const STEPS = 4;
/** Dollar bars (steps 1–3) and their figure ids. */
const USD = [
  { slot: 'claim', id: 'ggl-claim-35m-gemini', cls: 'm-claim' },
  { slot: 'pledge', id: 'ggl-cdr-pledge-2024', cls: 'm-estimate m-credit' },
  { slot: 'contracted', id: 'ggl-cdr-contracted-2024', cls: 'm-credit' },
] as const;
/** Tonne bars (step 4). */
const TONNES = [
  { slot: 'emitted', id: 'ggl-total-2024', cls: 'm-estimate m-emission' },
  { slot: 'removal', id: 'ggl-cdr-tonnes-to-date', cls: 'm-estimate m-credit' },
] as const;
/** The step at which each bar first shows. */
const FROM: Record<string, number> = { claim: 1, pledge: 2, contracted: 3, emitted: 4, removal: 4 };
/** The bar each step talks about. */
const FOCUS: Record<number, string> = { 1: 'claim', 2: 'pledge', 3: 'contracted', 4: 'removal' };
/** Axis domains and ticks per step: M$ for 1–2, rescaled M$ for 3, Mt for 4. */
const AXES: Record<number, { max: number; ticks: number[]; prefix: string }> = {
  1: { max: 60, ticks: [0, 20, 40, 60], prefix: 'usd' },
  2: { max: 60, ticks: [0, 20, 40, 60], prefix: 'usd' },
  3: { max: 120, ticks: [0, 40, 80, 120], prefix: 'usd' },
  4: { max: 20, ticks: [0, 5, 10, 15, 20], prefix: 'mt' },
};

function scene({ seeds, step, size, variant, locale, label }: SceneInput) {
  assertStep(ID, step, STEPS);
  const compact = variant === 'compact';
  const fs = fontSize(variant);
  const f = frame(size, variant, { top: 40, bottom: compact ? 62 : 58 });
  const axis = AXES[step]!;
  const y = scaleLinear().domain([0, axis.max]).range([f.bottom, f.top]);
  const marks: Mark[] = [];
  // The axis title and tick keys change with the unit, so a switch from dollars to tonnes fades rather than morphs.
  marks.push(axisTitle(`${axis.prefix}-title`, f, label(step === 4 ? 'axisMt' : 'axisUsd')));
  marks.push(...yGrid(y, axis.ticks, f, (v) => formatNumber(v, locale), axis.prefix));
  const catMax = compact ? 13 : 22;
  const bars = step === 4 ? TONNES : USD;
  const x = scaleBand<string>()
    .domain(bars.map((b) => b.slot))
    .range([f.left, f.right])
    .paddingInner(step === 4 ? 0.5 : 0.35)
    .paddingOuter(step === 4 ? 0.4 : 0.2);
  const bw = x.bandwidth();
  bars.forEach((b) => {
    const fig = figure(seeds, b.id);
    const v = step === 4 ? scaleTo(fig.value!, fig.unit, 'Mt') : scaleTo(fig.value!, fig.unit, 'M$');
    // Each bar grows in at its step (FROM) and keeps its key; bars not yet shown have zero height.
    const shown = step >= FROM[b.slot]!;
    const h = shown ? f.bottom - y(v) : 0;
    const focus = FOCUS[step] === b.slot;
    // The claim stays in view, faded, once the real amounts are shown.
    const cls = b.slot === 'claim' && step > 1 ? `${b.cls} m-dim` : b.cls;
    const bx = x(b.slot)!;
    marks.push(rect(`bar-${b.slot}`, bx, f.bottom - h, bw, h, cls));
    if (!shown) return;
    // The focus value is larger; the warm highlight colour is kept for the claim, not for credits (cool hue).
    const valueCls = focus && b.slot === 'claim' ? 'm-value m-value-highlight' : 'm-value';
    marks.push(
      text(`val-${b.slot}`, bx + bw / 2, f.bottom - h - 8, label(`val-${b.slot}`), valueCls, {
        'text-anchor': 'middle',
        'font-size': focus ? fs.value + 3 : fs.value,
      }),
    );
    marks.push(...textBlock(`xl-${b.slot}`, bx + bw / 2, f.bottom + 18, label(`cat-${b.slot}${compact ? '-short' : ''}`), catMax, 14, 'm-tick', { 'text-anchor': 'middle' }));
  });
  // The claim mark: the article's link to Gemini has no source.
  if (step <= 3) {
    const bx = x('claim')!;
    const v = scaleTo(figure(seeds, 'ggl-claim-35m-gemini').value!, 'USD', 'M$');
    marks.push(...textBlock('claim-flag', bx + bw / 2, f.bottom - (f.bottom - y(v)) / 2 - 6, label('claimFlag'), compact ? 9 : 14, 14, 'm-label-strong', { 'text-anchor': 'middle', 'font-size': fs.note }));
  }
  const noteX = f.left + (compact ? 4 : 8);
  // On phones the step-4 note is shortened so that it stays above the emissions value.
  marks.push(...textBlock('note', noteX, f.top + 4, label(compact && step === 4 ? 'note4Short' : `note${step}`), compact ? 32 : 56, 15));
  return { width: size.width, height: size.height, marks };
}

export const googleRemoval: ChartDef = {
  id: ID,
  chapter: 4,
  steps: STEPS,
  rows: () => ['google-removal', 'ggl-total-2024'],
  scene,
};
