/**
 * inference-tasks — energy per 1,000 inferences by task (mean over the task-specific models tested), in kWh, on a
 * log scale; then the spread due to model size within two multi-purpose families (zero-shot, Table 3).
 * Source: Luccioni, Jernite & Strubell, FAccT '24 (`luccioni-2024`), Tables 2 and 3.
 *
 * Steps: 1 the six text tasks · 2 all ten tasks, image generation on top: its models' mean is more than 1,450 × the
 * mean of the text-classification models (different models, not one model switching task) ·
 * 3 model size within a family (Flan-T5 base→xxl, BLOOMz 560M→7B) against the gap between tasks.
 *
 * A dot plot, not bars: on a log axis a bar has no zero to start from. Rows are sorted by value, highest on top, and
 * re-laid out when rows appear, so keys slide to their new places. The model families sit under a divider with their
 * own heading because they are a different protocol (multi-purpose models, zero-shot, averaged over three tasks).
 */
import { scaleLog } from 'd3-scale';
import { figure } from '../../data/seeds';
import type { Seeds } from '../../data/seeds';
import { formatValue } from '../../lib/format';
import { defineChart, type SceneContext } from '../shared/context';
import type { Mark } from '../shared/scene';
import { circle, line, path, polyline, text, textBlock, value, wrap } from '../shared/marks';
import { fillClass, stateAt, valueClass, type StepState } from '../shared/states';

const ID = 'inference-tasks';
const STEPS = 3;

/** The least and the most energy-hungry task: the gap the bracket spans from step 2. */
const LOW = 'text-classification';
const HIGH = 'image-generation';

/** The ten tasks of Table 2, by id suffix: text tasks from step 1, image tasks from step 2; at step 3 (model size)
 * all but the two ends of the gap are faded. */
const TASKS: readonly (StepState & { key: string })[] = [
  { key: LOW, from: 1, focus: [2] },
  { key: 'extractive-qa', from: 1, dimFrom: 3 },
  { key: 'masked-lm', from: 1, dimFrom: 3 },
  { key: 'token-classification', from: 1, dimFrom: 3 },
  { key: 'image-classification', from: 2, dimFrom: 3 },
  { key: 'object-detection', from: 2, dimFrom: 3 },
  { key: 'text-generation', from: 1, focus: [1], dimFrom: 3 },
  { key: 'summarization', from: 1, focus: [1], dimFrom: 3 },
  { key: 'image-captioning', from: 2, dimFrom: 3 },
  { key: HIGH, from: 2, focus: [2] },
];

/** The two model families of Table 3, smallest model first. */
const FAMILIES = [
  { key: 'flan', models: ['zs-flan-t5-base', 'zs-flan-t5-large', 'zs-flan-t5-xl', 'zs-flan-t5-xxl'], ratio: 'zs-flan-t5-xxl-vs-base' },
  { key: 'bloomz', models: ['zs-bloomz-560m', 'zs-bloomz-1b', 'zs-bloomz-3b', 'zs-bloomz-7b'], ratio: 'zs-bloomz-7b-vs-560m' },
] as const;

/** The step at which the families show, under the tasks. */
const FAMILIES_AT = 3;

const taskValue = (seeds: Seeds, key: string): number => figure(seeds, `task-${key}-mean`).value!;

function draw(c: SceneContext): Mark[] {
  const { seeds, step, label, locale, fs, byVariant } = c;
  const f = c.frame({ left: 200, right: 40, top: 48, bottom: 0 }, { left: 126, right: 14, top: 44, bottom: 0 });
  const x = scaleLog().domain([0.001, 10]).range([f.left, f.right]);
  // On phones the task rows tighten at step 3 (they are dimmed there) so that the families and the note fit.
  const rowH = byVariant(24, step === FAMILIES_AT ? 17 : 21);
  const edge = byVariant(24, 8);

  // Rows: tasks sorted by value, highest first; a task shows from its step.
  const byValue = TASKS.map((t) => t.key).sort((a, b) => taskValue(seeds, b) - taskValue(seeds, a));
  const shown = byValue.filter((k) => step >= TASKS.find((t) => t.key === k)!.from);
  const rowY = (i: number) => f.top + 10 + i * rowH;
  // From step 2 a bracket under the rows spans the gap between tasks; it needs room for its label.
  const bracketY = rowY(shown.length - 1) + rowH / 2 + 4;
  const tasksBottom = step >= 2 ? bracketY + fs.value + 10 : rowY(shown.length - 1) + rowH / 2;
  // Families, under a divider, at step 3.
  const divider = tasksBottom + byVariant(10, 8);
  const headingMax = byVariant(100, 56);
  const heading = c.short('families');
  const headingLines = wrap(heading, headingMax).length;
  const famY = (i: number) => divider + 12 + headingLines * (fs.note + 3) + rowH / 2 + i * (rowH + 4);
  const plotBottom = step === FAMILIES_AT ? famY(FAMILIES.length - 1) + rowH / 2 : tasksBottom;

  const marks: Mark[] = [text('x-title', byVariant(f.left, 8), fs.note + 4, label('axis'), 'm-note', { 'font-size': fs.note })];
  for (const t of [0.001, 0.01, 0.1, 1, 10]) {
    marks.push(line(`x-grid-${t}`, x(t), f.top, x(t), plotBottom + 4, 'm-grid'));
    marks.push(value(`x-tick-${t}`, x(t), f.top - 8, c.num(t), 'm-tick', fs.tick));
  }

  const r = byVariant(5.5, 4.5);
  const name = (key: string, yy: number, content: string, cls: string) => text(key, f.left - 8, yy + fs.label * 0.35, content, cls, { 'text-anchor': 'end', 'font-size': fs.label });
  for (const t of TASKS) {
    const fig = figure(seeds, `task-${t.key}-mean`);
    const v = fig.value!;
    const st = stateAt(t, step);
    const dim = st.dim ? ' m-dim' : '';
    // A task not shown yet waits, with no radius, at its place in the full ranking.
    const y = rowY(st.shown ? shown.indexOf(t.key) : byValue.indexOf(t.key));
    marks.push(circle(`dot-${t.key}`, x(v), y, st.shown ? r : 0, fillClass('m-energy', st)));
    if (!st.shown) continue;
    marks.push(line(`stem-${t.key}`, f.left, y, x(v) - r, y, `m-leader${dim}`, { 'stroke-dasharray': '1 3' }));
    marks.push(name(`name-${t.key}`, y, c.short(t.key), `m-label${dim}`));
    marks.push(text(`val-${t.key}`, x(v) + r + 5, y + fs.tick * 0.35, formatValue(v, fig.unit, locale, { bare: true }), valueClass(st), { 'font-size': fs.tick }));
  }

  // Step 2 and 3: the gap between the least and the most energy-hungry task, as a bracket from the image-generation
  // dot down under the rows and across to the text-classification dot.
  if (step >= 2) {
    const [yLow, yHigh] = [rowY(shown.indexOf(LOW)), rowY(shown.indexOf(HIGH))];
    const [xl, xh] = [x(taskValue(seeds, LOW)), x(taskValue(seeds, HIGH))];
    marks.push(path('gap', polyline([[xh, yHigh + r + 2], [xh, bracketY], [xl, bracketY], [xl, yLow + r + 2]]), 'm-leader', { 'stroke-dasharray': '4 3' }));
    marks.push(value('gap-label', (xl + xh) / 2, bracketY + fs.value + 2, label('gap'), valueClass({ focus: step === 2 }), fs.value));
  }

  if (step === FAMILIES_AT) {
    marks.push(line('divider', edge, divider, c.size.width - edge, divider, 'm-axis'));
    marks.push(...textBlock('fam-heading', edge, divider + fs.note + 6, heading, headingMax, fs.note + 3, 'm-note', { 'font-size': fs.note }));
    FAMILIES.forEach((fam, i) => {
      const y = famY(i);
      const xs = fam.models.map((id) => x(figure(seeds, id).value!));
      const [x0, x1] = [xs[0]!, xs[xs.length - 1]!];
      marks.push(name(`fam-name-${fam.key}`, y, c.short(fam.key), 'm-label'));
      marks.push(line(`fam-span-${fam.key}`, x0, y, x1, y, 'm-line m-energy'));
      fam.models.forEach((id, j) => marks.push(circle(`fam-dot-${id}`, xs[j]!, y, j === 0 || j === xs.length - 1 ? r : r - 2, 'm-highlight')));
      const ratio = figure(seeds, fam.ratio);
      const times = `× ${formatValue(ratio.value!, ratio.unit, locale, { unit: 'none', digits: 2 })}`;
      marks.push(text(`fam-ratio-${fam.key}`, x1 + r + 6, y + fs.tick * 0.35, times, 'm-value m-value-highlight', { 'font-size': fs.value }));
    });
  }

  // The step's note, under the plot.
  marks.push(...textBlock('note', edge, plotBottom + byVariant(30, 26), label(`note${step}`), byVariant(96, 54), fs.note + 4, 'm-note', { 'font-size': fs.note }));
  return marks;
}

export const inferenceTasks = defineChart({
  id: ID,
  chapter: 1,
  steps: STEPS,
  rows: () => [
    ...TASKS.map((t) => `task-${t.key}-mean`),
    'task-ratio-max-min',
    ...FAMILIES.flatMap((fam) => [...fam.models, fam.ratio]),
  ],
  draw,
});
