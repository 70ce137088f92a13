/**
 * google-emissions — Google's total emissions (Scope 1 + 2 market-based + 3, full inventory) in MtCO2e.
 * One vintage per line: the 2024 Environmental Report series 2019–2023 is the only line. 2024 comes from the 2025
 * report (second-hand), which restated past years, so it is a separate hollow point, never joined. The 2025 report's
 * "ambition-based" total has a narrower scope (part of Scope 3 left out): it sits in its own panel, never on the line.
 *
 * Steps: 1 the 2019 baseline · 2 the rise to 2023 (+48 % vs 2019, +13 % in a year) · 3 the 2024 full total, a
 * separate point · 4 the ambition-based figure, apart, and why it is not comparable.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { figure } from '../../data/seeds';
import { formatNumber, formatValue, scaleTo } from '../../lib/format';
import { assertStep, type ChartDef, type Mark, type SceneInput } from '../shared/scene';
import { axisTitle, circle, fontSize, frame, line, path, polyline, rect, text, textBlock, yGrid } from '../shared/marks';

const ID = 'google-emissions';
const STEPS = 4;
/** Years of the 2024-report line. */
const LINE_YEARS = [2019, 2020, 2021, 2022, 2023] as const;
/** Y domain in Mt CO2e (fixed: leaves room for notes above the points). */
const Y_MAX = 20;

function scene({ seeds, step, size, variant, locale, label }: SceneInput) {
  assertStep(ID, step, STEPS);
  const compact = variant === 'compact';
  const fs = fontSize(variant);
  const f = frame(size, variant, { top: 40 });
  // The ambition-based panel sits right of the line panel, behind a divider.
  const panelW = compact ? 84 : 150;
  const gap = compact ? 14 : 24;
  const lineRight = f.right - panelW - gap;
  const x = scalePoint<number>()
    .domain([...LINE_YEARS, 2024])
    .range([f.left, lineRight])
    .padding(compact ? 0.35 : 0.5);
  const y = scaleLinear().domain([0, Y_MAX]).range([f.bottom, f.top]);
  const mt = (id: string) => scaleTo(figure(seeds, id).value!, figure(seeds, id).unit, 'Mt');
  const val = (id: string) => formatValue(figure(seeds, id).value!, figure(seeds, id).unit, locale, { unit: 'Mt', bare: true });
  const marks: Mark[] = [];
  marks.push(axisTitle('y-title', f, label('axis')));
  marks.push(...yGrid(y, [0, 5, 10, 15, 20], f, (v) => formatNumber(v, locale)));
  for (const yr of [...LINE_YEARS, 2024]) {
    marks.push(text(`xl-${yr}`, x(yr)!, f.bottom + 18, String(yr), 'm-tick', { 'text-anchor': 'middle' }));
  }

  // The 2024-report line: 2019 alone at step 1, then 2019–2023.
  const shown = step === 1 ? 1 : LINE_YEARS.length;
  const focus = step === 1 ? 2019 : step === 2 ? 2023 : null;
  const pts = LINE_YEARS.slice(0, shown).map((yr) => [x(yr)!, y(mt(`ggl-total-${yr}`))] as [number, number]);
  if (shown > 1) marks.push(path('line-2024report', polyline(pts), 'm-line m-emission'));
  LINE_YEARS.slice(0, shown).forEach((yr, i) => {
    const [px_, py] = pts[i]!;
    const isFocus = focus === yr;
    marks.push(circle(`pt-${yr}`, px_, py, compact ? 4 : 5, isFocus ? 'm-highlight' : 'm-emission'));
    // 2020 is a dip: its label goes below the point, clear of the line.
    const below = yr === 2020;
    marks.push(
      text(`val-${yr}`, px_, below ? py + 18 : py - 10, val(`ggl-total-${yr}`), isFocus ? 'm-value m-value-highlight' : 'm-value', {
        'text-anchor': 'middle',
        'font-size': fs.value,
      }),
    );
  });
  // From step 2, the 2019 level as a reference.
  if (step >= 2) {
    const yb = y(mt('ggl-total-2019'));
    marks.push(line('ref-2019', x(2019)!, yb, lineRight, yb, 'm-leader', { 'stroke-dasharray': '3 3' }));
    marks.push(text('ref-2019-label', lineRight, yb + 16, label('ref2019'), 'm-note', { 'text-anchor': 'end' }));
  }

  // 2024, from the 2025 report: a separate hollow point, not joined to the line.
  if (step >= 3) {
    const x24 = x(2024)!;
    const y24 = y(mt('ggl-total-2024'));
    marks.push(circle('pt-2024', x24, y24, compact ? 5 : 6, 'm-estimate m-emission', step === 3 ? { 'stroke-width': 3 } : {}));
    marks.push(
      text('val-2024', x24, y24 - 12, val('ggl-total-2024'), step === 3 ? 'm-value m-value-highlight' : 'm-value', {
        'text-anchor': 'middle',
        'font-size': fs.value,
      }),
    );
    // Compact: right-aligned so that the label stays left of the panel divider.
    marks.push(...textBlock('src-2024', compact ? x24 + 8 : x24, y24 + (compact ? 20 : 24), label('src2024'), compact ? 8 : 14, 13, 'm-note', { 'text-anchor': compact ? 'end' : 'middle' }));
  }

  // Step 4: the ambition-based total, in its own panel.
  if (step === 4) {
    const px0 = f.right - panelW;
    marks.push(line('panel-divider', px0 - gap / 2, f.top - 4, px0 - gap / 2, f.bottom, 'm-axis', { 'stroke-dasharray': '2 3' }));
    marks.push(...textBlock('panel-title', px0 + panelW / 2, f.top + 4, label(compact ? 'panelTitleShort' : 'panelTitle'), compact ? 12 : 20, 15, 'm-label-strong', { 'text-anchor': 'middle', 'font-size': fs.note }));
    const bw = compact ? 36 : 56;
    const bx = px0 + (panelW - bw) / 2;
    const va = mt('ggl-ambition-2024');
    marks.push(rect('bar-ambition', bx, y(va), bw, f.bottom - y(va), 'm-emission-soft'));
    marks.push(text('val-ambition', bx + bw / 2, y(va) - 8, val('ggl-ambition-2024'), 'm-value m-value-highlight', { 'text-anchor': 'middle', 'font-size': fs.value }));
    marks.push(text('xl-ambition', px0 + panelW / 2, f.bottom + 18, '2024', 'm-tick', { 'text-anchor': 'middle' }));
    marks.push(...textBlock('panel-note', px0 + panelW / 2, y(va) - 62, label(compact ? 'panelNoteShort' : 'panelNote'), compact ? 13 : 20, 14, 'm-note', { 'text-anchor': 'middle' }));
  }

  const noteX = f.left + (compact ? 4 : 8);
  const noteMax = compact ? 30 : 46;
  // On phones the step-3 note is shortened so that it stays above the 2023 and 2024 values.
  marks.push(...textBlock('note', noteX, f.top + 4, label(compact && step === 3 ? 'note3Short' : `note${step}`), noteMax, 15));
  return { width: size.width, height: size.height, marks };
}

export const googleEmissions: ChartDef = {
  id: ID,
  chapter: 4,
  steps: STEPS,
  rows: () => ['google-emissions'],
  scene,
};
