/**
 * microsoft-btg — the BTG Pactual Timberland Investment Group deal (up to 8 Mt of nature-based removal credits,
 * contracted through 2043, Latin America incl. the Cerrado) set against Microsoft's yearly emissions (FY2024, 2025
 * fact sheet, Table 1A), as a total, then as a yearly rate under an even-spread assumption (the delivery schedule is
 * not disclosed); then all removal contracted per fiscal year (Table 5: contracted, not delivered); then the deals
 * that really are in the Amazon (Mombak, re.green; second-hand).
 * Sources: BTG Pactual TIG release (`btg-tig-2024`), Microsoft 2025 data fact sheet (`ms-factsheet-2025`), ESG press.
 *
 * Steps: 1 the 8 Mt total beside one year of emissions · 2 the same deal per year if spread evenly (0.4 Mt) ·
 * 3 removal contracted per fiscal year, FY2021–FY2024 · 4 the Amazon deals beside the BTG deal.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { figure } from '../../data/seeds';
import { formatNumber, scaleTo } from '../../lib/format';
import { assertStep, type ChartDef, type Mark, type SceneInput } from '../shared/scene';
import { axisTitle, fontSize, frame, line, rect, text, textBlock, yGrid } from '../shared/marks';

const ID = 'microsoft-btg';
const STEPS = 4;
const Y_MAX = 25;

/** One bar slot: its figure, its class, and whether it is the step's focus. */
interface Slot {
  key: string;
  fig: string;
  cls: string;
  focus?: boolean;
}

/** The slots of each step, left to right. `bar-btg` keeps its key from total (step 1) to yearly rate (step 2). */
const SLOTS: Record<number, Slot[]> = {
  1: [
    { key: 'emis', fig: 'ms-t1a-fy2024', cls: 'm-emission' },
    { key: 'btg', fig: 'btg-tig-credits', cls: 'm-credit', focus: true },
  ],
  2: [
    { key: 'emis', fig: 'ms-t1a-fy2024', cls: 'm-emission' },
    { key: 'btg', fig: 'btg-tig-per-year', cls: 'm-estimate m-credit', focus: true },
  ],
  3: [
    { key: 'emis', fig: 'ms-t1a-fy2024', cls: 'm-emission' },
    { key: 'fy2021', fig: 'ms-removal-contracted-fy2021', cls: 'm-credit-soft' },
    { key: 'fy2022', fig: 'ms-removal-contracted-fy2022', cls: 'm-credit-soft' },
    { key: 'fy2023', fig: 'ms-removal-contracted-fy2023', cls: 'm-credit-soft' },
    { key: 'fy2024', fig: 'ms-removal-contracted-fy2024', cls: 'm-credit', focus: true },
  ],
  4: [
    { key: 'emis', fig: 'ms-t1a-fy2024', cls: 'm-emission' },
    { key: 'btg', fig: 'btg-tig-credits', cls: 'm-credit' },
    { key: 'mombak', fig: 'mombak-2023', cls: 'm-estimate m-credit', focus: true },
    { key: 'regreen1', fig: 'regreen-2024', cls: 'm-estimate m-credit', focus: true },
    { key: 'regreen2', fig: 'regreen-2025', cls: 'm-estimate m-credit', focus: true },
  ],
};

function scene({ seeds, step, size, variant, locale, label }: SceneInput) {
  assertStep(ID, step, STEPS);
  const compact = variant === 'compact';
  const fs = fontSize(variant);
  const f = frame(size, variant, compact ? { left: 34, right: 8, top: 44, bottom: 44 } : { left: 48, right: 24, top: 44, bottom: 48 });
  const slots = SLOTS[step]!;
  const x = scaleBand<string>().domain(slots.map((s) => s.key)).range([f.left, f.right]).paddingInner(0.3).paddingOuter(0.2);
  const y = scaleLinear().domain([0, Y_MAX]).range([f.bottom, f.top]);
  const marks: Mark[] = [];
  marks.push(axisTitle('y-title', f, label('axis')));
  marks.push(...yGrid(y, [0, 5, 10, 15, 20, 25], f, (v) => formatNumber(v, locale)));

  const mt = (id: string): number => {
    const fig = figure(seeds, id);
    return scaleTo(fig.value!, fig.unit, 'Mt');
  };
  const emis = mt('ms-t1a-fy2024');
  // Steps 2–4: a dashed guide at the level of one year of emissions.
  if (step >= 2) {
    marks.push(line('guide-emis', x('emis')! + x.bandwidth(), y(emis), f.right, y(emis), 'm-leader', { 'stroke-dasharray': '4 3' }));
  }

  for (const s of slots) {
    const v = mt(s.fig);
    const bx = x(s.key)!;
    const bw = x.bandwidth();
    marks.push(rect(`bar-${s.key}`, bx, y(v), bw, f.bottom - y(v), s.cls));
    const valueLabel = s.key === 'btg' && step === 2 ? label('perYear') : formatNumber(v, locale, v >= 10 ? 3 : 2);
    marks.push(
      text(`val-${s.key}`, bx + bw / 2, y(v) - 6, valueLabel, s.focus ? 'm-value m-value-highlight' : 'm-value', {
        'text-anchor': 'middle',
        'font-size': fs.value,
      }),
    );
    // Two-line category label under the bar: "line 1|line 2" in the text file.
    const xl = label(`x-${s.key}${s.key === 'btg' && step === 2 ? '-year' : ''}${compact ? '-short' : ''}`).split('|');
    xl.forEach((l, i) => {
      marks.push(text(`xl-${s.key}-${i}`, bx + bw / 2, f.bottom + 16 + i * 14, l, 'm-tick', { 'text-anchor': 'middle' }));
    });
  }

  const noteMax = 44;
  // Steps 1–2 notes: over the BTG bar on desktop; across the top of the plot on phones (above the emissions bar).
  const noteX = compact ? f.left + 6 : x('btg') === undefined ? f.left : x('btg')! - 10;
  const lh = compact ? 14 : 15;
  if (step === 1) {
    marks.push(...textBlock('note', noteX, compact ? f.top + 20 : y(mt('btg-tig-credits')) - 84, label(compact ? 'note1Short' : 'note1'), noteMax, lh));
  }
  if (step === 2) {
    const bx = x('btg')! + x.bandwidth() / 2;
    marks.push(text('share', bx, y(mt('btg-tig-per-year')) - 26, label('share'), 'm-value m-value-highlight', { 'text-anchor': 'middle', 'font-size': fs.value }));
    marks.push(...textBlock('note', noteX, compact ? f.top + 20 : f.top + 90, label(compact ? 'note2Short' : 'note2'), noteMax, lh));
  }
  if (step === 3) {
    marks.push(...textBlock('note', x('fy2021')!, f.top + 8, label(compact ? 'note3Short' : 'note3'), compact ? 24 : 40, lh));
  }
  if (step === 4) {
    // A bracket over the three Amazon-rainforest deals.
    const x0 = x('mombak')!;
    const x1 = x('regreen2')! + x.bandwidth();
    const by = y(mt('btg-tig-credits')) - (compact ? 8 : 4);
    marks.push(line('amazon-bracket', x0, by, x1, by, 'm-leader'));
    marks.push(line('amazon-bracket-l', x0, by, x0, by + 6, 'm-leader'));
    marks.push(line('amazon-bracket-r', x1, by, x1, by + 6, 'm-leader'));
    marks.push(text('amazon-label', (x0 + x1) / 2, by - 8, label('amazon'), 'm-label-strong', { 'text-anchor': 'middle' }));
    marks.push(...textBlock('note', x('btg')!, f.top + 8, label(compact ? 'note4Short' : 'note4'), compact ? 38 : 60, lh));
  }
  return { width: size.width, height: size.height, marks };
}

export const microsoftBtg: ChartDef = {
  id: ID,
  chapter: 2,
  steps: STEPS,
  rows: () => ['microsoft-removals', 'ms-t1a-fy2024'],
  scene,
};
