/**
 * Small builders for keyed marks, shared by every chart. All positions are pixels of the scene's size; all colours
 * are CSS classes (see `src/styles/chart.css`):
 *
 * - structure: `m-grid`, `m-axis`, `m-tick` (tick label), `m-label`, `m-label-strong`, `m-note` (muted annotation in clear space), `m-sub` (muted caption beside a value),
 *   `m-value` (value label on a mark)
 * - meaning: `m-emission` (warm), `m-emission-soft`, `m-credit` (cool green: credits and removals), `m-credit-soft`,
 *   `m-claim` (the article's figure: grey dashed outline, no fill), `m-projection` (dashed), `m-estimate` (hollow: second-hand/derived),
 *   `m-energy`, `m-energy-soft`, `m-neutral`, `m-country`, `m-highlight` (the number the step talks about),
 *   `m-range` (a band), companies `m-co-microsoft`, `m-co-amazon`, `m-co-google`
 * - state: `m-dim` (faded, not the focus of this step)
 */
import type { ScaleLinear, ScaleLogarithmic } from 'd3-scale';
import { px, type Mark, type Size, type Variant } from './scene';

type Attrs = Record<string, string | number>;

/** A text mark. `anchor` is `start` | `middle` | `end`. */
export function text(key: string, x: number, y: number, content: string, cls = 'm-label', extra: Attrs = {}): Mark {
  return { key, type: 'text', attrs: { x: px(x), y: px(y), class: cls, ...extra }, text: content };
}

/** A rect mark; negative heights/widths are normalised. */
export function rect(key: string, x: number, y: number, width: number, height: number, cls: string, extra: Attrs = {}): Mark {
  const x0 = width < 0 ? x + width : x;
  const y0 = height < 0 ? y + height : y;
  return {
    key,
    type: 'rect',
    attrs: { x: px(x0), y: px(y0), width: px(Math.abs(width)), height: px(Math.abs(height)), class: cls, ...extra },
  };
}

/** A line mark. */
export function line(key: string, x1: number, y1: number, x2: number, y2: number, cls: string, extra: Attrs = {}): Mark {
  return { key, type: 'line', attrs: { x1: px(x1), y1: px(y1), x2: px(x2), y2: px(y2), class: cls, ...extra } };
}

/** A circle mark. */
export function circle(key: string, cx: number, cy: number, r: number, cls: string, extra: Attrs = {}): Mark {
  return { key, type: 'circle', attrs: { cx: px(cx), cy: px(cy), r: px(r), class: cls, ...extra } };
}

/** A path mark from a `d` string. */
export function path(key: string, d: string, cls: string, extra: Attrs = {}): Mark {
  return { key, type: 'path', attrs: { d, class: cls, ...extra } };
}

/** A polyline `d` through points, rounded. */
export function polyline(points: readonly [number, number][]): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${px(x)},${px(y)}`).join('');
}

/** The plotting box inside a scene: margins differ by variant so that labels fit on phones. */
export interface Frame {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

/**
 * The plotting box for a size, with margins in pixels (defaults suit a y axis on the left and labels below).
 * @param margins overrides per side
 */
export function frame(size: Size, variant: Variant, margins: Partial<Record<'left' | 'right' | 'top' | 'bottom', number>> = {}): Frame {
  const base = variant === 'compact' ? { left: 40, right: 12, top: 28, bottom: 40 } : { left: 56, right: 24, top: 32, bottom: 44 };
  const m = { ...base, ...margins };
  return {
    left: m.left,
    right: size.width - m.right,
    top: m.top,
    bottom: size.height - m.bottom,
    width: size.width - m.left - m.right,
    height: size.height - m.top - m.bottom,
  };
}

/** Font sizes in scene pixels per variant (the SVG is drawn near 1:1 in both layouts). */
export function fontSize(variant: Variant): { tick: number; label: number; value: number; note: number } {
  return variant === 'compact' ? { tick: 11, label: 12, value: 13, note: 11 } : { tick: 12, label: 14, value: 15, note: 12 };
}

type Scale = ScaleLinear<number, number> | ScaleLogarithmic<number, number>;

/** Grid lines across the box with their tick labels, keyed `<prefix>-grid-<tick>` / `<prefix>-tick-<tick>` so that a
 * rescale moves them; the zero line is `m-axis`. `y`: horizontal lines, labels left of the box; `x`: vertical lines,
 * labels under it. */
function grid(axis: 'x' | 'y', scale: Scale, ticks: readonly number[], f: Frame, format: (v: number) => string, prefix: string): Mark[] {
  return ticks.flatMap((t) => {
    const p = scale(t);
    const cls = t === 0 ? 'm-axis' : 'm-grid';
    return axis === 'y'
      ? [line(`${prefix}-grid-${t}`, f.left, p, f.right, p, cls), text(`${prefix}-tick-${t}`, f.left - 6, p + 4, format(t), 'm-tick', { 'text-anchor': 'end' })]
      : [line(`${prefix}-grid-${t}`, p, f.top, p, f.bottom, cls), text(`${prefix}-tick-${t}`, p, f.bottom + 16, format(t), 'm-tick', { 'text-anchor': 'middle' })];
  });
}

/**
 * Horizontal grid lines and tick labels for a linear or log y scale. Keys are `y-grid-<tick>` and `y-tick-<tick>` so
 * that a rescale moves them.
 * @param format tick label for a tick value
 */
export function yGrid(scale: Scale, ticks: readonly number[], f: Frame, format: (v: number) => string, prefix = 'y'): Mark[] {
  return grid('y', scale, ticks, f, format, prefix);
}

/** Vertical grid lines with tick labels under the box, for a linear or log x scale. */
export function xGrid(scale: Scale, ticks: readonly number[], f: Frame, format: (v: number) => string, prefix = 'x'): Mark[] {
  return grid('x', scale, ticks, f, format, prefix);
}

/** Category labels under the box, centred on each x (`xl-<key>`, `m-tick`, 18 px below the zero line): an x axis of years. */
export function xLabels(entries: readonly (readonly [key: string | number, x: number, content?: string])[], f: Frame): Mark[] {
  return entries.map(([key, x, content]) => text(`xl-${key}`, x, f.bottom + 18, content ?? String(key), 'm-tick', { 'text-anchor': 'middle' }));
}

/** A value label: `text-anchor` (default middle) and `font-size` set, class from the caller (see `valueClass`). */
export function value(key: string, x: number, y: number, content: string, cls: string, size: number, anchor = 'middle'): Mark {
  return text(key, x, y, content, cls, { 'text-anchor': anchor, 'font-size': size });
}

/** An axis title placed top-left of the box (reads before the chart, Datawrapper-style). */
export function axisTitle(key: string, f: Frame, content: string): Mark {
  return text(key, f.left - 4, f.top - 12, content, 'm-note', { 'text-anchor': 'start' });
}

/** Breaks a label into lines of at most `max` characters (on spaces), for multi-line annotations. */
export function wrap(s: string, max: number): string[] {
  // Split on ordinary spaces only: narrow no-break spaces keep a value and its unit together.
  const words = s.split(/[ \t\n]+/);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && (cur + ' ' + w).length > max) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines;
}

/** A multi-line annotation as one text mark per line, keys `<key>-<i>`. */
export function textBlock(key: string, x: number, y: number, content: string, max: number, lineHeight: number, cls = 'm-note', extra: Attrs = {}): Mark[] {
  return wrap(content, max).map((l, i) => text(`${key}-${i}`, x, y + i * lineHeight, l, cls, extra));
}
