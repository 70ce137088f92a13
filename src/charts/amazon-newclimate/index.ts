/**
 * amazon-newclimate — how the NewClimate Institute's Corporate Climate Responsibility Monitor (CCRM) rated Amazon:
 * a 5-level integrity scale (high, reasonable, moderate, low, very low; stored 5 to 1), one column per edition.
 * Amazon is "low" in 2022 (headline net-zero pledge) and 2023 (overall strategy), both read second-hand, so the
 * markers are hollow; the 2025 tech-sector deep dive assessed five tech companies, but Amazon's own rating was not
 * found: a "?" under the scale (not in a rating row) and no marker.
 * Sources: CCRM 2022 and 2023 as reported in the press, CCRM 2025 (Carbon Market Watch page).
 *
 * Steps: 1 the scale and the 2022 rating · 2 the reason (no explicit target to cut its own emissions) · 3 2023, low
 * again · 4 2025: rating not found.
 */
import { scaleBand, scalePoint } from 'd3-scale';
import { figure } from '../../data/seeds';
import { assertStep, type ChartDef, type Mark, type SceneInput } from '../shared/scene';
import { axisTitle, circle, fontSize, frame, line, rect, text, textBlock } from '../shared/marks';

const ID = 'amazon-newclimate';
const STEPS = 4;
/** Ratings, top (5, high) to bottom (1, very low). */
const LEVELS = [5, 4, 3, 2, 1] as const;
const EDITIONS = ['e2022', 'e2023', 'e2025'] as const;

function scene({ seeds, step, size, variant, label }: SceneInput) {
  assertStep(ID, step, STEPS);
  const compact = variant === 'compact';
  const fs = fontSize(variant);
  const f = frame(size, variant, compact ? { left: 86, right: 10, top: 70, bottom: 60 } : { left: 112, right: 24, top: 70, bottom: 64 });
  const y = scaleBand<number>().domain([...LEVELS]).range([f.top, f.bottom]).paddingInner(0.08);
  const x = scalePoint<string>().domain([...EDITIONS]).range([f.left, f.right]).padding(0.5);
  const cy = (level: number) => y(level)! + y.bandwidth() / 2;
  const marks: Mark[] = [];
  marks.push(axisTitle('y-title', { ...f, left: 12, top: 28 }, label('axis')));

  // The scale: one band per level, its name on the left; the "low" band is tinted where Amazon sits.
  for (const lv of LEVELS) {
    const lowFocus = lv === 2 && step !== 4;
    marks.push(rect(`band-${lv}`, f.left, y(lv)!, f.width, y.bandwidth(), lowFocus ? 'm-band-focus' : 'm-band'));
    marks.push(text(`lvl-${lv}`, f.left - 8, cy(lv), label(`lvl${lv}`), lv === 2 ? 'm-label-strong' : 'm-label', { 'text-anchor': 'end', 'dominant-baseline': 'central' }));
  }
  // Column headers: the edition, on two lines ("CCRM|2022").
  for (const e of EDITIONS) {
    const lines = label(`${e}${compact ? 'Short' : ''}`).split('|');
    lines.forEach((l, i) => marks.push(text(`col-${e}-${i}`, x(e)!, f.top - 26 + i * 14, l, i === 0 ? 'm-label-strong' : 'm-note', { 'text-anchor': 'middle' })));
  }

  // Amazon's ratings: hollow markers (second-hand), shown from their step.
  const r = compact ? 11 : 13;
  const rating = (id: string) => figure(seeds, id).value!;
  const marker = (key: string, e: string, id: string, focus: boolean) => {
    const lv = rating(id);
    marks.push(circle(`pt-${key}`, x(e)!, cy(lv), focus ? r + 2 : r, 'm-estimate m-co-amazon'));
    marks.push(text(`val-${key}`, x(e)!, cy(lv) + r + 14, label('amazon'), focus ? 'm-value m-value-highlight' : 'm-value', { 'text-anchor': 'middle', 'font-size': fs.note }));
  };
  marker('2022', 'e2022', 'ncl-amazon-2022', step <= 2);
  if (step >= 3) marker('2023', 'e2023', 'ncl-amazon-2023', step === 3);

  const noteMax = compact ? 26 : 40;
  const lh = compact ? 14 : 15;
  if (step === 2) {
    // The reason, written in the empty upper part of the 2023–2025 columns, with a leader to the 2022 marker.
    const nx = x('e2023')! - (compact ? 36 : 50);
    const ny = cy(4) - 10;
    marks.push(line('reason-leader', nx - 4, ny - 4, x('e2022')! + r * 0.7, cy(rating('ncl-amazon-2022')) - r * 0.7, 'm-leader'));
    marks.push(...textBlock('note', nx, ny, label(compact ? 'reasonShort' : 'reason'), noteMax, lh, 'm-label'));
  }
  if (step === 3) {
    marks.push(...textBlock('note', x('e2023')! - (compact ? 36 : 50), cy(4) - 10, label(compact ? 'note3Short' : 'note3'), noteMax, lh));
  }
  if (step === 4) {
    // No rating found: the "?" sits under the scale, below the 2025 column, never inside a rating row.
    marks.push(text('unknown-2025', x('e2025')!, f.bottom + (compact ? 18 : 22), label('unknown'), 'm-value m-value-highlight', { 'text-anchor': 'middle', 'dominant-baseline': 'central', style: `font-size: ${compact ? 22 : 26}px` }));
    marks.push(...textBlock('note', x('e2025')!, f.bottom + (compact ? 42 : 52), label(compact ? 'note4Short' : 'note4'), compact ? 14 : 30, compact ? 13 : lh, 'm-note', { 'text-anchor': 'middle' }));
  }
  return { width: size.width, height: size.height, marks };
}

export const amazonNewclimate: ChartDef = {
  id: ID,
  chapter: 3,
  steps: STEPS,
  rows: () => ['amazon-newclimate'],
  scene,
};
