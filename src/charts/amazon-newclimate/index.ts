/**
 * amazon-newclimate — how the NewClimate Institute's Corporate Climate Responsibility Monitor (CCRM) rated Amazon:
 * a 5-level integrity scale (high, reasonable, moderate, low, very low; stored 5 to 1), one column per edition.
 * Amazon is "low" in 2022 (headline net-zero pledge) and 2023 (overall strategy), both read second-hand, so the
 * markers are hollow; the 2025 tech-sector deep dive assessed five tech companies, but Amazon's own rating was not
 * found: a "?" under the scale (not in a rating row) and no marker. Columns are the editions found in the dataset
 * (years of its rows); an edition with no `rating` row gets the "?" at the last step.
 * Sources: CCRM 2022 and 2023 as reported in the press, CCRM 2025 (Carbon Market Watch page).
 *
 * Steps: 1 the scale and the 2022 rating · 2 the reason (no explicit target to cut its own emissions) · 3 2023, low
 * again · 4 2025: rating not found.
 */
import { scaleBand, scalePoint } from 'd3-scale';
import { figure } from '../../data/seeds';
import type { Figure } from '../../data/schemas';
import { defineChart, type SceneContext } from '../shared/context';
import type { Mark } from '../shared/scene';
import { axisTitle, circle, line, rect, text, textBlock, value } from '../shared/marks';
import { stateAt, valueClass } from '../shared/states';
import { yearOf } from '../shared/series';

const ID = 'amazon-newclimate';
const DATASET = 'amazon-newclimate';
/** Ratings, top (5, high) to bottom (1, very low): the CCRM's own scale, not data. */
const LEVELS = [5, 4, 3, 2, 1] as const;

/** Amazon's ratings the story walks through: from which step each is drawn, and the steps it is highlighted at. */
const MARKERS: readonly { fig: string; from: number; focus: readonly number[] }[] = [
  { fig: 'ncl-amazon-2022', from: 1, focus: [1, 2] },
  { fig: 'ncl-amazon-2023', from: 3, focus: [3] },
];
const STEPS = 4;

function draw(c: SceneContext): Mark[] {
  const { seeds, step, label, fs, byVariant } = c;
  const f = c.frame({ left: 112, right: 24, top: 70, bottom: 64 }, { left: 86, right: 10, top: 70, bottom: 60 });
  // Columns: one per CCRM edition in the dataset (its rows' years); a rating row not in MARKERS shows at the last step.
  const rows = seeds.datasets.get(DATASET) ?? [];
  const ratings = rows.filter((r) => r.unit === 'rating');
  const editions = [...new Set(rows.map((r) => yearOf(r.period)))].sort((a, b) => a - b);
  const markers = ratings.map((r) => MARKERS.find((m) => m.fig === r.id) ?? { fig: r.id, from: STEPS, focus: [STEPS] });
  const y = scaleBand<number>().domain([...LEVELS]).range([f.top, f.bottom]).paddingInner(0.08);
  const x = scalePoint<number>().domain(editions).range([f.left, f.right]).padding(0.5);
  const cy = (level: number) => y(level)! + y.bandwidth() / 2;
  const col = (fig: Figure) => x(yearOf(fig.period))!;
  const marks: Mark[] = [axisTitle('y-title', { ...f, left: 12, top: 28 }, label('axis'))];

  // The scale: one band per level, its name on the left. The levels Amazon holds at this step are tinted (not at the
  // last step, which is about the missing rating).
  const held = new Set(markers.filter((m) => step >= m.from).map((m) => figure(seeds, m.fig).value!));
  for (const lv of LEVELS) {
    marks.push(rect(`band-${lv}`, f.left, y(lv)!, f.width, y.bandwidth(), held.has(lv) && step !== STEPS ? 'm-band-focus' : 'm-band'));
    marks.push(text(`lvl-${lv}`, f.left - 8, cy(lv), label(`lvl${lv}`), held.has(lv) ? 'm-label-strong' : 'm-label', { 'text-anchor': 'end', 'dominant-baseline': 'central' }));
  }
  // Column headers: the edition, on two lines ("CCRM 2022" | what was rated).
  for (const e of editions) {
    const lines = [byVariant(`${label('edition')} ${e}`, String(e)), c.short(`e${e}`)];
    lines.forEach((l, i) => marks.push(text(`col-e${e}-${i}`, x(e)!, f.top - 26 + i * 14, l, i === 0 ? 'm-label-strong' : 'm-note', { 'text-anchor': 'middle' })));
  }

  // Amazon's ratings: hollow markers (second-hand), shown from their step.
  const r = byVariant(13, 11);
  for (const m of markers) {
    const st = stateAt(m, step);
    if (!st.shown) continue;
    const fig = figure(seeds, m.fig);
    const key = String(yearOf(fig.period));
    const cls = fig.confidence === 'second-hand' ? 'm-estimate m-co-amazon' : 'm-co-amazon';
    marks.push(circle(`pt-${key}`, col(fig), cy(fig.value!), st.focus ? r + 2 : r, cls));
    marks.push(value(`val-${key}`, col(fig), cy(fig.value!) + r + 14, label('amazon'), valueClass(st), fs.note));
  }
  const [first, second] = MARKERS.map((m) => figure(seeds, m.fig)) as [Figure, Figure];

  // Steps 2–3: the note in the empty upper part of the 2023–2025 columns; at step 2, the reason, with a leader to the
  // 2022 marker.
  const [nx, ny] = [col(second) - byVariant(50, 36), cy(4) - 10];
  const note = (key: string, cls?: string) => textBlock('note', nx, ny, c.short(key), byVariant(40, 26), byVariant(15, 14), cls);
  if (step === 2) {
    marks.push(line('reason-leader', nx - 4, ny - 4, col(first) + r * 0.7, cy(first.value!) - r * 0.7, 'm-leader'));
    marks.push(...note('reason', 'm-label'));
  }
  if (step === 3) marks.push(...note('note3'));
  if (step === 4) {
    // Editions without an Amazon rating in the data: a "?" under the scale, never inside a rating row.
    const rated = new Set(ratings.map((fr) => yearOf(fr.period)));
    for (const e of editions.filter((e) => !rated.has(e))) {
      marks.push(text(`unknown-${e}`, x(e)!, f.bottom + byVariant(22, 18), label('unknown'), 'm-value m-value-highlight', { 'text-anchor': 'middle', 'dominant-baseline': 'central', style: `font-size: ${byVariant(26, 22)}px` }));
      marks.push(...textBlock(`note-${e}`, x(e)!, f.bottom + byVariant(52, 42), c.short('note4'), byVariant(30, 14), byVariant(15, 13), 'm-note', { 'text-anchor': 'middle' }));
    }
  }
  return marks;
}

export const amazonNewclimate = defineChart({
  id: ID,
  chapter: 3,
  steps: STEPS,
  rows: () => [DATASET],
  draw,
});
