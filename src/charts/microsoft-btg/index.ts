/**
 * microsoft-btg — the BTG Pactual Timberland Investment Group deal (up to 8 Mt of nature-based removal credits,
 * contracted through 2043, "selected regions in Latin America, including the Cerrado") set against Microsoft's newest
 * yearly emissions (last row of the `t1a` line of `microsoft-emissions.csv`), as a total, then as a yearly rate under
 * an even-spread assumption (the delivery schedule is not disclosed); then all removal contracted per fiscal year
 * (contracted, not delivered: the 2025 fact sheet's Table 5 for FY2021–FY2024, series `contracted`; the 2026 report's
 * rounded floor for FY2025, series `contracted-esr26`, drawn as such); then the deals that are in the Amazon
 * (Mombak, re.green; second-hand).
 * Sources: BTG Pactual TIG release (`btg-tig-2024`), Microsoft fact sheets (`ms-factsheet-2025`, `ms-factsheet-2026`)
 * and 2026 report (`ms-esr-2026`), ESG press.
 *
 * Steps: 1 the 8 Mt total beside one year of emissions · 2 the same deal per year if spread evenly ·
 * 3 removal contracted per fiscal year · 4 the Amazon deals beside the BTG deal.
 *
 * Data → states → marks: each step lists its bars (`slotsOf`); the contracted years come from the series, so a new
 * year is a new bar; the y axis takes its top from the bars shown at the step (`niceTop`).
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { figure } from '../../data/seeds';
import type { Figure } from '../../data/schemas';
import type { Seeds } from '../../data/seeds';
import { barY } from '../shared/bars';
import { defineChart, type SceneContext } from '../shared/context';
import type { Mark } from '../shared/scene';
import { axisTitle, line, text, textBlock, value, yGrid } from '../shared/marks';
import { charsIn } from '../shared/textBox';
import { niceTop, series, yearOf } from '../shared/series';

const ID = 'microsoft-btg';
const STEPS = 4;
const REMOVALS = 'microsoft-removals';

/** One bar: its figure, its class, its x label key (year appended when `year`), and how its value reads. */
export interface Slot {
  key: string;
  fig: Figure;
  cls: string;
  focus?: boolean;
  /** Label key of the category under the bar ("line 1|line 2" in the text file). */
  xl: string;
  /** Append the figure's year to the last line of the category label. */
  year?: boolean;
  /** The source gives a rounded floor ("more than"): the value reads "> n". */
  floor?: boolean;
}

/** Microsoft's newest yearly emissions: the last year of the emissions line. */
export function newestEmissions(seeds: Seeds): Figure {
  const rows = series(seeds, 'microsoft-emissions', 't1a');
  return rows[rows.length - 1]!;
}

/**
 * The bars of each step, left to right. `bar-btg` keeps its key from total (step 1) to yearly rate (step 2); the
 * contracted years are the `contracted` series (one sheet) then the `contracted-esr26` series (a rounded floor).
 */
export function slotsOf(seeds: Seeds, step: number): Slot[] {
  const emis: Slot = { key: 'emis', fig: newestEmissions(seeds), cls: 'm-emission', xl: 'x-emis', year: true };
  const f = (id: string) => figure(seeds, id);
  switch (step) {
    case 1:
      return [emis, { key: 'btg', fig: f('btg-tig-credits'), cls: 'm-credit', focus: true, xl: 'x-btg' }];
    case 2:
      return [emis, { key: 'btg', fig: f('btg-tig-per-year'), cls: 'm-estimate m-credit', focus: true, xl: 'x-btg-year' }];
    case 3: {
      const sheet = series(seeds, REMOVALS, 'contracted');
      const floor = series(seeds, REMOVALS, 'contracted-esr26');
      const years: Slot[] = [
        ...sheet.map((r) => ({ key: r.period.toLowerCase(), fig: r, cls: 'm-credit-soft', xl: 'x-removal', year: true })),
        ...floor.map((r) => ({ key: r.period.toLowerCase(), fig: r, cls: 'm-credit', xl: 'x-removal', year: true, floor: true })),
      ].sort((a, b) => yearOf(a.fig.period) - yearOf(b.fig.period));
      years[years.length - 1] = { ...years[years.length - 1]!, cls: 'm-credit', focus: true };
      return [emis, ...years];
    }
    default:
      return [
        emis,
        { key: 'btg', fig: f('btg-tig-credits'), cls: 'm-credit', xl: 'x-btg' },
        { key: 'mombak', fig: f('mombak-2023'), cls: 'm-estimate m-credit', focus: true, xl: 'x-mombak' },
        { key: 'regreen1', fig: f('regreen-2024'), cls: 'm-estimate m-credit', focus: true, xl: 'x-regreen1' },
        { key: 'regreen2', fig: f('regreen-2025'), cls: 'm-estimate m-credit', focus: true, xl: 'x-regreen2' },
      ];
  }
}

function draw(c: SceneContext): Mark[] {
  const { seeds, step, label, fs, mt, byVariant } = c;
  const f = c.frame({ left: 48, right: 24, top: 44, bottom: 48 }, { left: 34, right: 8, top: 44, bottom: 44 });
  const slots = slotsOf(seeds, step);
  const x = scaleBand<string>().domain(slots.map((s) => s.key)).range([f.left, f.right]).paddingInner(0.3).paddingOuter(0.2);
  const bw = x.bandwidth();
  const { top, ticks } = niceTop(Math.max(...slots.map((s) => mt(s.fig))), 1.25);
  const y = scaleLinear().domain([0, top]).range([f.bottom, f.top]);
  const marks: Mark[] = [axisTitle('y-title', f, label('axis')), ...yGrid(y, ticks, f, (v) => c.num(v))];

  // Steps 2–4: a dashed guide at the level of one year of emissions.
  const emis = y(mt(slots[0]!.fig));
  if (step >= 2) marks.push(line('guide-emis', x('emis')! + bw, emis, f.right, emis, 'm-leader', { 'stroke-dasharray': '4 3' }));

  for (const s of slots) {
    const v = mt(s.fig);
    const num = c.num(v, v >= 10 ? 3 : 2);
    const value = s.key === 'btg' && step === 2 ? label('perYear') : s.floor ? `>\u00a0${num}` : num;
    const st = { shown: true, focus: s.focus === true, dim: false };
    marks.push(...barY({ key: s.key, x: x(s.key)!, width: bw, base: f.bottom, top: y(v), cls: s.cls, st, value, valueSize: fs.value }));
    // Two-line category label under the bar: "line 1|line 2" in the text file, the year appended from the data.
    const xl = c.short(s.xl).split('|');
    if (s.year) xl[xl.length - 1] = `${xl[xl.length - 1]} ${yearOf(s.fig.period)}`.trim();
    xl.forEach((l, i) => marks.push(text(`xl-${s.key}-${i}`, x(s.key)! + bw / 2, f.bottom + 16 + i * 14, l, 'm-tick', { 'text-anchor': 'middle' })));
  }

  const noteMax = 44;
  // Steps 1–2 notes: over the BTG bar on desktop; across the top of the plot on phones (above the emissions bar).
  const noteX = byVariant(x('btg') === undefined ? f.left : x('btg')! - 10, f.left + 6);
  const lh = byVariant(15, 14);
  const note = (nx: number, ny: number, max: number) => marks.push(...textBlock('note', nx, ny, c.short(`note${step}`), max, lh));
  if (step === 1) note(noteX, byVariant(Math.max(f.top + 20, y(mt(slots[1]!.fig)) - 84), f.top + 20), noteMax);
  if (step === 2) {
    marks.push(value('share', x('btg')! + bw / 2, y(mt(slots[1]!.fig)) - 26, label('share'), 'm-value m-value-highlight', fs.value));
    note(noteX, byVariant(f.top + 90, f.top + 20), noteMax);
  }
  // Step 3: over the first contracted years, which are the shortest bars.
  if (step === 3) note(x(slots[1]!.key)!, f.top + 17, byVariant(40, 24));
  if (step === 4) {
    // A bracket over the three Amazon-rainforest deals.
    const x0 = x('mombak')!;
    const x1 = x('regreen2')! + bw;
    const by = y(mt(figure(seeds, 'btg-tig-credits'))) - byVariant(4, 8);
    marks.push(line('amazon-bracket', x0, by, x1, by, 'm-leader'));
    marks.push(line('amazon-bracket-l', x0, by, x0, by + 6, 'm-leader'));
    marks.push(line('amazon-bracket-r', x1, by, x1, by + 6, 'm-leader'));
    marks.push(text('amazon-label', (x0 + x1) / 2, by - 8, label('amazon'), 'm-label-strong', { 'text-anchor': 'middle' }));
    // From the BTG bar to the right edge, wrapped to the room there (notes are 12.5 px).
    note(x('btg')!, f.top + 17, Math.min(60, charsIn(c.size.width - 48 - x('btg')!, 12.5)));
  }
  return marks;
}

export const microsoftBtg = defineChart({
  id: ID,
  chapter: 2,
  steps: STEPS,
  rows: (seeds) => [REMOVALS, newestEmissions(seeds).id],
  draw,
});
