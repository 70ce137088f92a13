/**
 * Systematic layout check over every chart, every step and both variants: each text mark's bounding box is
 * estimated with the charts' own estimate (src/charts/shared/textBox.ts, NOT to be loosened to make a chart pass),
 * then (a) it must stay inside the viewBox, (b) no two text marks may overlap (1 px tolerance), and (c) no text may
 * sit on a bar or a point, unless the scene places it wholly inside a bar on purpose (an in-bar label); a note
 * (`m-note`) must not sit on a horizontal gridline either (value labels just above a bar may cross one).
 * The only text pairs skipped are lines of one text block (`<key>-<i>` and `<key>-<j>`) stacked vertically.
 */
import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../../src/data/seeds';
import { CHARTS, buildChart } from '../../../src/charts/registry';
import type { Mark, Scene } from '../../../src/charts/shared/scene';
import { textBoxOf, type TextBox } from '../../../src/charts/shared/textBox';

const TOLERANCE = 1;
type Box = TextBox;
const boxOf = textBoxOf;

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

/** Shapes a text must not sit on: bars (rects with area), points (circles) and gridlines, as boxes. */
function shapesOf(scene: Scene): (Box & { inside: boolean })[] {
  const out: (Box & { inside: boolean })[] = [];
  for (const m of scene.marks) {
    const a = m.attrs;
    const cls = String(a['class'] ?? '');
    // Background zones (bands, ranges) are meant to hold labels; bars are not.
    if (m.type === 'rect' && Number(a['width']) > 0.5 && Number(a['height']) > 0.5 && !/\bm-(band|band-focus|range)\b/.test(cls)) {
      const x0 = Number(a['x']);
      const y0 = Number(a['y']);
      out.push({ key: m.key, text: `rect.${cls}`, x0, y0, x1: x0 + Number(a['width']), y1: y0 + Number(a['height']), inside: true });
    } else if (m.type === 'circle' && Number(a['r']) > 0) {
      const r = Number(a['r']);
      out.push({ key: m.key, text: `circle.${cls}`, x0: Number(a['cx']) - r, x1: Number(a['cx']) + r, y0: Number(a['cy']) - r, y1: Number(a['cy']) + r, inside: false });
    } else if (m.type === 'line' && /\bm-grid\b/.test(cls) && Number(a['y1']) === Number(a['y2'])) {
      // Horizontal gridlines only: a value or a note must not be struck through (vertical ones run behind row labels).
      const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((k) => Number(a[k]));
      out.push({ key: m.key, text: `gridline`, x0: Math.min(x1!, x2!), x1: Math.max(x1!, x2!), y0: Math.min(y1!, y2!), y1: Math.max(y1!, y2!), inside: false });
    }
  }
  return out;
}

/** A text wholly inside a bar is an in-bar label, placed on purpose. */
const within = (t: Box, s: Box) => t.x0 >= s.x0 - TOLERANCE && t.x1 <= s.x1 + TOLERANCE && t.y0 >= s.y0 - TOLERANCE && t.y1 <= s.y1 + TOLERANCE;
/** Overlap of a text with a shape; a gridline (zero thickness) counts when it crosses the text's box. */
const touches = (t: Box, s: Box) =>
  t.x0 < s.x1 - TOLERANCE && s.x0 < t.x1 - TOLERANCE && t.y0 < s.y1 - TOLERANCE + (s.y0 === s.y1 ? 2 * TOLERANCE : 0) && s.y0 < t.y1 - TOLERANCE;

for (const def of CHARTS) for (const locale of ['fr', 'en'] as const) {
  const chart = buildChart(def.id, locale, seeds);
  describe(`layout of ${def.id} (${locale})`, () => {
    for (const step of chart.steps) {
      for (const variant of ['regular', 'compact'] as const) {
        it(`step ${step.n} (${variant}): text inside the viewBox, no two texts overlap, no text on a bar, point or gridline`, () => {
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
          const onShapes: string[] = [];
          for (const t of boxes) {
            const note = /\bm-note\b/.test(String(scene.marks.find((m) => m.key === t.key)?.attrs['class'] ?? ''));
            for (const sh of shapesOf(scene)) {
              if (sh.text === 'gridline' && !note) continue;
              if (touches(t, sh) && !(sh.inside && within(t, sh))) onShapes.push(`${fmt(t)} on ${sh.text} ${sh.key}`);
            }
          }
          const problems = [...outside.map((o) => `outside: ${o}`), ...clashes.map((c) => `overlap: ${c}`), ...onShapes.map((o) => `on shape: ${o}`)];
          // Printed in full (assertion messages are truncated), so that a failure names every label to move.
          if (problems.length) console.log(`${def.id} (${locale}) step ${step.n} (${variant}):\n  ${problems.join('\n  ')}`);
          expect(outside, `outside ${scene.width}×${scene.height}`).toEqual([]);
          expect(clashes).toEqual([]);
          expect(onShapes.join('\n'), 'text on a bar, point or gridline').toBe('');
        });
      }
    }
  });
}
