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
import { formatNumber, scaleTo } from '../../lib/format';
import { assertStep, type ChartDef, type Mark, type SceneInput } from '../shared/scene';
import { axisTitle, circle, fontSize, frame, line, path, polyline, text, textBlock, yGrid } from '../shared/marks';
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
  /** Note key in the chart's YAML labels (compact variant: `<key>-short` when present). */
  note?: string;
}

const STATES: readonly State[] = [
  { through: 'amz25-total-2021', focus: ['amz25-total-2021'], labelled: ['first', 'amz25-total-2021'], previous: false, note: 'note1' },
  { through: 'amz25-total-2023', focus: ['amz25-total-2022', 'amz25-total-2023'], labelled: ['amz25-total-2022', 'amz25-total-2023'], previous: true, note: 'note2' },
  { through: 'amz25-total-2024', focus: ['amz25-total-2024'], labelled: ['amz25-total-2024'], previous: true, note: 'note3' },
  { through: null, focus: ['last'], labelled: ['first', 'last'], previous: true, note: 'note4' },
];
const STEPS = STATES.length;

const mt = (f: Figure): number => scaleTo(f.value!, f.unit, 'Mt');

function scene({ seeds, step, size, variant, locale, label }: SceneInput) {
  assertStep(ID, step, STEPS);
  const st = STATES[step - 1]!;
  const compact = variant === 'compact';
  const fs = fontSize(variant);
  const f = frame(size, variant, compact ? { top: 40, left: 34 } : { top: 44 });
  const fmt = (v: number) => formatNumber(v, locale);

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

  const marks: Mark[] = [];
  marks.push(axisTitle('y-title', f, label('axis')));
  marks.push(...yGrid(y, ticks, f, (v) => formatNumber(v, locale)));
  for (const yr of years) marks.push(text(`xl-${yr}`, x(yr)!, f.bottom + 18, String(yr), 'm-tick', { 'text-anchor': 'middle' }));

  // The method break: a dashed rule between the last year on the former method and the first on the updated one.
  const mi = all.findIndex((r) => r.id === METHOD_FROM);
  if (step >= 2 && mi > 0) {
    const mx = (X(all[mi - 1]!) + X(all[mi]!)) / 2;
    const lowest = Math.min(...all.map(mt), ...previous.map(mt));
    const ty = y(lowest) + (compact ? 40 : 44);
    marks.push(line('method', mx, f.bottom, mx, ty - (compact ? 14 : 16), 'm-leader', { 'stroke-dasharray': '3 3' }));
    marks.push(text('method-label', mx + 4, ty - (compact ? 18 : 20), label('method'), step === 2 ? 'm-label-strong' : 'm-note', { 'text-anchor': 'start', 'font-size': fs.note }));
  }

  // Earlier editions' values: hollow, unjoined, dimmed once they are not the step's subject.
  if (st.previous) {
    const upTo = yearOf(shown[shown.length - 1]!.period);
    const focusYears = new Set([...focus].map((id) => yearOf(figure(seeds, id).period)));
    for (const r of previous) {
      if (yearOf(r.period) > upTo) continue;
      const dim = focusYears.has(yearOf(r.period)) ? '' : ' m-dim';
      marks.push(circle(`prev-${r.id}`, X(r), Y(r), compact ? 3.5 : 4, `m-estimate m-emission${dim}`));
    }
  }

  // The line (newest edition) and its points.
  marks.push(path('line', polyline(shown.map((r) => [X(r), Y(r)] as [number, number])), 'm-line m-emission'));
  for (const r of shown) {
    const hi = focus.has(r.id);
    marks.push(circle(`pt-${yearOf(r.period)}`, X(r), Y(r), hi ? 5.5 : 4, hi ? 'm-highlight' : 'm-emission'));
    if (!labelled.has(r.id)) continue;
    // Under the point where earlier editions' hollow points sit above it (steps 2–3), above it otherwise.
    const below = st.previous && st.through !== null;
    marks.push(
      text(`val-${yearOf(r.period)}`, X(r), below ? Y(r) + (compact ? 18 : 22) : Y(r) - 12, fmt(mt(r)), hi ? 'm-value m-value-highlight' : 'm-value', {
        'text-anchor': 'middle',
        'font-size': fs.value,
      }),
    );
  }
  // Direct label of the line, under its second point.
  if (all.length > 1) marks.push(text('line-label', X(all[1]!), Y(all[1]!) + (compact ? 20 : 26), label('vintage'), 'm-note', { 'text-anchor': 'start' }));

  // Step 3: the one-year change, above the newest point shown.
  if (step === 3) {
    const r = shown[shown.length - 1]!;
    marks.push(text('change-1y', X(r), Y(r) - 14, label('change3'), 'm-label-strong', { 'text-anchor': 'middle' }));
  }
  // Step 4: the newest year against the year before and against the first year (a dashed level, then a bracket).
  if (step === 4) {
    const gx = X(last) + (compact ? 8 : 12);
    marks.push(line('level-first', X(first), Y(first), gx + 4, Y(first), 'm-leader', { 'stroke-dasharray': '4 3' }));
    marks.push(line('gap', gx, Y(first), gx, Y(last), 'm-leader', { 'stroke-width': 2 }));
    marks.push(text('change-first', gx - 6, Y(first) - 8, label(compact ? 'changeFirst-short' : 'changeFirst'), 'm-value m-value-highlight', { 'text-anchor': 'end', 'font-size': fs.value }));
    marks.push(text('change-1y', f.right, Y(last) - (compact ? 28 : 32), label('change4'), 'm-label-strong', { 'text-anchor': 'end' }));
  }

  // The step's note, in the empty band under the data (the y axis starts at zero).
  if (st.note) {
    const lowest = Math.min(...all.map(mt), ...previous.map(mt));
    const noteKey = compact && labelHas(label, `${st.note}-short`) ? `${st.note}-short` : st.note;
    const noteX = step === 1 || mi <= 0 ? f.left + 8 : (X(all[mi - 1]!) + X(all[mi]!)) / 2 + 8;
    const max = charsIn(f.right - noteX, 12.5) - 1;
    marks.push(...textBlock('note', noteX, y(lowest) + (compact ? 46 : 56), label(noteKey), max, 15));
  }
  return { width: size.width, height: size.height, marks };
}

/** True when the chart's YAML has this label. */
function labelHas(label: (k: string) => string, key: string): boolean {
  try {
    label(key);
    return true;
  } catch {
    return false;
  }
}

export const amazonFootprint: ChartDef = {
  id: ID,
  chapter: 3,
  steps: STEPS,
  rows: () => [DATASET],
  scene,
};
