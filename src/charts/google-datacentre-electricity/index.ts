/**
 * google-datacentre-electricity — electricity used by Google's data centres, in TWh a year, 2020–2024, as published
 * in the 2025 Environmental Report (values relayed by the press). 2021–2022 were not published in that report: the
 * slots say so. 2023 is back-calculated from 2024 and the +27 % growth (derived, hollow and dashed); the 2024 report
 * gave "about 24 TWh".
 *
 * Steps: 1 the 2020 level · 2 2024, more than twice as much · 3 2023 and the yearly growth (+17 %, +27 %) ·
 * 4 data centres are almost all of the company's electricity.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { figure } from '../../data/seeds';
import { formatNumber, formatValue } from '../../lib/format';
import { assertStep, type ChartDef, type Mark, type SceneInput } from '../shared/scene';
import { axisTitle, fontSize, frame, line, rect, text, textBlock, yGrid } from '../shared/marks';

const ID = 'google-datacentre-electricity';
const STEPS = 4;
const YEARS = ['2020', '2021', '2022', '2023', '2024'] as const;
/** Y domain in TWh. */
const Y_MAX = 40;

function scene({ seeds, step, size, variant, locale, label }: SceneInput) {
  assertStep(ID, step, STEPS);
  const compact = variant === 'compact';
  const fs = fontSize(variant);
  const f = frame(size, variant, { top: 40 });
  const x = scaleBand<string>().domain(YEARS).range([f.left, f.right]).paddingInner(0.3).paddingOuter(0.15);
  const y = scaleLinear().domain([0, Y_MAX]).range([f.bottom, f.top]);
  const bw = x.bandwidth();
  const cx = (yr: string) => x(yr)! + bw / 2;
  const twh = (id: string) => figure(seeds, id).value!;
  const fmt = (id: string, digits = 3) => formatValue(twh(id), 'TWh', locale, { bare: true, digits });
  const marks: Mark[] = [];
  marks.push(axisTitle('y-title', f, label('axis')));
  marks.push(...yGrid(y, [0, 10, 20, 30, 40], f, (v) => formatNumber(v, locale)));
  for (const yr of YEARS) marks.push(text(`xl-${yr}`, cx(yr), f.bottom + 18, yr, 'm-tick', { 'text-anchor': 'middle' }));

  // Bars keep their keys at every step; a bar not yet shown has zero height so that it grows in.
  const bar = (yr: string, id: string, visible: boolean, cls: string, extra: Record<string, string | number> = {}) => {
    const h = visible ? f.bottom - y(twh(id)) : 0;
    marks.push(rect(`bar-${yr}`, x(yr)!, f.bottom - h, bw, h, cls, extra));
  };
  const valueLabel = (yr: string, id: string, content: string, focus: boolean) =>
    marks.push(
      text(`val-${yr}`, cx(yr), y(twh(id)) - 8, content, focus ? 'm-value m-value-highlight' : 'm-value', {
        'text-anchor': 'middle',
        'font-size': fs.value,
      }),
    );

  // 2020: the focus at step 1, dimmed at 2 and 3, plain at 4.
  bar('2020', 'ggl-dc-elec-2020', true, step === 1 ? 'm-energy' : step === 4 ? 'm-energy' : 'm-energy m-dim');
  valueLabel('2020', 'ggl-dc-elec-2020', fmt('ggl-dc-elec-2020'), step === 1);
  // 2024 from step 2.
  bar('2024', 'ggl-dc-elec-2024', step >= 2, 'm-energy');
  if (step >= 2) valueLabel('2024', step === 4 ? 'ggl-elec-2024' : 'ggl-dc-elec-2024', fmt('ggl-dc-elec-2024'), step === 2);
  // 2021–2022: not published in the 2025 report.
  if (step >= 2) {
    for (const yr of ['2021', '2022']) {
      marks.push(text(`nc-${yr}`, cx(yr), f.bottom - 8, label('nc'), 'm-note', { 'text-anchor': 'middle' }));
    }
  }
  // 2023 from step 3: back-calculated (hollow, dashed outline), labelled "≈ 24" as the 2024 report put it.
  bar('2023', 'ggl-dc-elec-2023-derived', step >= 3, 'm-estimate m-energy', { 'stroke-dasharray': '5 3' });
  if (step >= 3) valueLabel('2023', 'ggl-dc-elec-2023-derived', `≈\u202f${fmt('ggl-dc-elec-2023', 2)}`, step === 3);

  // Step 2: the doubling. The 2020 level runs across to 2024, and a bracket beside the 2024 bar spans the rise.
  if (step === 2) {
    const y20 = y(twh('ggl-dc-elec-2020'));
    const y24 = y(twh('ggl-dc-elec-2024'));
    const bx = x('2024')! - 6;
    marks.push(line('ratio-leader', x('2020')! + bw, y20, bx, y20, 'm-leader', { 'stroke-dasharray': '3 3' }));
    marks.push(line('ratio-bracket', bx, y20, bx, y24, 'm-leader'));
    marks.push(text('ratio-label', bx - 6, (y20 + y24) / 2 + 5, label('ratio'), 'm-label-strong', { 'text-anchor': 'end', 'font-size': fs.label }));
  }
  // Step 3: yearly growth above 2023 (vs 2022) and 2024 (vs 2023).
  if (step === 3) {
    marks.push(text('growth-2023', cx('2023'), y(twh('ggl-dc-elec-2023-derived')) - 28, label('growth2023'), 'm-label-strong', { 'text-anchor': 'middle', 'font-size': fs.label }));
    marks.push(text('growth-2024', cx('2024'), y(twh('ggl-dc-elec-2024')) - 28, label('growth2024'), 'm-label-strong', { 'text-anchor': 'middle', 'font-size': fs.label }));
  }
  // Step 4: company-wide electricity as a dashed outline around the 2024 bar; the 2024 value moves above it.
  if (step === 4) {
    const yt = y(twh('ggl-elec-2024'));
    const pad = compact ? 3 : 5;
    marks.push(rect('company-2024', x('2024')! - pad, yt, bw + 2 * pad, f.bottom - yt, 'm-leader', { 'stroke-dasharray': '4 3' }));
    // Compact: no room beside the outline, the note carries the values instead.
    if (!compact) marks.push(...textBlock('company-label', x('2024')! + bw + pad, yt - 54, label('company'), 26, 15, 'm-label', { 'text-anchor': 'end', 'font-size': fs.note }));
  }
  const noteX = f.left + (compact ? 4 : 8);
  marks.push(...textBlock('note', noteX, f.top + 4, label(step === 4 && compact ? 'note4Short' : `note${step}`), compact ? 30 : 44, 15));
  return { width: size.width, height: size.height, marks };
}

export const googleDatacentreElectricity: ChartDef = {
  id: ID,
  chapter: 4,
  steps: STEPS,
  rows: () => ['google-datacentre-electricity'],
  scene,
};
