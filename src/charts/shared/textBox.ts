/**
 * One estimate of how much room a chart text takes, shared by the scenes (wrapping, placing), the layout test and the
 * image export, so that they all agree. Deliberately simple: width ≈ characters × 0.55 × font size (Source Sans 3
 * averages about 0.5 em per character; 0.55 leaves a margin); height = font size, from 0.78 × size above the alphabetic
 * baseline to 0.22 × size below it (centred on y for `dominant-baseline: central`).
 */
import type { Mark, Variant } from './scene';

/** Average advance of one character, in em. */
export const CHAR_WIDTH_EM = 0.55;

/** Estimated width in px of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * CHAR_WIDTH_EM * fontSize;
}

/** How many characters fit in `width` px at `fontSize` px (at least 1). */
export function charsIn(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (CHAR_WIDTH_EM * fontSize)));
}

/** A text mark's estimated box in scene pixels. */
export interface TextBox {
  key: string;
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * Font size in scene pixels of a text mark: its `font-size` attribute (or a `font-size: Npx` style), else the class
 * defaults of src/styles/chart.css: 14 px regular / 12 px compact, `m-tick` 12 / 11, `m-note` and `m-sub` 12.5.
 */
export function fontSizeOf(m: Mark, variant: Variant): number {
  const attr = m.attrs['font-size'];
  if (attr !== undefined && Number.isFinite(Number(attr))) return Number(attr);
  const sm = /font-size:\s*([\d.]+)px/.exec(String(m.attrs['style'] ?? ''));
  if (sm) return Number(sm[1]);
  const cls = String(m.attrs['class'] ?? '').split(/\s+/);
  if (cls.includes('m-tick')) return variant === 'compact' ? 11 : 12;
  if (cls.includes('m-note') || cls.includes('m-sub')) return 12.5;
  return variant === 'compact' ? 12 : 14;
}

/** The estimated box of a text mark (anchor and dominant baseline taken into account). */
export function textBoxOf(m: Mark, variant: Variant): TextBox {
  const fs = fontSizeOf(m, variant);
  const s = m.text ?? '';
  const w = textWidth(s, fs);
  const x = Number(m.attrs['x']);
  const y = Number(m.attrs['y']);
  const anchor = String(m.attrs['text-anchor'] ?? 'start');
  const x0 = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
  const baseline = String(m.attrs['dominant-baseline'] ?? 'alphabetic');
  const [y0, y1] =
    baseline === 'central' || baseline === 'middle' ? [y - fs / 2, y + fs / 2] : baseline === 'hanging' ? [y, y + fs] : [y - 0.78 * fs, y + 0.22 * fs];
  return { key: m.key, text: s, x0, x1: x0 + w, y0, y1 };
}
