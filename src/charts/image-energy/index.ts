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
import { formatValue } from '../../lib/format';
import { barX } from '../shared/bars';
import { defineChart, type SceneContext } from '../shared/context';
import type { Mark } from '../shared/scene';
import { line, text, textBlock } from '../shared/marks';
import { fillClass, stateAt, valueClass, type StepState } from '../shared/states';
import { textWidth } from '../shared/textBox';

/** One row: its figure (Wh), its class, its step states, and the share-of-a-charge label key per step. */
interface Row extends StepState {
  key: string;
  fig: string;
  cls: string;
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

function draw(c: SceneContext): Mark[] {
  const { seeds, step, label, locale, compact, fs, byVariant } = c;
  // The rows start under the axis title and the tick labels, which sit on top (horizontal bars, read from the top).
  const f = c.frame({ left: 24, right: 30, top: 44, bottom: 0 }, { left: 12, right: 16, top: 40, bottom: 0 });
  const x = scaleLinear().domain([0, 25]).range([f.left, f.right]);
  const [rowH, barH] = [byVariant(56, 47), byVariant(22, 16)];
  const visible = ROWS.filter((r) => step >= r.from);
  const rowTop = (i: number) => f.top + i * rowH + 4;
  const barTop = (i: number) => rowTop(i) + fs.label + 6;
  const rowsBottom = barTop(visible.length - 1) + barH;

  const marks: Mark[] = [text('x-title', f.left, fs.note + 4, label('axis'), 'm-note', { 'font-size': fs.note })];
  for (const t of byVariant([0, 5, 10, 15, 20, 25], [0, 10, 20])) {
    marks.push(line(`x-grid-${t}`, x(t), f.top, x(t), rowsBottom + 4, t === 0 ? 'm-axis' : 'm-grid'));
    marks.push(text(`x-tick-${t}`, x(t), f.top - 8, c.num(t), 'm-tick', { 'text-anchor': 'middle', 'font-size': fs.tick }));
  }

  // The charge in force at this step: the line every image row is read against.
  const lineX = x(figure(seeds, step === 1 ? 'phone-charge-2023' : 'phone-charge-2024').value!);
  ROWS.forEach((r, i) => {
    const fig = figure(seeds, r.fig);
    const st = stateAt(r, step);
    // Hidden rows wait, zero-width, at the slot they will take, so they grow in place.
    const at = st.shown ? visible.indexOf(r) : i;
    const nameY = rowTop(at) + fs.label - 2;
    const name = { prefix: 'name', text: c.short(r.key), y: nameY, cls: st.dim ? 'm-label m-dim' : 'm-label', size: fs.label };
    // The value beside the bar end, unless the charge line would cross it: then just past the line.
    const value = formatValue(fig.value!, fig.unit, locale);
    const end = x(fig.value!);
    const crosses = !r.key.startsWith('charge') && end < lineX && end + 6 + textWidth(value, fs.value) > lineX - 4;
    marks.push(...barX({ key: r.key, x0: f.left, x1: end, y: barTop(at), height: barH, cls: fillClass(r.cls, st), st, name, value, valueSize: fs.value, valueX: crosses ? lineX + 6 : undefined }));
    // The share of a charge, right-aligned on the name line: a column read against the charge line.
    const share = st.shown && r.share?.(step);
    if (share) marks.push(text(`share-${r.key}`, f.right, nameY, label(share), valueClass(st), { 'text-anchor': 'end', 'font-size': fs.label }));
  });

  // One charge: a dashed mark across each bar band (not across the name lines, which carry the share column), in the
  // claim style while it stands for the article's comparison.
  visible.forEach((r, at) => {
    marks.push(line(`charge-line-${r.key}`, lineX, barTop(at) - 4, lineX, barTop(at) + barH + 4, step === 1 ? 'm-claim' : 'm-leader', { 'stroke-dasharray': '4 3' }));
  });
  const lineLabel = label(step === 1 ? 'line-old' : 'line-new');
  const half = textWidth(lineLabel, fs.note) / 2;
  const lx = Math.min(Math.max(lineX, f.left + half), c.size.width - 4 - half);
  marks.push(text('charge-line-label', lx, rowsBottom + 8 + fs.note + 2, lineLabel, 'm-note', { 'text-anchor': 'middle', 'font-size': fs.note }));
  // The step's note, in the space under the rows.
  const noteY = rowsBottom + 8 + fs.note * 2 + byVariant(20, 14);
  const noteSize = fs.note + byVariant(1, 0);
  marks.push(...textBlock('note', f.left, noteY, label(`note${step}`), byVariant(88, 52), noteSize + 4, step === 1 ? 'm-label-strong' : 'm-note', { 'font-size': noteSize }));
  return marks;
}

export const imageEnergy = defineChart({
  id: 'image-energy',
  chapter: 1,
  steps: 4,
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
  draw,
});
