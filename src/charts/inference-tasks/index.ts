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
import { formatNumber, formatValue } from '../../lib/format';
import { assertStep, type ChartDef, type Mark, type SceneInput } from '../shared/scene';
import { circle, fontSize, frame, line, path, polyline, text, textBlock, wrap } from '../shared/marks';

const ID = 'inference-tasks';
const STEPS = 3;

/** The ten tasks of Table 2, by id suffix; `text` tasks are shown from step 1. */
const TASKS = [
  { key: 'text-classification', text: true },
  { key: 'extractive-qa', text: true },
  { key: 'masked-lm', text: true },
  { key: 'token-classification', text: true },
  { key: 'image-classification', text: false },
  { key: 'object-detection', text: false },
  { key: 'text-generation', text: true },
  { key: 'summarization', text: true },
  { key: 'image-captioning', text: false },
  { key: 'image-generation', text: false },
] as const;

/** The two model families of Table 3, smallest model first. */
const FAMILIES = [
  { key: 'flan', models: ['zs-flan-t5-base', 'zs-flan-t5-large', 'zs-flan-t5-xl', 'zs-flan-t5-xxl'], ratio: 'zs-flan-t5-xxl-vs-base' },
  { key: 'bloomz', models: ['zs-bloomz-560m', 'zs-bloomz-1b', 'zs-bloomz-3b', 'zs-bloomz-7b'], ratio: 'zs-bloomz-7b-vs-560m' },
] as const;

const taskValue = (seeds: Seeds, key: string): number => figure(seeds, `task-${key}-mean`).value!;

function scene({ seeds, step, size, variant, locale, label }: SceneInput) {
  assertStep(ID, step, STEPS);
  const compact = variant === 'compact';
  const fs = fontSize(variant);
  const f = frame(size, variant, compact ? { left: 126, right: 14, top: 44, bottom: 0 } : { left: 200, right: 40, top: 48, bottom: 0 });
  const x = scaleLog().domain([0.001, 10]).range([f.left, f.right]);
  // On phones the task rows tighten at step 3 (they are dimmed there) so that the families and the note fit.
  const rowH = compact ? (step === 3 ? 17 : 21) : 24;
  const marks: Mark[] = [];

  // Rows: tasks sorted by value, highest first; at step 1 only the text tasks.
  const byValue = TASKS.map((t) => t.key).sort((a, b) => taskValue(seeds, b) - taskValue(seeds, a));
  const shown = byValue.filter((k) => step >= 2 || TASKS.find((t) => t.key === k)!.text);
  const rowY = (i: number) => f.top + 10 + i * rowH;
  // From step 2 a bracket under the rows spans the gap between tasks; it needs room for its label.
  const bracketY = rowY(shown.length - 1) + rowH / 2 + 4;
  const tasksBottom = step >= 2 ? bracketY + fs.value + 10 : rowY(shown.length - 1) + rowH / 2;
  // Families, under a divider, at step 3.
  const divider = tasksBottom + (compact ? 8 : 10);
  const headingMax = compact ? 56 : 100;
  const heading = label(compact ? 'families-short' : 'families');
  const headingLines = wrap(heading, headingMax).length;
  const famY = (i: number) => divider + 12 + headingLines * (fs.note + 3) + rowH / 2 + i * (rowH + 4);
  const plotBottom = step === 3 ? famY(FAMILIES.length - 1) + rowH / 2 : tasksBottom;

  marks.push(text('x-title', compact ? 8 : f.left, fs.note + 4, label('axis'), 'm-note', { 'font-size': fs.note }));
  for (const t of [0.001, 0.01, 0.1, 1, 10]) {
    marks.push(line(`x-grid-${t}`, x(t), f.top, x(t), plotBottom + 4, 'm-grid'));
    marks.push(text(`x-tick-${t}`, x(t), f.top - 8, formatNumber(t, locale), 'm-tick', { 'text-anchor': 'middle', 'font-size': fs.tick }));
  }

  const low = TASKS[0].key;
  const high = 'image-generation';
  const r = compact ? 4.5 : 5.5;
  TASKS.forEach((t) => {
    const fig = figure(seeds, `task-${t.key}-mean`);
    const v = fig.value!;
    const slot = shown.indexOf(t.key);
    const visible = slot >= 0;
    // A task not shown yet waits, with no radius, at its place in the full ranking.
    const y = rowY(visible ? slot : byValue.indexOf(t.key));
    let cls = 'm-energy';
    if (step === 1 && (t.key === 'text-generation' || t.key === 'summarization')) cls = 'm-highlight';
    if (step === 2 && (t.key === high || t.key === low)) cls = 'm-highlight';
    if (step === 3) cls = t.key === high || t.key === low ? 'm-energy' : 'm-energy m-dim';
    marks.push(circle(`dot-${t.key}`, x(v), y, visible ? r : 0, cls));
    if (!visible) return;
    marks.push(line(`stem-${t.key}`, f.left, y, x(v) - r, y, step === 3 && cls.includes('m-dim') ? 'm-leader m-dim' : 'm-leader', { 'stroke-dasharray': '1 3' }));
    const nameCls = step === 3 && cls.includes('m-dim') ? 'm-label m-dim' : 'm-label';
    marks.push(text(`name-${t.key}`, f.left - 8, y + fs.label * 0.35, label(compact ? `${t.key}-short` : t.key), nameCls, { 'text-anchor': 'end', 'font-size': fs.label }));
    const vcls = cls === 'm-highlight' ? 'm-value m-value-highlight' : cls.includes('m-dim') ? 'm-value m-dim' : 'm-value';
    marks.push(text(`val-${t.key}`, x(v) + r + 5, y + fs.tick * 0.35, formatValue(v, fig.unit, locale, { bare: true }), vcls, { 'font-size': fs.tick }));
  });

  // Step 2 and 3: the gap between the least and the most energy-hungry task, as a bracket from the image-generation
  // dot down under the rows and across to the text-classification dot.
  if (step >= 2) {
    const yLow = rowY(shown.indexOf(low));
    const yHigh = rowY(shown.indexOf(high));
    const xl = x(taskValue(seeds, low));
    const xh = x(taskValue(seeds, high));
    marks.push(path('gap', polyline([[xh, yHigh + r + 2], [xh, bracketY], [xl, bracketY], [xl, yLow + r + 2]]), 'm-leader', { 'stroke-dasharray': '4 3' }));
    const cls = step === 2 ? 'm-value m-value-highlight' : 'm-value';
    marks.push(text('gap-label', (xl + xh) / 2, bracketY + fs.value + 2, label('gap'), cls, { 'text-anchor': 'middle', 'font-size': fs.value }));
  }

  if (step === 3) {
    marks.push(line('divider', compact ? 8 : 24, divider, size.width - (compact ? 8 : 24), divider, 'm-axis'));
    marks.push(...textBlock('fam-heading', compact ? 8 : 24, divider + fs.note + 6, heading, headingMax, fs.note + 3, 'm-note', { 'font-size': fs.note }));
    FAMILIES.forEach((fam, i) => {
      const y = famY(i);
      const vals = fam.models.map((id) => figure(seeds, id).value!);
      const x0 = x(vals[0]!);
      const x1 = x(vals[vals.length - 1]!);
      marks.push(text(`fam-name-${fam.key}`, f.left - 8, y + fs.label * 0.35, label(compact ? `${fam.key}-short` : fam.key), 'm-label', { 'text-anchor': 'end', 'font-size': fs.label }));
      marks.push(line(`fam-span-${fam.key}`, x0, y, x1, y, 'm-line m-energy'));
      fam.models.forEach((id, j) => {
        marks.push(circle(`fam-dot-${id}`, x(vals[j]!), y, j === 0 || j === vals.length - 1 ? r : r - 2, 'm-highlight'));
      });
      const ratio = figure(seeds, fam.ratio);
      marks.push(
        text(`fam-ratio-${fam.key}`, x1 + r + 6, y + fs.tick * 0.35, `× ${formatValue(ratio.value!, ratio.unit, locale, { unit: 'none', digits: 2 })}`, 'm-value m-value-highlight', {
          'font-size': fs.value,
        }),
      );
    });
  }

  // The step's note, under the plot.
  const noteY = plotBottom + (compact ? 26 : 30);
  marks.push(...textBlock('note', compact ? 8 : 24, noteY, label(`note${step}`), compact ? 54 : 96, fs.note + 4, 'm-note', { 'font-size': fs.note }));
  return { width: size.width, height: size.height, marks };
}

export const inferenceTasks: ChartDef = {
  id: ID,
  chapter: 1,
  steps: STEPS,
  rows: () => [
    ...TASKS.map((t) => `task-${t.key}-mean`),
    'task-ratio-max-min',
    ...FAMILIES.flatMap((fam) => [...fam.models, fam.ratio]),
  ],
  scene,
};
