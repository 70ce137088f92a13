/**
 * amazon-footprint — Amazon's carbon footprint (Amazon-defined: Scope 1, Scope 2 market-based and part of Scope 3),
 * in MtCO2e. The line is one report edition as a whole: the `total` series of `seeds/data/amazon-footprint.csv`
 * (today the 2025 report, 2019–2025, primary). The values earlier reports published for the same years (other
 * series: `report-2022`, `report-2023`, `report-2024`) are hollow points wherever they differ from the line, never
 * joined to it. From the first year on the updated method (`METHOD_FROM`), a dashed vertical rule marks the break.
 * Sources: Amazon 2025 Sustainability Report (`amazon-sr-2025`), earlier reports and their press coverage.
 *
 * Steps: 1 the 2019–2021 rise · 2 2022–2023 on the updated method, and the values first published for those years ·
 * 3 2024 up again (first published lower) · 4 the newest year: change in one year and since the first year.
 *
 * Scales come from the data: x = every year of the line; y = 0 to `niceTop()` of every value drawn. A new year added
 * to the `total` series appears at step 4 with no code change.
 */
import { scalePoint, scaleLinear } from 'd3-scale';
import { figure } from '../../data/seeds';
import type { Figure } from '../../data/schemas';
import { defineChart, type SceneContext } from '../shared/context';
import type { Mark } from '../shared/scene';
import { axisTitle, circle, line, path, polyline, text, textBlock, value, xLabels, yGrid } from '../shared/marks';
import { valueClass } from '../shared/states';
import { charsIn } from '../shared/textBox';
import { niceTop, series, yearOf } from '../shared/series';

const ID = 'amazon-footprint';
const DATASET = 'amazon-footprint';
/** The series drawn as the line: the newest report edition. */
const LINE = 'total';
/** The line's first figure computed with the updated methodology (the report's footnote). */
const METHOD_FROM = 'amz25-total-2022';

/** One step's state: how far the line runs, which points are highlighted and labelled. */
interface State {
  /** Last figure of the line drawn; null: the whole series (the newest year). */
  through: string | null;
  /** Figures highlighted; 'last' is the newest row of the series. */
  focus: readonly string[];
  /** Figures whose value is written next to their point ('first': the first row, 'last': the newest). */
  labelled: readonly string[];
  /** Earlier editions' values (hollow) are drawn from this step on, up to `through`. */
  previous: boolean;
}

/** One state per step; the step's note is `note<step>` (on phones `note<step>-short` when present). */
const STATES: readonly State[] = [
  { through: 'amz25-total-2021', focus: ['amz25-total-2021'], labelled: ['first', 'amz25-total-2021'], previous: false },
  { through: 'amz25-total-2023', focus: ['amz25-total-2022', 'amz25-total-2023'], labelled: ['amz25-total-2022', 'amz25-total-2023'], previous: true },
  { through: 'amz25-total-2024', focus: ['amz25-total-2024'], labelled: ['amz25-total-2024'], previous: true },
  { through: null, focus: ['last'], labelled: ['first', 'last'], previous: true },
];

function draw(c: SceneContext): Mark[] {
  const { seeds, step, label, fs, mt, byVariant } = c;
  const st = STATES[step - 1]!;
  const f = c.frame({ top: 44 }, { top: 40, left: 34 });

  const all = series(seeds, DATASET, LINE, 2);
  const first = all[0]!;
  const last = all[all.length - 1]!;
  const end = st.through === null ? all.length : all.findIndex((r) => r.id === st.through) + 1;
  if (end === 0) throw new Error(`${ID}: ${st.through} is not in series "${LINE}"`);
  const shown = all.slice(0, end);
  const ref = (id: string): string => (id === 'first' ? first.id : id === 'last' ? last.id : id);
  const focus = new Set(st.focus.map(ref));
  const labelled = new Set(st.labelled.map(ref));

  // Earlier editions: every other series of the dataset, one point per year where its value differs from the line.
  const keys = [...new Set((seeds.datasets.get(DATASET) ?? []).map((r) => r.series).filter((k) => k !== '' && k !== LINE))];
  const lineAt = new Map(all.map((r) => [yearOf(r.period), r]));
  const previous = keys
    .flatMap((k) => series(seeds, DATASET, k))
    .filter((r) => r.unit === first.unit && lineAt.has(yearOf(r.period)) && r.value !== lineAt.get(yearOf(r.period))!.value);

  const years = all.map((r) => yearOf(r.period));
  const x = scalePoint<number>().domain(years).range([f.left, f.right]).padding(0.4);
  const { top, ticks } = niceTop(Math.max(...all.map(mt), ...previous.map(mt)));
  const y = scaleLinear().domain([0, top]).range([f.bottom, f.top]);
  const X = (r: Figure) => x(yearOf(r.period))!;
  const Y = (r: Figure) => y(mt(r));
  // The lowest value drawn: the notes and the method label sit in the empty band under it (the y axis starts at 0).
  const lowest = y(Math.min(...all.map(mt), ...previous.map(mt)));

  const marks: Mark[] = [axisTitle('y-title', f, label('axis')), ...yGrid(y, ticks, f, (v) => c.num(v)), ...xLabels(years.map((yr) => [yr, x(yr)!]), f)];

  // The method break: a dashed rule between the last year on the former method and the first on the updated one.
  const mi = all.findIndex((r) => r.id === METHOD_FROM);
  const mx = mi > 0 ? (X(all[mi - 1]!) + X(all[mi]!)) / 2 : f.left;
  if (step >= 2 && mi > 0) {
    const ty = lowest + byVariant(44, 40);
    marks.push(line('method', mx, f.bottom, mx, ty - byVariant(16, 14), 'm-leader', { 'stroke-dasharray': '3 3' }));
    marks.push(value('method-label', mx + 4, ty - byVariant(20, 18), label('method'), step === 2 ? 'm-label-strong' : 'm-note', fs.note, 'start'));
  }

  // Earlier editions' values: hollow, unjoined, dimmed once they are not the step's subject.
  if (st.previous) {
    const upTo = yearOf(shown[shown.length - 1]!.period);
    const focusYears = new Set([...focus].map((id) => yearOf(figure(seeds, id).period)));
    for (const r of previous) {
      if (yearOf(r.period) > upTo) continue;
      const dim = focusYears.has(yearOf(r.period)) ? '' : ' m-dim';
      marks.push(circle(`prev-${r.id}`, X(r), Y(r), byVariant(4, 3.5), `m-estimate m-emission${dim}`));
    }
  }

  // The line (newest edition) and its points; labels under the point where earlier editions' hollow points sit above
  // it (steps 2–3), above it otherwise.
  marks.push(path('line', polyline(shown.map((r) => [X(r), Y(r)])), 'm-line m-emission'));
  const below = st.previous && st.through !== null;
  for (const r of shown) {
    const hi = focus.has(r.id);
    marks.push(circle(`pt-${yearOf(r.period)}`, X(r), Y(r), hi ? 5.5 : 4, hi ? 'm-highlight' : 'm-emission'));
    if (labelled.has(r.id)) marks.push(value(`val-${yearOf(r.period)}`, X(r), below ? Y(r) + byVariant(22, 18) : Y(r) - 12, c.num(mt(r)), valueClass({ focus: hi }), fs.value));
  }
  // Direct label of the line, under its second point.
  marks.push(text('line-label', X(all[1]!), Y(all[1]!) + byVariant(26, 20), label('vintage'), 'm-note', { 'text-anchor': 'start' }));

  // Step 3: the one-year change, above the newest point shown.
  if (step === 3) {
    const r = shown[shown.length - 1]!;
    marks.push(text('change-1y', X(r), Y(r) - 14, label('change3'), 'm-label-strong', { 'text-anchor': 'middle' }));
  }
  // Step 4: the newest year against the year before and against the first year (a dashed level, then a bracket).
  if (step === 4) {
    const gx = X(last) + byVariant(12, 8);
    marks.push(line('level-first', X(first), Y(first), gx + 4, Y(first), 'm-leader', { 'stroke-dasharray': '4 3' }));
    marks.push(line('gap', gx, Y(first), gx, Y(last), 'm-leader', { 'stroke-width': 2 }));
    marks.push(value('change-first', gx - 6, Y(first) - 8, c.short('changeFirst'), 'm-value m-value-highlight', fs.value, 'end'));
    marks.push(text('change-1y', f.right, Y(last) - byVariant(32, 28), label('change4'), 'm-label-strong', { 'text-anchor': 'end' }));
  }

  // The step's note, in the empty band under the data, right of the method break from step 2.
  const noteX = step === 1 || mi <= 0 ? f.left + 8 : mx + 8;
  marks.push(...textBlock('note', noteX, lowest + byVariant(56, 46), c.short(`note${step}`), charsIn(f.right - noteX, 12.5) - 1, 15));
  return marks;
}

export const amazonFootprint = defineChart({
  id: ID,
  chapter: 3,
  steps: STATES.length,
  rows: () => [DATASET],
  draw,
});
