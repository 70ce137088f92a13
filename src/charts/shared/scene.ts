/**
 * The scene model: what a chart looks like at one step, as plain data (no DOM), so it renders to SVG at build
 * time, animates in the browser by key, and can be asserted in unit tests.
 */
import type { Seeds } from '../../data/seeds';
import type { Locale } from '../../i18n/locales';

/** SVG element types a mark may be. */
export type MarkType = 'rect' | 'line' | 'path' | 'text' | 'circle';

/**
 * One keyed mark. `key` is stable across steps: the browser renderer moves the element with the same key from one
 * step's attributes to the next. Colours come from `class` (CSS variables), never from literal fills, so both themes
 * come from one set of tokens.
 */
export interface Mark {
  key: string;
  type: MarkType;
  /** SVG attributes in pixels of the scene's size (x, y, width, height, d, x1…, class, text-anchor…). */
  attrs: Record<string, string | number>;
  /** Text content, for `text` marks only. */
  text?: string;
}

/** What a chart shows at one step, in a viewBox of `width` × `height` pixels. */
export interface Scene {
  width: number;
  height: number;
  marks: Mark[];
}

/** Layout variants, each rendered at build time: `regular` beside the prose (desktop), `compact` on phones. */
export const SIZES = {
  regular: { width: 720, height: 480 },
  compact: { width: 360, height: 380 },
} as const;
export type Variant = keyof typeof SIZES;
export type Size = { width: number; height: number };

/** Everything a scene function gets. `step` counts from 1, as people do. */
export interface SceneInput {
  seeds: Seeds;
  step: number;
  size: Size;
  variant: Variant;
  locale: Locale;
  /**
   * A chart-specific label from the chart's text file (`labels:` in `content/<locale>/charts/<id>.yaml`), with figure
   * placeholders already formatted. @throws Error when the key is missing
   */
  label: (key: string) => string;
}

/**
 * A chart: a stable id, the datasets whose rows it shows (its table and CSV), its step count and a pure scene
 * function. Define one per folder `src/charts/<id>/index.ts`.
 */
export interface ChartDef {
  /** kebab-case, stable: it is in URLs and step ids. */
  id: string;
  /** Chapter number 1–5 the chart belongs to. */
  chapter: number;
  /** Dataset names (files `seeds/data/<name>.csv`) or figure ids whose rows the chart's table lists. */
  rows: (seeds: Seeds) => readonly string[];
  /** How many steps; at least 3. */
  steps: number;
  /** The scene at `input.step` (1-based). @throws RangeError for a step outside 1..steps */
  scene: (input: SceneInput) => Scene;
}

/** Checks a step number. @throws RangeError naming the chart */
export function assertStep(chart: string, step: number, steps: number): void {
  if (!Number.isInteger(step) || step < 1 || step > steps) {
    throw new RangeError(`Chart "${chart}" has steps 1 to ${steps}; got ${step}`);
  }
}

/** Rounds to 0.01 px so that scenes (and their SVG) are deterministic and small. */
export const px = (n: number): number => Math.round(n * 100) / 100;
