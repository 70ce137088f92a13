/**
 * datacentre-electricity — world data-centre electricity according to the IEA, in TWh a year: 2020 (a range,
 * 200–250 TWh), 2024 (about 415 TWh) and the 2030 Base Case projection (about 945 TWh); then, set apart in its own
 * panel, the 460 TWh of 2022, which also counts crypto-currencies and so has a different scope.
 * Sources: IEA data centres page (`iea-dcn-page`), Electricity 2024 (`iea-electricity-2024`), Energy and AI
 * (`iea-energy-ai-2025`).
 *
 * Steps: 1 the 2020 range · 2 2024 · 3 the 2030 projection · 4 the 2022 figure of another scope, and why it is apart.
 *
 * Columns on a time axis (years spaced in proportion). The range is a band, not a bar; the projection is a hollow
 * dashed bar; the 2022 figure is a hollow bar in a panel of its own behind a divider, never joined to the others.
 * At step 4 the main panel narrows to make room for that panel: the columns slide left.
 */
import { scaleLinear } from 'd3-scale';
import { figure } from '../../data/seeds';
import { formatFigure, formatNumber } from '../../lib/format';
import { assertStep, type ChartDef, type Mark, type SceneInput } from '../shared/scene';
import { fontSize, frame, line, rect, text, textBlock, yGrid } from '../shared/marks';

const ID = 'datacentre-electricity';
const STEPS = 4;

function scene({ seeds, step, size, variant, locale, label }: SceneInput) {
  assertStep(ID, step, STEPS);
  const compact = variant === 'compact';
  const fs = fontSize(variant);
  // The top band holds the axis title and the step's note, so that the note never covers a mark.
  const f = frame(size, variant, compact ? { left: 40, right: 10, top: 100, bottom: 36 } : { left: 56, right: 20, top: 100, bottom: 40 });
  const apart = step === 4;
  // The main panel's right edge; at step 4 the right part becomes the "other scope" panel.
  const sideW = compact ? 92 : 150;
  const mainRight = apart ? f.right - sideW : f.right;
  const divX = mainRight + (compact ? 8 : 14);
  const sideX = (divX + f.right) / 2 + (compact ? 2 : 0);
  const x = scaleLinear().domain(compact ? [2018.8, 2032] : [2019, 2031.5]).range([f.left, mainRight]);
  const y = scaleLinear().domain([0, 1100]).range([f.bottom, f.top]);
  const w = compact ? 28 : 46;
  const marks: Mark[] = [];

  marks.push(text('y-title', compact ? 4 : 8, fs.note + 4, label('axis'), 'm-note', { 'font-size': fs.note }));
  marks.push(...yGrid(y, compact ? [0, 500, 1000] : [0, 250, 500, 750, 1000], f, (v) => formatNumber(v, locale)));
  marks.push(...textBlock('note', compact ? 4 : 8, fs.note + 26, label(`note${step}`), compact ? 56 : 96, fs.note + 4, 'm-note', { 'font-size': fs.note + (compact ? 0 : 1) }));

  const valueCls = (focus: boolean) => (focus ? 'm-value m-value-highlight' : 'm-value');
  const yearLabel = (key: string, year: string, cx: number) =>
    text(`xl-${key}`, cx, f.bottom + 18, year, 'm-tick', { 'text-anchor': 'middle', 'font-size': fs.tick });

  // 2020: a band from low to high, always shown.
  const f20 = figure(seeds, 'iea-dc-2020');
  const c20 = x(Number(f20.period));
  marks.push(rect('band-2020', c20 - w / 2, y(f20.high!), w, y(f20.low!) - y(f20.high!), 'm-range'));
  // The band's edges carry the two ends of the range.
  marks.push(line('band-2020-low', c20 - w / 2, y(f20.low!), c20 + w / 2, y(f20.low!), 'm-line m-energy'));
  marks.push(line('band-2020-high', c20 - w / 2, y(f20.high!), c20 + w / 2, y(f20.high!), 'm-line m-energy'));
  marks.push(text('val-2020', c20, y(f20.high!) - 8 - fs.note - 2, formatFigure(f20, locale), valueCls(step === 1), { 'text-anchor': 'middle', 'font-size': fs.value }));
  marks.push(text('sub-2020', c20, y(f20.high!) - 8, label('range'), 'm-note', { 'text-anchor': 'middle', 'font-size': fs.note }));
  marks.push(yearLabel('2020', f20.period, c20));

  // 2024: a bar from zero, from step 2.
  const f24 = figure(seeds, 'iea-dc-2024');
  const c24 = x(Number(f24.period));
  const h24 = step >= 2 ? f.bottom - y(f24.value!) : 0;
  marks.push(rect('bar-2024', c24 - w / 2, f.bottom - h24, w, h24, step === 2 ? 'm-highlight' : 'm-energy'));
  if (step >= 2) {
    marks.push(text('val-2024', c24, y(f24.value!) - 8 - fs.note - 2, formatFigure(f24, locale), valueCls(step === 2), { 'text-anchor': 'middle', 'font-size': fs.value }));
    marks.push(text('sub-2024', c24, y(f24.value!) - 8, label('share-2024'), 'm-note', { 'text-anchor': 'middle', 'font-size': fs.note }));
    marks.push(yearLabel('2024', f24.period, c24));
  }

  // 2030: the Base Case projection, hollow and dashed, from step 3, with the step up from 2024.
  const f30 = figure(seeds, 'iea-dc-2030');
  const c30 = x(Number(f30.period));
  const h30 = step >= 3 ? f.bottom - y(f30.value!) : 0;
  marks.push(rect('bar-2030', c30 - w / 2, f.bottom - h30, w, h30, 'm-projection'));
  if (step >= 3) {
    marks.push(text('val-2030', c30, y(f30.value!) - 8 - fs.note - 2, `≈ ${formatFigure(f30, locale)}`, valueCls(step === 3), { 'text-anchor': 'middle', 'font-size': fs.value }));
    marks.push(text('sub-2030', c30, y(f30.value!) - 8, label('projection'), 'm-note', { 'text-anchor': 'middle', 'font-size': fs.note }));
    marks.push(yearLabel('2030', f30.period, c30));
    marks.push(line('rise', c24 + w / 2 + 4, y(f24.value!), c30 - w / 2 - 4, y(f30.value!), 'm-projection'));
    const mx = (c24 + c30) / 2;
    const my = (y(f24.value!) + y(f30.value!)) / 2;
    marks.push(text('rise-label', mx + (compact ? 8 : 12), my + 14, label('rise'), step === 3 ? 'm-value m-value-highlight' : 'm-value', { 'font-size': fs.value }));
  }

  // 2022, another scope (data centres, crypto and AI): only at step 4, in its own panel behind a divider.
  const f22 = figure(seeds, 'iea-dc-2022');
  const h22 = apart ? f.bottom - y(f22.value!) : 0;
  marks.push(rect('bar-2022', sideX - w / 2, f.bottom - h22, w, h22, 'm-estimate m-energy', { 'stroke-dasharray': '2 2' }));
  if (apart) {
    marks.push(line('divider', divX, compact ? 92 : 96, divX, f.bottom + 24, 'm-axis', { 'stroke-dasharray': '3 3' }));
    const heading = textBlock('side-heading', sideX, f.top + 4, label('other-scope'), compact ? 10 : 22, fs.label + 2, 'm-label-strong', { 'text-anchor': 'middle', 'font-size': fs.label });
    marks.push(...heading);
    marks.push(...textBlock('side-sub', sideX, f.top + 6 + heading.length * (fs.label + 2), label(compact ? 'other-scope-sub-short' : 'other-scope-sub'), compact ? 14 : 22, fs.note + 3, 'm-note', { 'text-anchor': 'middle', 'font-size': fs.note }));
    marks.push(text('val-2022', sideX, y(f22.value!) - 8 - fs.note - 2, formatFigure(f22, locale), valueCls(true), { 'text-anchor': 'middle', 'font-size': fs.value }));
    marks.push(text('sub-2022', sideX, y(f22.value!) - 8, label('share-2022'), 'm-note', { 'text-anchor': 'middle', 'font-size': fs.note }));
    marks.push(yearLabel('2022', f22.period, sideX));
  }
  return { width: size.width, height: size.height, marks };
}

export const datacentreElectricity: ChartDef = {
  id: ID,
  chapter: 1,
  steps: STEPS,
  rows: () => ['datacentre-electricity'],
  scene,
};
