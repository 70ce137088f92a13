/**
 * image-energy — energy per generated image, in Wh, against one smartphone charge. Shows both reasons why the press
 * line "one image = one phone charge" is out of date: the reference charge went from 12 to 22 Wh (US EPA value, used
 * in the v1 preprint vs the FAccT '24 version), and the headline used the least efficient model tested (Stable
 * Diffusion XL), not the average or median image model. Source: Luccioni, Jernite & Strubell, FAccT '24
 * (`luccioni-2024`), inference on one A100 GPU.
 *
 * Steps: 1 the claim: SDXL (11.5 Wh) next to the old 12 Wh charge · 2 the charge updated to 22 Wh: about half a charge
 * · 3 the average and median image models · 4 a text generation, for scale.
 *
 * Horizontal bars from zero on a linear Wh axis, one row per item, labels above each bar. Rows appear in story order
 * and are stacked from the top, so a new row slides the ones below it down. A dashed vertical line marks one charge:
 * drawn in the claim style at 12 Wh (step 1), neutral at 22 Wh afterwards.
 */
import { scaleLinear } from 'd3-scale';
import { figure } from '../../data/seeds';
import { formatNumber, formatValue } from '../../lib/format';
import { assertStep, type ChartDef, type Mark, type SceneInput } from '../shared/scene';
import { fontSize, frame, line, rect, text, textBlock } from '../shared/marks';

const ID = 'image-energy';
const STEPS = 4;

/** One row: its figure (Wh), the share-of-a-charge label key per step, and the steps where it is shown. */
interface Row {
  key: string;
  fig: string;
  cls: string;
  from: number;
  /** Highlighted at these steps. */
  focus: readonly number[];
  /** Dimmed (superseded) from this step on. */
  dimFrom?: number;
  /** Label key of the share of a charge, by step (absent: no share shown). */
  share?: (step: number) => string | null;
}

const ROWS: readonly Row[] = [
  { key: 'charge-old', fig: 'phone-charge-2023', cls: 'm-neutral', from: 1, focus: [], dimFrom: 2 },
  { key: 'charge-new', fig: 'phone-charge-2024', cls: 'm-neutral', from: 2, focus: [] },
  { key: 'sdxl', fig: 'img-sdxl-wh', cls: 'm-energy', from: 1, focus: [1, 2], share: (s) => (s === 1 ? 'share-sdxl-12' : 'share-sdxl-22') },
  { key: 'mean', fig: 'img-gen-mean-wh', cls: 'm-energy', from: 3, focus: [3], share: () => 'share-mean' },
  { key: 'median', fig: 'img-gen-median-wh', cls: 'm-energy', from: 3, focus: [3], share: () => 'share-median' },
  { key: 'text', fig: 'txt-gen-mean-wh', cls: 'm-energy', from: 4, focus: [4], share: () => 'share-text' },
];

/** Rough width of a label in pixels, to keep value labels clear of the charge line. */
const textWidth = (s: string, size: number): number => s.length * size * 0.56;

function scene({ seeds, step, size, variant, locale, label }: SceneInput) {
  assertStep(ID, step, STEPS);
  const compact = variant === 'compact';
  const fs = fontSize(variant);
  // The rows start under the axis title and the tick labels, which sit on top (horizontal bars, read from the top).
  const f = frame(size, variant, compact ? { left: 12, right: 16, top: 40, bottom: 0 } : { left: 24, right: 30, top: 44, bottom: 0 });
  const x = scaleLinear().domain([0, 25]).range([f.left, f.right]);
  const rowH = compact ? 47 : 56;
  const barH = compact ? 16 : 22;
  const visible = ROWS.filter((r) => step >= r.from);
  const rowTop = (i: number) => f.top + i * rowH + 4;
  const barTop = (i: number) => rowTop(i) + fs.label + 6;
  const rowsBottom = barTop(visible.length - 1) + barH;

  const marks: Mark[] = [];
  marks.push(text('x-title', f.left, fs.note + 4, label('axis'), 'm-note', { 'font-size': fs.note }));
  for (const t of compact ? [0, 10, 20] : [0, 5, 10, 15, 20, 25]) {
    marks.push(line(`x-grid-${t}`, x(t), f.top, x(t), rowsBottom + 4, t === 0 ? 'm-axis' : 'm-grid'));
    marks.push(text(`x-tick-${t}`, x(t), f.top - 8, formatNumber(t, locale), 'm-tick', { 'text-anchor': 'middle', 'font-size': fs.tick }));
  }

  // The charge in force at this step: the line every image row is read against.
  const charge = figure(seeds, step === 1 ? 'phone-charge-2023' : 'phone-charge-2024').value!;
  const lineX = x(charge);
  ROWS.forEach((r, i) => {
    const fig = figure(seeds, r.fig);
    const v = fig.value!;
    const slot = visible.indexOf(r);
    const shown = slot >= 0;
    // Hidden rows wait, zero-width, at the slot they will take, so they grow in place.
    const at = shown ? slot : i;
    const focus = r.focus.includes(step);
    const dim = r.dimFrom !== undefined && step >= r.dimFrom;
    const cls = focus ? 'm-highlight' : dim ? `${r.cls} m-dim` : r.cls;
    marks.push(rect(`bar-${r.key}`, f.left, barTop(at), shown ? x(v) - f.left : 0, barH, cls));
    if (!shown) return;
    const name = label(compact ? `${r.key}-short` : r.key);
    marks.push(text(`name-${r.key}`, f.left, rowTop(at) + fs.label - 2, name, dim ? 'm-label m-dim' : 'm-label', { 'font-size': fs.label }));
    const vcls = focus ? 'm-value m-value-highlight' : dim ? 'm-value m-dim' : 'm-value';
    // The share of a charge, right-aligned on the name line: a column read against the charge line.
    const share = r.share?.(step);
    if (share) marks.push(text(`share-${r.key}`, f.right, rowTop(at) + fs.label - 2, label(share), vcls, { 'text-anchor': 'end', 'font-size': fs.label }));
    // The value beside the bar end, unless the charge line would cross it: then just past the line.
    const value = formatValue(v, fig.unit, locale);
    let vx = x(v) + 6;
    if (!r.key.startsWith('charge') && x(v) < lineX && vx + textWidth(value, fs.value) > lineX - 4) vx = lineX + 6;
    marks.push(text(`val-${r.key}`, vx, barTop(at) + barH / 2 + fs.value * 0.35, value, vcls, { 'font-size': fs.value }));
  });

  // One charge: a dashed mark across each bar band (not across the name lines, which carry the share column), in the
  // claim style while it stands for the article's comparison.
  visible.forEach((r, at) => {
    marks.push(line(`charge-line-${r.key}`, lineX, barTop(at) - 4, lineX, barTop(at) + barH + 4, step === 1 ? 'm-claim' : 'm-leader', { 'stroke-dasharray': '4 3' }));
  });
  const lineLabel = label(step === 1 ? 'line-old' : 'line-new');
  const half = textWidth(lineLabel, fs.note) / 2;
  const lx = Math.min(Math.max(lineX, f.left + half), size.width - 4 - half);
  marks.push(text('charge-line-label', lx, rowsBottom + 8 + fs.note + 2, lineLabel, 'm-note', { 'text-anchor': 'middle', 'font-size': fs.note }));
  // The step's note, in the space under the rows.
  const noteY = rowsBottom + 8 + fs.note * 2 + (compact ? 14 : 20);
  const noteSize = compact ? fs.note : fs.note + 1;
  marks.push(...textBlock('note', f.left, noteY, label(`note${step}`), compact ? 52 : 88, noteSize + 4, step === 1 ? 'm-label-strong' : 'm-note', { 'font-size': noteSize }));
  return { width: size.width, height: size.height, marks };
}

export const imageEnergy: ChartDef = {
  id: ID,
  chapter: 1,
  steps: STEPS,
  rows: () => [
    'img-claim-phone-charge',
    'img-sdxl-charges-v1',
    'phone-charge-2023',
    'phone-charge-2024',
    'img-sdxl-wh',
    'img-sdxl-charges-12wh',
    'img-sdxl-charges-22wh',
    'img-gen-mean-wh',
    'img-mean-charges-22wh',
    'img-gen-median-wh',
    'img-median-charges-22wh',
    'txt-gen-mean-wh',
    'txt-gen-charges-22wh',
    'img-gen-vs-txt-gen',
  ],
  scene,
};
