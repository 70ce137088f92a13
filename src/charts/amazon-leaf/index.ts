/**
 * amazon-leaf — the LEAF Coalition's real scale in US dollars against the article's "billions" from Amazon:
 * the coalition-wide $1 bn (all members: US, UK, Norway and companies, announced mobilised in November 2021); the
 * 2024 Pará deal (about $180 M for up to 12 M avoidance credits, REDD+), a pre-agreement paid only on delivery of
 * verified credits, hence hollow; the six corporate buyers' share (5 M credits × $15, our arithmetic, conditional too);
 * Amazon's own amount, not disclosed (a "?", no bar); and Amazon's $2 bn Climate Pledge Fund, a venture fund unrelated
 * to LEAF, the likely source of the confusion. Linear scale in billions of dollars, its top from the largest bar.
 * Sources: Amazon and Emergent announcements (2021), LEAF/Emergent release and Reuters (2024), press (fund).
 *
 * Steps: 1 the article's "billions" · 2 the whole coalition's $1 bn · 3 the Pará deal, the six companies' share, and
 * Amazon's own share (unknown) · 4 the Climate Pledge Fund.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { figure } from '../../data/seeds';
import { formatNumber, formatValue } from '../../lib/format';
import { assertStep, type ChartDef, type Mark, type SceneInput } from '../shared/scene';
import { niceTop } from '../shared/series';
import { axisTitle, fontSize, frame, rect, text, textBlock, xGrid } from '../shared/marks';

const ID = 'amazon-leaf';
const STEPS = 4;
/** Rows top to bottom: figure id (none for Amazon's undisclosed share), bar class, first step shown. */
const ROWS = [
  { key: 'claim', fig: 'leaf-claim-billions', cls: 'm-claim', from: 1 },
  { key: 'coalition', fig: 'leaf-mobilised-2021', cls: 'm-credit', from: 2 },
  { key: 'para', fig: 'leaf-para-value', cls: 'm-estimate m-credit', from: 3 },
  { key: 'corporate', fig: 'leaf-para-corporate-total', cls: 'm-estimate m-credit', from: 3 },
  { key: 'amazon', fig: null, cls: '', from: 3 },
  { key: 'fund', fig: 'amz-climate-pledge-fund', cls: 'm-estimate m-neutral', from: 4 },
] as const;
/** The rows each step talks about. */
const FOCUS: Record<number, readonly string[]> = { 1: ['claim'], 2: ['coalition'], 3: ['amazon'], 4: ['fund'] };

function scene({ seeds, step, size, variant, locale, label }: SceneInput) {
  assertStep(ID, step, STEPS);
  const compact = variant === 'compact';
  const fs = fontSize(variant);
  const f = frame(size, variant, compact ? { left: 12, right: 12, top: 44, bottom: 30 } : { left: 24, right: 24, top: 44, bottom: 30 });
  // x in billions of dollars, from zero to a rounded top above the largest bar (room for its value label).
  const bn = (id: string) => figure(seeds, id).value! / 1e9;
  const { top, ticks } = niceTop(Math.max(...ROWS.flatMap((r) => (r.fig === null ? [] : [bn(r.fig)]))));
  const x = scaleLinear().domain([0, top]).range([f.left, f.right]);
  // Ticks short of the top (the last value label runs there); every other one on phones.
  const shownTicks = ticks.filter((t) => t < top).filter((_, i) => !compact || i % 2 === 0);
  const y = scaleBand<string>().domain(ROWS.map((r) => r.key)).range([f.top, f.bottom]).paddingInner(0.12);
  const barH = compact ? 16 : 20;
  const marks: Mark[] = [];
  marks.push(axisTitle('x-title', { ...f, left: f.left + 4 }, label('axis')));
  marks.push(...xGrid(x, shownTicks, f, (v) => formatNumber(v, locale)));

  for (const r of ROWS) {
    const shown = step >= r.from;
    const top = y(r.key)!;
    const focus = FOCUS[step]!.includes(r.key);
    const barY = top + (compact ? 17 : 20);
    if (shown) {
      marks.push(text(`row-${r.key}`, f.left, top + (compact ? 11 : 13), label(compact ? `${r.key}-short` : r.key), focus ? 'm-label-strong' : 'm-label', { 'font-size': fs.note + 1 }));
    }
    if (r.fig === null) {
      // Amazon's own amount is not disclosed: no bar, a question mark where the bar would start.
      if (shown) {
        marks.push(text('val-amazon', f.left + 2, barY + barH / 2, label('unknown'), focus ? 'm-value m-value-highlight' : 'm-value', { 'dominant-baseline': 'central', 'font-size': fs.value }));
      }
      continue;
    }
    const fig = figure(seeds, r.fig);
    const v = bn(r.fig);
    marks.push(rect(`bar-${r.key}`, f.left, barY, shown ? x(v) - f.left : 0, barH, r.cls));
    if (shown) {
      const s = r.key === 'claim' ? label('claimValue') : formatValue(fig.value!, fig.unit, locale, { unit: v >= 1 ? 'Md$' : 'M$' });
      // Past the right edge (long bars on phones), the value goes inside the end of the bar (those bars are hollow).
      const inside = x(v) + 6 + s.length * fs.value * 0.55 > size.width - 4;
      marks.push(
        text(`val-${r.key}`, inside ? x(v) - 6 : x(v) + 6, barY + barH / 2, s, focus ? 'm-value m-value-highlight' : 'm-value', {
          'dominant-baseline': 'central',
          'font-size': fs.value,
          'text-anchor': inside ? 'end' : 'start',
        }),
      );
    }
  }
  // Step 1 only the article's row is drawn: a note fills the empty rows below it.
  if (step === 1) {
    marks.push(...textBlock('note', f.left + 4, y('coalition')! + 16, label('note1'), compact ? 44 : 80, 15));
  }
  return { width: size.width, height: size.height, marks };
}

export const amazonLeaf: ChartDef = {
  id: ID,
  chapter: 3,
  steps: STEPS,
  rows: () => ['amazon-leaf'],
  scene,
};
