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
import { barX } from '../shared/bars';
import { defineChart, type SceneContext } from '../shared/context';
import type { Mark } from '../shared/scene';
import { axisTitle, line, rect, text, textBlock, xGrid } from '../shared/marks';
import { fillClass, stateAt, valueClass, type StepState } from '../shared/states';
import { charsIn, textWidth } from '../shared/textBox';
import { niceTop } from '../shared/series';

const COUNTRIES = ['brunei', 'haiti', 'luxembourg'] as const;
const ROWS = ['microsoft', ...COUNTRIES] as const;
/** Microsoft's total for the countries' year, on the newest sheet (Table 1A). */
const MS = 'ms26-t1a-fy2023';
/** The article's figure. */
const CLAIM = 'ms-claim-15mt';

/** One bar: its figure, its row and lane (0 upper, 1 lower), its class and step states. */
interface Bar extends StepState {
  key: string;
  fig: string;
  row: (typeof ROWS)[number];
  lane: 0 | 1;
  cls: string;
  /** Fill highlighted at its focus steps (else only its value is). */
  fillFocus?: boolean;
  /** Steps at which the fill is faded (the value is not). */
  fadedAt?: readonly number[];
}

const BARS: readonly Bar[] = [
  { key: 'ms', fig: MS, row: 'microsoft', lane: 0, cls: 'm-emission', from: 1, focus: [1], fillFocus: true },
  ...COUNTRIES.flatMap((c): Bar[] => [
    { key: `co2-${c}`, fig: `${c}-co2-2023`, row: c, lane: 0, cls: 'm-country', from: 2, focus: [2], fadedAt: [3] },
    { key: `ghg-${c}`, fig: `${c}-ghg-2023`, row: c, lane: 1, cls: 'm-country-total', from: 3, focus: [3] },
  ]),
];

function draw(c: SceneContext): Mark[] {
  const { seeds, step, label, fs, byVariant, mt } = c;
  const v = (id: string) => mt(figure(seeds, id));
  const f = c.frame({ left: 112, right: 24, top: 96, bottom: 30 }, { left: 78, right: 10, top: 132, bottom: 30 });
  const { top, ticks } = niceTop(Math.max(...[CLAIM, ...BARS.map((b) => b.fig)].map(v)));
  const x = scaleLinear().domain([0, top]).range([f.left, f.right]);
  const y = scaleBand<string>().domain(ROWS).range([f.top, f.bottom]).paddingInner(0.22).paddingOuter(0.08);
  const barH = Math.min(22, (y.bandwidth() - 6) / 2);
  const laneY = (row: string, lane: number) => y(row)! + lane * (barH + 6);
  const marks: Mark[] = [];

  // Legend: one entry per basis, added as the step brings it in. Each entry states its basis.
  const legend = [['leg-ms', 'm-emission', 'legMs', 1], ['leg-co2', 'm-country', 'legCo2', 2], ['leg-ghg', 'm-country-total', 'legGhg', 3]] as const;
  const [lh, lx] = [byVariant(16, 14), byVariant(16, 8)];
  let ly = byVariant(16, 14);
  for (const [key, cls, content] of legend.filter((l) => step >= l[3])) {
    marks.push(rect(`${key}-sw`, lx, ly - 10, 12, 12, cls));
    const block = textBlock(key, lx + 18, ly, c.short(content), byVariant(86, 50), lh, 'm-label', { 'font-size': fs.note });
    marks.push(...block);
    ly += block.length * lh + 4;
  }

  marks.push(axisTitle('x-title', { ...f, left: f.left + 4 }, label('axis')));
  // Phones: every other tick, so that tick labels keep apart.
  marks.push(...xGrid(x, ticks.filter((_, i) => !c.compact || i % 2 === 0), f, (t) => c.num(t)));
  for (const r of ROWS) {
    marks.push(text(`row-${r}`, f.left - 8, y(r)! + y.bandwidth() / 2, label(r), 'm-label-strong', { 'text-anchor': 'end', 'dominant-baseline': 'central' }));
  }

  for (const b of BARS) {
    const st = stateAt(b, step);
    const cls = b.fillFocus ? fillClass(b.cls, st) : fillClass(b.cls, { focus: false, dim: b.fadedAt?.includes(step) });
    const val = v(b.fig);
    marks.push(...barX({ key: b.key, x0: f.left, x1: x(val), y: laneY(b.row, b.lane), height: barH, cls, st, value: c.num(val, val >= 10 ? 3 : 2), valueClass: valueClass({ focus: st.focus }), valueSize: fs.value, valueX: x(val) + 5 }));
  }

  // The article's 15 Mt under Microsoft's bar at step 1, hollow; on phones its label goes inside it, right-aligned.
  const claimY = laneY('microsoft', 1);
  marks.push(rect('bar-claim', f.left, claimY, step === 1 ? x(v(CLAIM)) - f.left : 0, barH, 'm-claim'));
  if (step === 1) {
    const cx = x(v(CLAIM)) + byVariant(5, -6);
    marks.push(text('val-claim', cx, claimY + barH / 2, label('claim'), 'm-note', { 'dominant-baseline': 'central', 'text-anchor': byVariant('start', 'end') }));
  }
  // Steps 2–3, a dashed guide at Microsoft's value runs down through the country rows.
  const msX = x(v(MS));
  if (step === 2 || step === 3) marks.push(line('guide-ms', msX, y('microsoft')! + barH, msX, f.bottom, 'm-leader', { 'stroke-dasharray': '4 3' }));

  // Notes in empty space: step 1 over the (still empty) country rows; step 4 right of the Luxembourg bars.
  if (step === 1) marks.push(...textBlock('note', f.left + 4, y('brunei')! + 12, c.short('note1'), byVariant(70, 40), 15));
  if (step === 4) {
    // Right of the Luxembourg bars and their value labels (about 4 characters), wrapped to the room left.
    const nx = x(Math.max(v('luxembourg-co2-2023'), v('luxembourg-ghg-2023'))) + 5 + textWidth('0,00', fs.value) + 10;
    marks.push(...textBlock('note', nx, y('luxembourg')! + 4, c.short('note4'), charsIn(c.size.width - 6 - nx, 12.5), byVariant(15, 14)));
  }
  return marks;
}

export const microsoftCountries = defineChart({
  id: 'microsoft-countries',
  chapter: 2,
  steps: 4,
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
  draw,
});
