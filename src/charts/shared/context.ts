/**
 * The scene context: what every scene reads before drawing, computed once from its `SceneInput`, so that a scene's
 * code is data → states → marks and not layout plumbing. It checks the step, and gives the variant's font sizes and
 * frame, values by variant, labels (with their phone variant) and locale formats.
 */
import type { Figure } from '../../data/schemas';
import { formatNumber, formatValue, scaleTo } from '../../lib/format';
import { frame, fontSize, textBlock, wrap, type Frame } from './marks';
import { charsIn } from './textBox';
import { assertStep, type ChartDef, type Mark, type Scene, type SceneInput } from './scene';

type Margins = Partial<Record<'left' | 'right' | 'top' | 'bottom', number>>;

/** Suffix of a label's phone variant in `content/<locale>/charts/<id>.yaml` (`note4` → `note4-short`). */
export const SHORT_SUFFIX = '-short';

/** Font size and line height of the note band, px. */
const NOTE_SIZE = 12.5;
const NOTE_LINE = 15;

export interface SceneContext extends SceneInput {
  /** The phone layout (360 × 380) rather than the desktop one (720 × 480). */
  compact: boolean;
  /** Font sizes in scene pixels for this variant (tick, label, value, note). */
  fs: ReturnType<typeof fontSize>;
  /** `regular` on desktop, `compact` on phones. */
  byVariant: <T>(regular: T, compact: T) => T;
  /** The plotting box, with margins per variant (compact defaults to the regular ones). */
  frame: (regular?: Margins, compact?: Margins) => Frame;
  /** True when the chart's text file has this label. */
  has: (key: string) => boolean;
  /** The label, or on phones its `<key>-short` variant when the text file has one. */
  short: (key: string) => string;
  /** A number in the locale (`15,4`, `1\u202f287`), `digits` significant figures (default 3), as axis ticks print it. */
  num: (v: number, digits?: number) => string;
  /** A figure's value in millions of tonnes (from its own unit). */
  mt: (f: Figure) => number;
  /** A figure's value in Mt without unit (`15,4`), as the bars of emission charts print it. */
  mtText: (f: Figure) => string;
  /** The chart's step count. */
  steps: number;
  /** How many lines the longest of the step notes (`note1`…`note<steps>`) takes wrapped at `chars`: a note band
   * that keeps one height at every step, so that the plot under it never moves. */
  noteLines: (chars: number) => number;
  /** The note band across the top of the scene (see `NoteBand`). */
  noteBand: () => NoteBand;
  /** The scene of these marks, at the input's size. */
  scene: (marks: Mark[]) => Scene;
}

/**
 * The step's note in a band across the top of the scene, above the plot: 12.5 px text from `left` (4 px left of the
 * y tick labels' margin: 56 px, 40 on phones) to 12 px from the right edge, 15 px lines from y = 14. It is as tall as
 * the longest of the chart's step notes wrapped there, so that the plot under it keeps its place at every step.
 */
export interface NoteBand {
  /** x of the note's left edge. */
  left: number;
  /** Characters per line. */
  chars: number;
  /** Baseline of the note's last possible line: the plot (or a legend) starts below it. */
  bottom: number;
  /** The note of the step drawn, keys `note-<i>`, in class `cls` (default `m-note`). */
  marks: (cls?: string) => Mark[];
}

/**
 * The context of one scene call.
 * @param id the chart id, named in the error
 * @param steps the chart's step count
 * @throws RangeError when `input.step` is outside 1..steps
 */
export function sceneContext(input: SceneInput, id: string, steps: number): SceneContext {
  assertStep(id, input.step, steps);
  const compact = input.variant === 'compact';
  const has = (key: string): boolean => {
    try {
      input.label(key);
      return true;
    } catch {
      return false;
    }
  };
  return {
    ...input,
    compact,
    fs: fontSize(input.variant),
    byVariant: (regular, small) => (compact ? small : regular),
    frame: (regular = {}, small = regular) => frame(input.size, input.variant, compact ? small : regular),
    has,
    short: (key) => (compact && has(key + SHORT_SUFFIX) ? input.label(key + SHORT_SUFFIX) : input.label(key)),
    num: (v, digits) => formatNumber(v, input.locale, digits),
    mt: (f) => scaleTo(f.value!, f.unit, 'Mt'),
    mtText: (f) => formatValue(f.value!, f.unit, input.locale, { unit: 'Mt', bare: true }),
    steps,
    noteLines: (chars) => Math.max(...Array.from({ length: steps }, (_, i) => wrap(input.label(`note${i + 1}`), chars).length)),
    noteBand: () => {
      const left = compact ? 40 : 56;
      const chars = charsIn(input.size.width - left - 12, NOTE_SIZE);
      const lines = Math.max(...Array.from({ length: steps }, (_, i) => wrap(input.label(`note${i + 1}`), chars).length));
      return {
        left: left - 4,
        chars,
        bottom: 14 + lines * NOTE_LINE,
        marks: (cls = 'm-note') => textBlock('note', left - 4, 14, input.label(`note${input.step}`), chars, NOTE_LINE, cls, { 'font-size': NOTE_SIZE }),
      };
    },
    scene: (marks) => ({ width: input.size.width, height: input.size.height, marks }),
  };
}

/** A chart defined by its marks: `draw` gets the scene context (step already checked) and returns the step's marks. */
export interface ChartSpec extends Omit<ChartDef, 'scene'> {
  draw: (c: SceneContext) => Mark[];
}

/** The `ChartDef` of a spec: its scene checks the step, builds the context, draws, and sizes the scene. */
export function defineChart(spec: ChartSpec): ChartDef {
  const { draw, ...def } = spec;
  return {
    ...def,
    scene: (input) => {
      const c = sceneContext(input, def.id, def.steps);
      return c.scene(draw(c));
    },
  };
}
