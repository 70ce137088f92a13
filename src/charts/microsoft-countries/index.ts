/**
 * microsoft-countries — Microsoft's yearly total beside three countries, with each basis stated on the chart:
 * Microsoft FY2023 is its value-chain total (Scope 1 + 2 market-based + 3, CO2e) as restated in the newest sheet (2026
 * fact sheet, Table 1A: one vintage); the countries are 2023 territorial inventories (the newest OWID release that
 * could be read), first fossil CO2 only (OWID `co2`), then all greenhouse gases including land use (OWID
 * `total_ghg`). Orders of magnitude only.
 * Sources: Microsoft 2026 data fact sheet (`ms-factsheet-2026`), Our World in Data CO2 dataset (`owid-co2`).
 *
 * The x axis takes its top from the largest value drawn (`niceTop`), so new figures rescale it with no code change.
 *
 * Steps: 1 Microsoft FY2023, beside the article's 15 Mt · 2 the countries' fossil CO2 (Microsoft above all three) ·
 * 3 their total greenhouse gases incl. land use (then comparable) · 4 what differs between the two bases.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { figure } from '../../data/seeds';
import { formatNumber, scaleTo } from '../../lib/format';
import { assertStep, type ChartDef, type Mark, type SceneInput } from '../shared/scene';
import { axisTitle, fontSize, frame, line, rect, text, textBlock, xGrid } from '../shared/marks';
import { charsIn, textWidth } from '../shared/textBox';
import { niceTop } from '../shared/series';

const ID = 'microsoft-countries';
const STEPS = 4;
const COUNTRIES = ['brunei', 'haiti', 'luxembourg'] as const;
const ROWS = ['microsoft', ...COUNTRIES] as const;
/** Microsoft's total for the countries' year, on the newest sheet (Table 1A). */
const MS = 'ms26-t1a-fy2023';
/** The article's figure. */
const CLAIM = 'ms-claim-15mt';
/** Every figure drawn, for the axis top. */
const DRAWN = [MS, CLAIM, ...COUNTRIES.flatMap((c) => [`${c}-co2-2023`, `${c}-ghg-2023`])];

/** Value of a figure in Mt. */
const mt = (seeds: SceneInput['seeds'], id: string): number => {
  const f = figure(seeds, id);
  return scaleTo(f.value!, f.unit, 'Mt');
};

function scene({ seeds, step, size, variant, locale, label }: SceneInput) {
  assertStep(ID, step, STEPS);
  const compact = variant === 'compact';
  const fs = fontSize(variant);
  const f = frame(size, variant, compact ? { left: 78, right: 10, top: 132, bottom: 30 } : { left: 112, right: 24, top: 96, bottom: 30 });
  const { top, ticks } = niceTop(Math.max(...DRAWN.map((id) => mt(seeds, id))));
  const x = scaleLinear().domain([0, top]).range([f.left, f.right]);
  const y = scaleBand<string>().domain(ROWS).range([f.top, f.bottom]).paddingInner(0.22).paddingOuter(0.08);
  const barH = Math.min(22, (y.bandwidth() - 6) / 2);
  const marks: Mark[] = [];

  // Legend: one entry per basis, added as the step brings it in. Each entry states its basis.
  const legend: [string, string, string][] = [['leg-ms', 'm-emission', label(compact ? 'legMs-short' : 'legMs')]];
  if (step >= 2) legend.push(['leg-co2', 'm-country', label(compact ? 'legCo2-short' : 'legCo2')]);
  if (step >= 3) legend.push(['leg-ghg', 'm-country-total', label(compact ? 'legGhg-short' : 'legGhg')]);
  const lh = compact ? 14 : 16;
  let ly = compact ? 14 : 16;
  const lx = compact ? 8 : 16;
  for (const [key, cls, content] of legend) {
    marks.push(rect(`${key}-sw`, lx, ly - 10, 12, 12, cls));
    const block = textBlock(key, lx + 18, ly, content, compact ? 50 : 86, lh, 'm-label', { 'font-size': fs.note });
    marks.push(...block);
    ly += block.length * lh + 4;
  }

  marks.push(axisTitle('x-title', { ...f, left: f.left + 4 }, label('axis')));
  // Phones: every other tick, so that tick labels keep apart.
  marks.push(...xGrid(x, compact ? ticks.filter((_, i) => i % 2 === 0) : ticks, f, (v) => formatNumber(v, locale)));

  const valueText = (key: string, v: number, yy: number, focus: boolean): Mark =>
    text(key, x(v) + 5, yy, formatNumber(v, locale, v >= 10 ? 3 : 2), focus ? 'm-value m-value-highlight' : 'm-value', {
      'font-size': fs.value,
      'dominant-baseline': 'central',
    });

  for (const r of ROWS) {
    marks.push(text(`row-${r}`, f.left - 8, y(r)! + y.bandwidth() / 2, label(r), 'm-label-strong', { 'text-anchor': 'end', 'dominant-baseline': 'central' }));
  }

  // Microsoft FY2023 (Table 1A, newest sheet): one bar, always shown; the article's 15 Mt under it at step 1.
  const ms = mt(seeds, MS);
  const msY = y('microsoft')!;
  marks.push(rect('bar-ms', f.left, msY, x(ms) - f.left, barH, step === 1 ? 'm-highlight' : 'm-emission'));
  marks.push(valueText('val-ms', ms, msY + barH / 2, step === 1));
  const claim = mt(seeds, CLAIM);
  const claimW = step === 1 ? x(claim) - f.left : 0;
  marks.push(rect('bar-claim', f.left, msY + barH + 6, claimW, barH, 'm-claim'));
  if (step === 1) {
    // On phones the label goes inside the hollow claim bar (right-aligned), where there is room for it.
    const cx = compact ? x(claim) - 6 : x(claim) + 5;
    marks.push(text('val-claim', cx, msY + barH * 1.5 + 6, label('claim'), 'm-note', { 'dominant-baseline': 'central', 'text-anchor': compact ? 'end' : 'start' }));
  }
  // Steps 2–3, a dashed guide at Microsoft's value runs down through the country rows.
  if (step === 2 || step === 3) marks.push(line('guide-ms', x(ms), msY + barH, x(ms), f.bottom, 'm-leader', { 'stroke-dasharray': '4 3' }));

  for (const c of COUNTRIES) {
    const top = y(c)!;
    const co2 = mt(seeds, `${c}-co2-2023`);
    const ghg = mt(seeds, `${c}-ghg-2023`);
    const co2W = step >= 2 ? x(co2) - f.left : 0;
    const ghgW = step >= 3 ? x(ghg) - f.left : 0;
    marks.push(rect(`bar-co2-${c}`, f.left, top, co2W, barH, step === 3 ? 'm-country m-dim' : 'm-country'));
    marks.push(rect(`bar-ghg-${c}`, f.left, top + barH + 6, ghgW, barH, 'm-country-total'));
    if (step >= 2) marks.push(valueText(`val-co2-${c}`, co2, top + barH / 2, step === 2));
    if (step >= 3) marks.push(valueText(`val-ghg-${c}`, ghg, top + barH * 1.5 + 6, step === 3));
  }

  // Notes in empty space: step 1 over the (still empty) country rows; step 4 right of the Luxembourg bars.
  if (step === 1) {
    marks.push(...textBlock('note', f.left + 4, y('brunei')! + 12, label(compact ? 'note1-short' : 'note1'), compact ? 40 : 70, 15));
  }
  if (step === 4) {
    // Right of the Luxembourg bars and their value labels (about 4 characters), wrapped to the room left.
    const lux = Math.max(mt(seeds, 'luxembourg-co2-2023'), mt(seeds, 'luxembourg-ghg-2023'));
    const nx = x(lux) + 5 + textWidth('0,00', fs.value) + 10;
    const chars = charsIn(size.width - 6 - nx, 12.5);
    marks.push(...textBlock('note', nx, y('luxembourg')! + 4, label(compact ? 'note4-short' : 'note4'), chars, compact ? 14 : 15));
  }
  return { width: size.width, height: size.height, marks };
}

export const microsoftCountries: ChartDef = {
  id: ID,
  chapter: 2,
  steps: STEPS,
  rows: () => [
    MS,
    'ms26-t1b-fy2023',
    CLAIM,
    'ms-t1b-fy2023-2024sheet',
    'ms-t1a-fy2023-2024sheet',
    'ms-t1a-fy2023',
    'haiti-co2-2023',
    'haiti-ghg-2023',
    'brunei-co2-2023',
    'brunei-ghg-2023',
    'luxembourg-co2-2023',
    'luxembourg-ghg-2023',
    'ms26-fy2023-vs-haiti-co2',
    'ms26-fy2023-vs-brunei-co2',
    'ms26-fy2023-vs-luxembourg-co2',
    'ms26-fy2023-vs-brunei-ghg',
    'ms26-fy2023-vs-luxembourg-ghg',
  ],
  scene,
};
