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
import { formatNumber, scaleTo } from '../../lib/format';
import { assertStep, type ChartDef, type Mark, type SceneInput } from '../shared/scene';
import { axisTitle, fontSize, frame, line, rect, text, textBlock, yGrid } from '../shared/marks';
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

const mt = (fig: Figure): number => scaleTo(fig.value!, fig.unit, 'Mt');

function scene({ seeds, step, size, variant, locale, label }: SceneInput) {
  assertStep(ID, step, STEPS);
  const compact = variant === 'compact';
  const fs = fontSize(variant);
  const f = frame(size, variant, compact ? { left: 34, right: 8, top: 44, bottom: 44 } : { left: 48, right: 24, top: 44, bottom: 48 });
  const slots = slotsOf(seeds, step);
  const x = scaleBand<string>().domain(slots.map((s) => s.key)).range([f.left, f.right]).paddingInner(0.3).paddingOuter(0.2);
  const { top, ticks } = niceTop(Math.max(...slots.map((s) => mt(s.fig))), 1.25);
  const y = scaleLinear().domain([0, top]).range([f.bottom, f.top]);
  const marks: Mark[] = [];
  marks.push(axisTitle('y-title', f, label('axis')));
  marks.push(...yGrid(y, ticks, f, (v) => formatNumber(v, locale)));

  const emis = mt(slots[0]!.fig);
  // Steps 2–4: a dashed guide at the level of one year of emissions.
  if (step >= 2) {
    marks.push(line('guide-emis', x('emis')! + x.bandwidth(), y(emis), f.right, y(emis), 'm-leader', { 'stroke-dasharray': '4 3' }));
  }

  for (const s of slots) {
    const v = mt(s.fig);
    const bx = x(s.key)!;
    const bw = x.bandwidth();
    marks.push(rect(`bar-${s.key}`, bx, y(v), bw, f.bottom - y(v), s.cls));
    const num = formatNumber(v, locale, v >= 10 ? 3 : 2);
    const valueLabel = s.key === 'btg' && step === 2 ? label('perYear') : s.floor ? `>\u00a0${num}` : num;
    marks.push(
      text(`val-${s.key}`, bx + bw / 2, y(v) - 6, valueLabel, s.focus ? 'm-value m-value-highlight' : 'm-value', {
        'text-anchor': 'middle',
        'font-size': fs.value,
      }),
    );
    // Two-line category label under the bar: "line 1|line 2" in the text file, the year appended from the data.
    const xl = label(`${s.xl}${compact ? '-short' : ''}`).split('|');
    if (s.year) xl[xl.length - 1] = `${xl[xl.length - 1]} ${yearOf(s.fig.period)}`.trim();
    xl.forEach((l, i) => {
      marks.push(text(`xl-${s.key}-${i}`, bx + bw / 2, f.bottom + 16 + i * 14, l, 'm-tick', { 'text-anchor': 'middle' }));
    });
  }

  const noteMax = 44;
  // Steps 1–2 notes: over the BTG bar on desktop; across the top of the plot on phones (above the emissions bar).
  const noteX = compact ? f.left + 6 : x('btg') === undefined ? f.left : x('btg')! - 10;
  const lh = compact ? 14 : 15;
  if (step === 1) {
    const btgTop = y(mt(slots[1]!.fig));
    marks.push(...textBlock('note', noteX, compact ? f.top + 20 : Math.max(f.top + 20, btgTop - 84), label(compact ? 'note1-short' : 'note1'), noteMax, lh));
  }
  if (step === 2) {
    const bx = x('btg')! + x.bandwidth() / 2;
    marks.push(text('share', bx, y(mt(slots[1]!.fig)) - 26, label('share'), 'm-value m-value-highlight', { 'text-anchor': 'middle', 'font-size': fs.value }));
    marks.push(...textBlock('note', noteX, compact ? f.top + 20 : f.top + 90, label(compact ? 'note2-short' : 'note2'), noteMax, lh));
  }
  if (step === 3) {
    // Over the first contracted years, which are the shortest bars.
    marks.push(...textBlock('note', x(slots[1]!.key)!, f.top + 17, label(compact ? 'note3-short' : 'note3'), compact ? 24 : 40, lh));
  }
  if (step === 4) {
    // A bracket over the three Amazon-rainforest deals.
    const x0 = x('mombak')!;
    const x1 = x('regreen2')! + x.bandwidth();
    const by = y(mt(figure(seeds, 'btg-tig-credits'))) - (compact ? 8 : 4);
    marks.push(line('amazon-bracket', x0, by, x1, by, 'm-leader'));
    marks.push(line('amazon-bracket-l', x0, by, x0, by + 6, 'm-leader'));
    marks.push(line('amazon-bracket-r', x1, by, x1, by + 6, 'm-leader'));
    marks.push(text('amazon-label', (x0 + x1) / 2, by - 8, label('amazon'), 'm-label-strong', { 'text-anchor': 'middle' }));
    // From the BTG bar to the right edge, wrapped to the room there (notes are 12.5 px).
    const chars = Math.min(60, charsIn(size.width - 6 - x('btg')!, 12.5));
    marks.push(...textBlock('note', x('btg')!, f.top + 17, label(compact ? 'note4-short' : 'note4'), chars, lh));
  }
  return { width: size.width, height: size.height, marks };
}

export const microsoftBtg: ChartDef = {
  id: ID,
  chapter: 2,
  steps: STEPS,
  rows: (seeds) => [REMOVALS, newestEmissions(seeds).id],
  scene,
};
