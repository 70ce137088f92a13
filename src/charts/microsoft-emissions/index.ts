/**
 * microsoft-emissions — Microsoft's total emissions, FY2020 (baseline) to FY2024, on one basis: the 2025 data fact
 * sheet, Table 1A (GHG Protocol inventory: Scope 1 + 2 market-based + 3), in MtCO2e; then the 2030 commitment.
 * Source: Microsoft 2025 Environmental Sustainability Report Data Fact Sheet (`ms-factsheet-2025`).
 *
 * Steps: 1 the FY2020 baseline · 2 FY2021–FY2023, the rise to FY2023 · 3 FY2024, still above the baseline ·
 * 4 the 2030 commitment (Scope 3 cut by more than half, then carbon negative).
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { figure } from '../../data/seeds';
import { formatNumber, formatValue, scaleTo } from '../../lib/format';
import { assertStep, type ChartDef, type Mark, type SceneInput } from '../shared/scene';
import { axisTitle, fontSize, frame, line, rect, text, textBlock, yGrid } from '../shared/marks';

const ID = 'microsoft-emissions';
const YEARS = ['fy2020', 'fy2021', 'fy2022', 'fy2023', 'fy2024'] as const;
/** Which fiscal years are drawn at each step (1-based index). */
const SHOWN: Record<number, number> = { 1: 1, 2: 4, 3: 5, 4: 5 };
/** The highlighted year at each step. */
const FOCUS: Record<number, string | null> = { 1: 'fy2020', 2: 'fy2023', 3: 'fy2024', 4: null };

/** Builds the scene; exported for tests through the chart definition. */
function scene({ seeds, step, size, variant, locale, label }: SceneInput) {
  assertStep(ID, step, 4);
  const fs = fontSize(variant);
  // Notes sit above the plot (up to 3 lines on phones), the axis title just above the plot.
  const f = frame(size, variant, { top: variant === 'compact' ? 92 : 74 });
  const slots = [...YEARS, 'y2030'];
  const x = scaleBand<string>().domain(slots).range([f.left, f.right]).paddingInner(0.28).paddingOuter(0.15);
  const y = scaleLinear().domain([0, 18]).range([f.bottom, f.top]);
  const marks: Mark[] = [];
  marks.push(axisTitle('y-title', f, label('axis')));
  marks.push(...yGrid(y, [0, 5, 10, 15], f, (v) => formatNumber(v, locale)));
  const shown = SHOWN[step]!;
  YEARS.forEach((yr, i) => {
    const fig = figure(seeds, `ms-t1a-${yr}`);
    const v = scaleTo(fig.value!, fig.unit, 'Mt');
    const bx = x(yr)!;
    const visible = i < shown;
    const h = visible ? f.bottom - y(v) : 0;
    const focus = FOCUS[step] === yr;
    marks.push(rect(`bar-${yr}`, bx, f.bottom - h, x.bandwidth(), h, focus ? 'm-highlight' : 'm-emission'));
    if (visible) {
      marks.push(
        text(`val-${yr}`, bx + x.bandwidth() / 2, y(v) - 6, formatValue(fig.value!, fig.unit, locale, { unit: 'Mt', bare: true }), focus ? 'm-value m-value-highlight' : 'm-value', {
          'text-anchor': 'middle',
          'font-size': fs.value,
        }),
      );
    }
    marks.push(text(`xl-${yr}`, bx + x.bandwidth() / 2, f.bottom + 18, label(yr), 'm-tick', { 'text-anchor': 'middle' }));
  });
  // Baseline reference line from step 2 on: how far above FY2020 each year is.
  const base = scaleTo(figure(seeds, 'ms-t1a-fy2020').value!, 'tCO2e', 'Mt');
  if (step >= 2) {
    marks.push(line('baseline', f.left, y(base), f.right, y(base), 'm-target', { 'stroke-dasharray': '3 3' }));
    // Above the line, right-aligned in the 2030 slot, which stays free at that height.
    marks.push(text('baseline-label', f.right, y(base) - 6, label(variant === 'compact' ? 'baselineShort' : 'baseline'), 'm-note', { 'text-anchor': 'end' }));
  }
  const noteX = variant === 'compact' ? 8 : f.left - 40;
  const noteMax = variant === 'compact' ? 50 : 80;
  if (step === 1) marks.push(...textBlock('note', noteX, 16, label('note1'), noteMax, 15));
  if (step === 2) marks.push(...textBlock('note', noteX, 16, label('note2'), noteMax, 15));
  if (step === 3) marks.push(...textBlock('note', noteX, 16, label('note3'), noteMax, 15));
  // 2030: the commitment, drawn as a dashed outline at half of FY2020 Scope 3 (the Scope 3 target), step 4 only.
  const s3base = scaleTo(figure(seeds, 'ms-s3-t1a-fy2020').value!, 'tCO2e', 'Mt');
  const cut = figure(seeds, 'ms-target-2030-scope3-cut').value! / 100;
  const targetH = step === 4 ? f.bottom - y(s3base * (1 - cut)) : 0;
  marks.push(rect('bar-2030', x('y2030')!, f.bottom - targetH, x.bandwidth(), targetH, 'm-target'));
  marks.push(text('xl-2030', x('y2030')! + x.bandwidth() / 2, f.bottom + 18, label('y2030'), 'm-tick', { 'text-anchor': 'middle' }));
  if (step === 4) {
    const tx = x('y2030')! + x.bandwidth();
    marks.push(...textBlock('note', noteX, 16, label('note4'), noteMax, 15));
    const level = s3base * (1 - cut);
    marks.push(text('target-label', tx, y(level) - 24, label('target'), 'm-label-strong', { 'text-anchor': 'end' }));
    // The level is computed from two sourced figures (FY2020 Scope 3 × (1 − the cut)): "at most", hence ≤.
    marks.push(text('target-value', tx, y(level) - 8, `≤\u00a0${formatNumber(level, locale, 2)}`, 'm-value', { 'text-anchor': 'end', 'font-size': fs.value }));
  }
  return { width: size.width, height: size.height, marks };
}

export const microsoftEmissions: ChartDef = {
  id: ID,
  chapter: 2,
  steps: 4,
  rows: () => [
    'ms-t1a-fy2020',
    'ms-t1a-fy2021',
    'ms-t1a-fy2022',
    'ms-t1a-fy2023',
    'ms-t1a-fy2024',
    'ms-s1-fy2020',
    'ms-s2mb-fy2020',
    'ms-s3-t1a-fy2020',
    'ms-s1-fy2024',
    'ms-s2mb-fy2024',
    'ms-s3-t1a-fy2024',
    'ms-t1b-fy2020',
    'ms-t1b-fy2024',
    'ms-t1b-fy2024-vs-fy2020',
    'ms-t1a-fy2023-vs-fy2020',
    'ms-t1a-fy2024-vs-fy2020',
    'ms-t1a-fy2024-vs-fy2023',
    'ms-target-2030-scope3-cut',
    'ms-target-2030-carbon-negative',
  ],
  scene,
};
