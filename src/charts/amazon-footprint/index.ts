/**
 * amazon-footprint — Amazon's carbon footprint (Amazon-defined: Scope 1, Scope 2 market-based and part of Scope 3),
 * in MtCO2e. One line per report vintage, never joined: the 2023 report gives 2019–2023 (primary copy); the 2024
 * report restates 2023 (64.38) and adds 2024 (68.25), both second-hand, drawn hollow; 2022 as first reported (71.27)
 * is a hollow point of its own.
 * Sources: Amazon 2023 Sustainability Report (`amazon-sr-2023`), press coverage of the 2024 report.
 *
 * Steps: 1 the 2019–2021 rise · 2 the 2022–2023 plateau · 3 the 2024 report: 2023 restated, 2024 up 6 % ·
 * 4 2024 against 2019: +33 %, Amazon's own comparison (a dashed reference level beside 2024, not joined to the
 * 2023-report line).
 */
import { scalePoint, scaleLinear } from 'd3-scale';
import { figure } from '../../data/seeds';
import { formatNumber, scaleTo } from '../../lib/format';
import { assertStep, type ChartDef, type Mark, type SceneInput } from '../shared/scene';
import { axisTitle, circle, fontSize, frame, line, path, polyline, text, textBlock, yGrid } from '../shared/marks';

const ID = 'amazon-footprint';
const STEPS = 4;
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024] as const;
/** The 2023-report line: years and figure ids. */
const LINE_A = [2019, 2020, 2021, 2022, 2023] as const;
/** How many points of the 2023-report line each step draws. */
const SHOWN_A: Record<number, number> = { 1: 3, 2: 5, 3: 5, 4: 5 };
const Y_MAX = 80;

function scene({ seeds, step, size, variant, locale, label }: SceneInput) {
  assertStep(ID, step, STEPS);
  const compact = variant === 'compact';
  const fs = fontSize(variant);
  const f = frame(size, variant, compact ? { top: 40, left: 34 } : { top: 44 });
  const x = scalePoint<number>().domain([...YEARS]).range([f.left, f.right]).padding(0.4);
  const y = scaleLinear().domain([0, Y_MAX]).range([f.bottom, f.top]);
  const mt = (id: string): number => {
    const fig = figure(seeds, id);
    return scaleTo(fig.value!, fig.unit, 'Mt');
  };
  const fmt = (v: number) => formatNumber(v, locale);
  const marks: Mark[] = [];
  marks.push(axisTitle('y-title', f, label('axis')));
  marks.push(...yGrid(y, [0, 20, 40, 60, 80], f, (v) => formatNumber(v, locale)));
  for (const yr of YEARS) marks.push(text(`xl-${yr}`, x(yr)!, f.bottom + 18, String(yr), 'm-tick', { 'text-anchor': 'middle' }));

  // The 2023-report line (2019–2023), dimmed once the 2024 report comes in (step 3).
  const shown = LINE_A.slice(0, SHOWN_A[step]!);
  const pts = shown.map((yr) => [x(yr)!, y(mt(`amz-total-${yr}`))] as [number, number]);
  const dimA = step >= 3 ? ' m-dim' : '';
  marks.push(path('line-a', polyline(pts), `m-line m-emission${dimA}`));
  const focusA: Record<number, number[]> = { 1: [2021], 2: [2022, 2023], 3: [], 4: [] };
  const labelled: Record<number, number[]> = { 1: [2019, 2021], 2: [2019, 2021, 2022, 2023], 3: [2023], 4: [2019] };
  for (const yr of shown) {
    const v = mt(`amz-total-${yr}`);
    const focus = focusA[step]!.includes(yr);
    marks.push(circle(`pt-a-${yr}`, x(yr)!, y(v), focus ? 5.5 : 4, `${focus ? 'm-highlight' : 'm-emission'}${dimA}`));
    if (labelled[step]!.includes(yr)) {
      // 2022 (recalculated) takes its value below the point: the hollow first-reported point sits just above it.
      const below = step === 2 && yr === 2022;
      marks.push(
        text(`val-a-${yr}`, x(yr)!, below ? y(v) + (compact ? 18 : 22) : y(v) - 12, fmt(v), `${focus ? 'm-value m-value-highlight' : 'm-value'}${dimA}`, {
          'text-anchor': 'middle',
          'font-size': fs.value,
        }),
      );
    }
  }
  marks.push(text('lab-a', x(2020)!, y(mt('amz-total-2020')) + 26, label(compact ? 'vintageAShort' : 'vintageA'), `m-note${dimA}`, { 'text-anchor': 'start' }));

  // 2022 as first reported, a hollow point just above the recalculated one (step 2 on).
  if (step >= 2) {
    const v = mt('amz-total-2022-first');
    marks.push(circle('pt-2022-first', x(2022)!, y(v), 4, `m-estimate m-emission${step >= 3 ? ' m-dim' : ''}`));
    if (step === 2) {
      // The note sits up and to the right of the hollow point, above the line, with a short leader.
      const nx = x(2022)! + (compact ? 6 : 8);
      const lines = compact ? 2 : 1;
      const ny = y(v) - (compact ? 34 : 26);
      marks.push(...textBlock('note-2022', nx, ny, label('first2022'), compact ? 16 : 40, 14, 'm-note', { 'text-anchor': 'start' }));
      marks.push(line('leader-2022', x(2022)! + 2, y(v) - 5, nx + 2, ny + (lines - 1) * 14 + 4, 'm-leader'));
    }
  }

  // The 2024 report: 2023 restated and 2024, hollow (second-hand), joined to each other only.
  if (step >= 3) {
    const r23 = mt('amz-total-2023-restated');
    const v24 = mt('amz-total-2024');
    const focus = step === 3;
    marks.push(path('line-b', polyline([[x(2023)!, y(r23)], [x(2024)!, y(v24)]]), 'm-line m-emission', { 'stroke-width': 1.5 }));
    marks.push(circle('pt-b-2023', x(2023)!, y(r23), 4.5, 'm-estimate m-emission'));
    marks.push(circle('pt-b-2024', x(2024)!, y(v24), focus || step === 4 ? 5.5 : 4.5, 'm-estimate m-emission'));
    marks.push(text('val-b-2023', x(2023)!, y(r23) + 20, fmt(r23), focus ? 'm-value m-value-highlight' : 'm-value', { 'text-anchor': 'middle', 'font-size': fs.value }));
    marks.push(text('val-b-2024', x(2024)!, y(v24) - 12, fmt(v24), 'm-value m-value-highlight', { 'text-anchor': 'middle', 'font-size': fs.value }));
    marks.push(...textBlock('lab-b', x(2023)!, y(r23) + 38, label('vintageB'), compact ? 12 : 16, 14, 'm-note', { 'text-anchor': 'middle' }));
    if (step === 3) {
      // The restatement of 2023: a leader between the two vintages' values.
      const a23 = mt('amz-total-2023');
      marks.push(line('restated', x(2023)!, y(a23) + 5, x(2023)!, y(r23) - 5, 'm-leader'));
      marks.push(text('change-1y', x(2024)! + 8, y(v24) - 32, label('change1y'), 'm-label-strong', { 'text-anchor': 'end' }));
    }
  }

  // Step 4: Amazon's own comparison, 2024 against 2019. The 2019 level is the one the +33 % implies (2024 / 1.33),
  // drawn as a short dashed reference beside the 2024 point only: nothing joins it to the 2023-report line.
  if (step === 4) {
    const v24 = mt('amz-total-2024');
    const yRef = y(v24 / (1 + figure(seeds, 'amz-2024-vs-2019').value! / 100));
    const gx = x(2024)! + (compact ? 12 : 16);
    marks.push(line('guide-2019', x(2024)! - (compact ? 12 : 40), yRef, gx + 4, yRef, 'm-leader', { 'stroke-dasharray': '4 3' }));
    marks.push(line('gap', gx, yRef, gx, y(v24), 'm-leader', { 'stroke-width': 2 }));
    marks.push(text('level-2019', gx + 4, yRef + 18, label('level2019'), 'm-note', { 'text-anchor': 'end' }));
    marks.push(text('change-2019', x(2024)! + 8, y(v24) - 32, label('change2019'), 'm-value m-value-highlight', { 'text-anchor': 'end', 'font-size': fs.value }));
  }

  // Notes sit in the empty band under the data (the y axis starts at zero).
  const noteMax = compact ? 42 : 64;
  if (step === 1) marks.push(...textBlock('note', f.left + 8, y(36), label('note1'), noteMax, 15));
  if (step === 4) marks.push(...textBlock('note', f.left + 8, y(36), label(compact ? 'note4Short' : 'note4'), noteMax, 15));
  return { width: size.width, height: size.height, marks };
}

export const amazonFootprint: ChartDef = {
  id: ID,
  chapter: 3,
  steps: STEPS,
  rows: () => ['amazon-footprint'],
  scene,
};
