/**
 * Systematic layout check over every chart, every step and both variants: each text mark's bounding box is
 * estimated from its characters and font size, then (a) it must stay inside the viewBox and (b) no two text marks
 * may overlap (1 px tolerance). The estimate is deliberately simple and NOT to be loosened to make a chart pass:
 * width ≈ characters × 0.55 × font size; height ≈ font size (from 0.78 × size above the alphabetic baseline to
 * 0.22 × size below it; centred on y for `dominant-baseline: central`). Font size comes from the mark's
 * `font-size` attribute (or a `font-size: Npx` style), else from the class defaults of src/styles/chart.css:
 * 14 px regular / 12 px compact, `m-tick` 12 / 11, `m-note` 12.5 / 12.5.
 * The only pairs skipped are lines of one text block (`<key>-<i>` and `<key>-<j>`) stacked vertically.
 */
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../../src/data/seeds';
import { CHARTS, buildChart } from '../../../src/charts/registry';
import type { Mark, Variant } from '../../../src/charts/shared/scene';

const CHAR_WIDTH = 0.55;
const TOLERANCE = 1;

export interface Box {
  key: string;
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Font size in scene pixels of a text mark, per the rules above. */
export function fontSizeOf(m: Mark, variant: Variant): number {
  const attr = m.attrs['font-size'];
  if (attr !== undefined && Number.isFinite(Number(attr))) return Number(attr);
  const style = String(m.attrs['style'] ?? '');
  const sm = /font-size:\s*([\d.]+)px/.exec(style);
  if (sm) return Number(sm[1]);
  const cls = String(m.attrs['class'] ?? '').split(/\s+/);
  if (cls.includes('m-tick')) return variant === 'compact' ? 11 : 12;
  if (cls.includes('m-note')) return 12.5;
  return variant === 'compact' ? 12 : 14;
}

/** The estimated bounding box of a text mark. */
export function boxOf(m: Mark, variant: Variant): Box {
  const fs = fontSizeOf(m, variant);
  const s = m.text ?? '';
  const w = [...s].length * CHAR_WIDTH * fs;
  const x = Number(m.attrs['x']);
  const y = Number(m.attrs['y']);
  const anchor = String(m.attrs['text-anchor'] ?? 'start');
  const x0 = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
  const baseline = String(m.attrs['dominant-baseline'] ?? 'alphabetic');
  const [y0, y1] =
    baseline === 'central' || baseline === 'middle' ? [y - fs / 2, y + fs / 2] : baseline === 'hanging' ? [y, y + fs] : [y - 0.78 * fs, y + 0.22 * fs];
  return { key: m.key, text: s, x0, x1: x0 + w, y0, y1 };
}

const blockOf = (key: string): [string, number] | null => {
  const mm = /^(.*)-(\d+)$/.exec(key);
  return mm ? [mm[1]!, Number(mm[2])] : null;
};

/** True when two boxes are consecutive-or-not lines of one text block, stacked vertically (skipped). */
function sameBlockStacked(a: Box, b: Box): boolean {
  const ba = blockOf(a.key);
  const bb = blockOf(b.key);
  if (!ba || !bb || ba[0] !== bb[0] || ba[1] === bb[1]) return false;
  // Lines of one block: the later line sits lower.
  return (ba[1] < bb[1] ? a.y0 < b.y0 : b.y0 < a.y0);
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 - TOLERANCE && b.x0 < a.x1 - TOLERANCE && a.y0 < b.y1 - TOLERANCE && b.y0 < a.y1 - TOLERANCE;
}

const seeds = loadSeeds();
const fmt = (b: Box) => `${b.key} "${b.text}" [${b.x0.toFixed(1)}–${b.x1.toFixed(1)} × ${b.y0.toFixed(1)}–${b.y1.toFixed(1)}]`;

describe('layout estimate', () => {
  it('measures "Mt" at 14 px as 2 × 0.55 × 14 = 15.4 px wide, 14 px tall', () => {
    const b = boxOf({ key: 'k', type: 'text', attrs: { x: 10, y: 20, class: 'm-label' }, text: 'Mt' }, 'regular');
    expect(b.x1 - b.x0).toBeCloseTo(15.4, 5);
    expect(b.y0).toBeCloseTo(20 - 10.92, 5);
  });
  it('flags two labels drawn on top of each other', () => {
    const a = boxOf({ key: 'a', type: 'text', attrs: { x: 10, y: 20, class: 'm-note' }, text: 'abc' }, 'compact');
    const b = boxOf({ key: 'b', type: 'text', attrs: { x: 20, y: 22, class: 'm-note' }, text: 'abc' }, 'compact');
    expect(overlaps(a, b)).toBe(true);
  });
});

for (const def of CHARTS) {
  const chart = buildChart(def.id, 'fr', seeds);
  describe(`layout of ${def.id}`, () => {
    for (const step of chart.steps) {
      for (const variant of ['regular', 'compact'] as const) {
        it(`step ${step.n} (${variant}): text inside the viewBox, no two texts overlap`, () => {
          const scene = step.scenes[variant];
          const boxes = scene.marks.filter((m) => m.type === 'text' && (m.text ?? '').trim() !== '').map((m) => boxOf(m, variant));
          const outside = boxes
            .filter((b) => b.x0 < -TOLERANCE || b.y0 < -TOLERANCE || b.x1 > scene.width + TOLERANCE || b.y1 > scene.height + TOLERANCE)
            .map(fmt);
          const clashes: string[] = [];
          for (let i = 0; i < boxes.length; i++) {
            for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i]!;
              const b = boxes[j]!;
              if (overlaps(a, b) && !sameBlockStacked(a, b)) clashes.push(`${fmt(a)} × ${fmt(b)}`);
            }
          }
          expect(outside, `outside ${scene.width}×${scene.height}`).toEqual([]);
          expect(clashes).toEqual([]);
        });
      }
    }
  });
}
