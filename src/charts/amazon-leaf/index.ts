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
import { formatValue } from '../../lib/format';
import { barX } from '../shared/bars';
import { defineChart, type SceneContext } from '../shared/context';
import type { Mark } from '../shared/scene';
import { niceTop } from '../shared/series';
import { axisTitle, text, textBlock, xGrid } from '../shared/marks';
import { stateAt, valueClass } from '../shared/states';

/** Rows top to bottom: figure id (none for Amazon's undisclosed share), bar class, first step shown, focus steps. */
const ROWS = [
  { key: 'claim', fig: 'leaf-claim-billions', cls: 'm-claim', from: 1, focus: [1] },
  { key: 'coalition', fig: 'leaf-mobilised-2021', cls: 'm-credit', from: 2, focus: [2] },
  { key: 'para', fig: 'leaf-para-value', cls: 'm-estimate m-credit', from: 3 },
  { key: 'corporate', fig: 'leaf-para-corporate-total', cls: 'm-estimate m-credit', from: 3 },
  { key: 'amazon', fig: null, cls: '', from: 3, focus: [3] },
  { key: 'fund', fig: 'amz-climate-pledge-fund', cls: 'm-estimate m-neutral', from: 4, focus: [4] },
] as const;

function draw(c: SceneContext): Mark[] {
  const { seeds, step, label, locale, compact, fs, byVariant } = c;
  const f = c.frame({ left: 24, right: 24, top: 44, bottom: 30 }, { left: 12, right: 12, top: 44, bottom: 30 });
  // x in billions of dollars, from zero to a rounded top above the largest bar (room for its value label).
  const bn = (id: string) => figure(seeds, id).value! / 1e9;
  const { top, ticks } = niceTop(Math.max(...ROWS.flatMap((r) => (r.fig === null ? [] : [bn(r.fig)]))));
  const x = scaleLinear().domain([0, top]).range([f.left, f.right]);
  // Ticks short of the top (the last value label runs there); every other one on phones.
  const shownTicks = ticks.filter((t) => t < top).filter((_, i) => !compact || i % 2 === 0);
  const y = scaleBand<string>().domain(ROWS.map((r) => r.key)).range([f.top, f.bottom]).paddingInner(0.12);
  const barH = byVariant(20, 16);
  const marks: Mark[] = [axisTitle('x-title', { ...f, left: f.left + 4 }, label('axis')), ...xGrid(x, shownTicks, f, (v) => c.num(v))];

  for (const r of ROWS) {
    const st = stateAt(r, step);
    const rowTop = y(r.key)!;
    const barY = rowTop + byVariant(20, 17);
    const name = { prefix: 'row', text: c.short(r.key), y: rowTop + byVariant(13, 11), cls: st.focus ? 'm-label-strong' : 'm-label', size: fs.note + 1 };
    if (r.fig === null) {
      // Amazon's own amount is not disclosed: no bar, a question mark where the bar would start.
      if (st.shown) {
        marks.push(text(`row-${r.key}`, f.left, name.y, name.text, name.cls, { 'font-size': name.size }));
        marks.push(text('val-amazon', f.left + 2, barY + barH / 2, label('unknown'), valueClass(st), { 'dominant-baseline': 'central', 'font-size': fs.value }));
      }
      continue;
    }
    const fig = figure(seeds, r.fig);
    const v = bn(r.fig);
    const value = r.key === 'claim' ? label('claimValue') : formatValue(fig.value!, fig.unit, locale, { unit: v >= 1 ? 'Md$' : 'M$' });
    // Past the right edge (long bars on phones), the value goes inside the end of the bar (those bars are hollow).
    marks.push(...barX({ key: r.key, x0: f.left, x1: x(v), y: barY, height: barH, cls: r.cls, st, name, value, valueSize: fs.value, maxX: c.size.width - 4 }));
  }
  // Step 1 only the article's row is drawn: a note fills the empty rows below it.
  if (step === 1) marks.push(...textBlock('note', f.left + 4, y('coalition')! + 16, label('note1'), byVariant(80, 44), 15));
  return marks;
}

export const amazonLeaf = defineChart({
  id: 'amazon-leaf',
  chapter: 3,
  steps: 4,
  rows: () => ['amazon-leaf'],
  draw,
});
