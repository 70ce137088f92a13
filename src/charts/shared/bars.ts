/**
 * Bars with their labels, in one call: a bar, its value label and its category label, keyed `bar-<key>`, `val-<key>`
 * and `xl-<key>` (vertical) or `<name prefix>-<key>` (horizontal). A hidden bar is drawn at zero size where it will
 * stand, so that it grows in place when its step comes; its labels are drawn only once it shows.
 */
import { rect, text, textBlock } from './marks';
import type { Mark } from './scene';
import { valueClass, type MarkState } from './states';
import { textWidth } from './textBox';

/** A vertical bar standing on `base`, in pixels of the scene. */
export interface BarYOptions {
  key: string;
  /** Left edge and width of the bar (a band of the x scale). */
  x: number;
  width: number;
  /** y of the zero line, and y of the bar's value (its top when shown). */
  base: number;
  top: number;
  /** Fill class, already resolved for the state (see `fillClass`). */
  cls: string;
  st: MarkState;
  /** Value label above the bar, centred; its class defaults to `valueClass(st)`. */
  value?: string;
  valueClass?: string;
  /** Font size of the value, px. */
  valueSize: number;
  /** Gap between the bar's top and the value's baseline, px. Default 6. */
  valueGap?: number;
  /** Category label under the zero line (`m-tick`, centred, 18 px below), wrapped at `wrap` characters when given. */
  category?: string;
  wrap?: { max: number; lineHeight: number };
  /** Draw the category while the bar is hidden too (an axis of all slots). Default false. */
  categoryWhileHidden?: boolean;
}

/** Marks of a vertical bar: `bar-<key>`, then `val-<key>` and `xl-<key>` (or `xl-<key>-<i>` when wrapped). */
export function barY(o: BarYOptions): Mark[] {
  const h = o.st.shown ? o.base - o.top : 0;
  const cx = o.x + o.width / 2;
  const out = [rect(`bar-${o.key}`, o.x, o.base - h, o.width, h, o.cls)];
  if (o.st.shown && o.value !== undefined) {
    out.push(text(`val-${o.key}`, cx, o.base - h - (o.valueGap ?? 6), o.value, o.valueClass ?? valueClass(o.st), { 'text-anchor': 'middle', 'font-size': o.valueSize }));
  }
  if (o.category !== undefined && (o.st.shown || o.categoryWhileHidden)) {
    const attrs = { 'text-anchor': 'middle' };
    if (o.wrap) out.push(...textBlock(`xl-${o.key}`, cx, o.base + 18, o.category, o.wrap.max, o.wrap.lineHeight, 'm-tick', attrs));
    else out.push(text(`xl-${o.key}`, cx, o.base + 18, o.category, 'm-tick', attrs));
  }
  return out;
}

/** A horizontal bar from `x0` to `x1`, in pixels of the scene. */
export interface BarXOptions {
  key: string;
  x0: number;
  x1: number;
  /** Top of the bar and its height. */
  y: number;
  height: number;
  cls: string;
  st: MarkState;
  /** Category label above the bar, left-aligned at `x0`: its key prefix (`name` → `name-<key>`), text, baseline y, class and size. */
  name?: { prefix: string; text: string; y: number; cls: string; size: number };
  /** Value label right of the bar's end, vertically centred; its class defaults to `valueClass(st)`. */
  value?: string;
  valueClass?: string;
  valueSize: number;
  /** Where the value starts, px (default 6 past the bar's end). */
  valueX?: number;
  /** When the value would run past this x, it goes inside the bar's end, right-aligned. Default: never. */
  maxX?: number;
}

/** Marks of a horizontal bar: `<name prefix>-<key>`, `bar-<key>`, `val-<key>`. */
export function barX(o: BarXOptions): Mark[] {
  const out: Mark[] = [];
  if (o.st.shown && o.name) out.push(text(`${o.name.prefix}-${o.key}`, o.x0, o.name.y, o.name.text, o.name.cls, { 'font-size': o.name.size }));
  out.push(rect(`bar-${o.key}`, o.x0, o.y, o.st.shown ? o.x1 - o.x0 : 0, o.height, o.cls));
  if (o.st.shown && o.value !== undefined) {
    const vx = o.valueX ?? o.x1 + 6;
    const inside = o.maxX !== undefined && vx + textWidth(o.value, o.valueSize) > o.maxX;
    out.push(
      text(`val-${o.key}`, inside ? o.x1 - 6 : vx, o.y + o.height / 2, o.value, o.valueClass ?? valueClass(o.st), {
        'dominant-baseline': 'central',
        'font-size': o.valueSize,
        'text-anchor': inside ? 'end' : 'start',
      }),
    );
  }
  return out;
}
