/**
 * The one shared scene renderer in the browser: joins the marks of a target step's SVG (rendered at build time) to
 * the live SVG by `data-key`, and animates the change. Entering marks fade in, leaving marks fade out, kept marks
 * move (numbers inside attributes such as `d` or `points` are interpolated, as d3-interpolate's interpolateString
 * does). One requestAnimationFrame loop per live SVG, eased cubic in-out; a new call interrupts a running one where it
 * is, so the live SVG always ends in the last target's state. No dependency: the embed page's whole script stays small.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Attributes that tween; all others switch at once. */
const GEOMETRY = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'opacity'] as const;
const TWEENED = new Set<string>(GEOMETRY);
const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

let cachedDuration: number | undefined;

/**
 * The duration token `--dur` (ms) of the page; 1 ms under prefers-reduced-motion (set in CSS). Read once and again
 * only when the motion preference changes: reading a computed style on every step would force a style recalculation
 * of the whole page in the scroll path.
 */
export function motionDuration(): number {
  if (cachedDuration === undefined) {
    const v = getComputedStyle(document.documentElement).getPropertyValue('--dur').trim();
    const n = parseFloat(v);
    cachedDuration = !Number.isFinite(n) ? 700 : v.endsWith('ms') ? n : n * 1000;
    matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', () => (cachedDuration = undefined), { once: true });
  }
  return cachedDuration;
}

/** Cubic in-out easing of t in [0, 1] (as d3-ease's easeCubicInOut). */
export const easeCubicInOut = (t: number): number => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

/**
 * Interpolates between two attribute strings: the numbers of `b` move from those at the same place in `a` (numbers
 * `a` lacks stay at `b`'s value); the rest of the string is `b`'s.
 * @returns f(t), t in [0, 1], with f(1) === b
 */
export function interpolateString(a: string | null, b: string): (t: number) => string {
  const from = (a ?? '').match(NUMBER) ?? [];
  const to = b.match(NUMBER) ?? [];
  if (to.length === 0) return () => b;
  const parts = b.split(NUMBER);
  return (t) => {
    if (t >= 1) return b;
    let s = parts[0]!;
    for (let i = 0; i < to.length; i++) {
      const end = Number(to[i]);
      const start = i < from.length ? Number(from[i]) : end;
      s += String(+(start + (end - start) * t).toFixed(3)) + parts[i + 1]!;
    }
    return s;
  };
}

const running = new WeakMap<Element, number>();

/**
 * Runs `steps` (each called with the eased progress, 0 to 1) for `duration` ms on `owner`'s animation loop, then
 * `done`. A previous loop of the same owner stops where it is. duration ≤ 0: the end state at once.
 */
function animate(owner: Element, steps: ((t: number) => void)[], done: (() => void)[], duration: number): void {
  const prev = running.get(owner);
  if (prev !== undefined) cancelAnimationFrame(prev);
  running.delete(owner);
  const finish = () => {
    for (const f of steps) f(1);
    for (const f of done) f();
  };
  if (!(duration > 0)) return finish();
  let t0: number | undefined;
  const tick = (now: number) => {
    t0 ??= now;
    const p = Math.min(1, (now - t0) / duration);
    if (p >= 1) {
      running.delete(owner);
      return finish();
    }
    const e = easeCubicInOut(p);
    for (const f of steps) f(e);
    running.set(owner, requestAnimationFrame(tick));
  };
  running.set(owner, requestAnimationFrame(tick));
}

const keyOf = (el: Element): string => el.getAttribute('data-key') ?? '';
const isText = (el: Element) => el.tagName.toLowerCase() === 'text';

/** Sets non-tweened attributes and text of `el` from `src` at once, removing attributes `src` lacks. */
function syncStatic(el: Element, src: Element): void {
  for (const a of Array.from(el.attributes)) {
    if (a.name !== 'data-key' && a.name !== 'style' && !src.hasAttribute(a.name)) el.removeAttribute(a.name);
  }
  for (const a of Array.from(src.attributes)) if (!TWEENED.has(a.name)) el.setAttribute(a.name, a.value);
  if (isText(src) && el.textContent !== src.textContent) el.textContent = src.textContent;
}

/** A tween of the inline style opacity of `el` to `to`. */
function fade(el: SVGElement, to: number): (t: number) => void {
  const from = el.style.opacity === '' ? 1 : Number(el.style.opacity);
  return (t) => {
    el.style.opacity = String(from + (to - from) * t);
  };
}

/**
 * Moves `live` to the state drawn in `target`.
 * @param live the SVG on screen (its marks are direct children with `data-key`)
 * @param target a build-time SVG of the target step (may be inside a `<template>`)
 * @param duration ms; 0 jumps (synchronously)
 */
export function renderScene(live: SVGSVGElement, target: SVGSVGElement, duration: number): void {
  const targets = Array.from(target.querySelectorAll(':scope > [data-key]'));
  const vb = target.getAttribute('viewBox');
  const current = Array.from(live.querySelectorAll(':scope > [data-key]'));
  const steps: ((t: number) => void)[] = [];
  const done: (() => void)[] = [];
  if (vb && live.getAttribute('viewBox') !== vb) {
    // Another layout variant: replace at once, no tween between different geometries.
    animate(live, [], [], 0);
    live.setAttribute('viewBox', vb);
    live.replaceChildren(...targets.map((n) => document.importNode(n, true)));
    return;
  }
  const byKey = new Map(current.map((el) => [keyOf(el), el]));
  const kept = new Set<Element>();
  const ordered: Element[] = [];
  for (const src of targets) {
    let el = byKey.get(keyOf(src)) as SVGElement | undefined;
    if (el && el.tagName !== src.tagName) {
      el.remove();
      el = undefined;
    }
    if (!el) {
      // Enter: the target's state, fading in.
      const fresh = document.createElementNS(SVG_NS, src.tagName.toLowerCase()) as SVGElement;
      for (const a of Array.from(src.attributes)) fresh.setAttribute(a.name, a.value);
      fresh.textContent = isText(src) ? src.textContent : null;
      fresh.style.opacity = '0';
      steps.push(fade(fresh, 1));
      done.push(() => fresh.style.removeProperty('opacity'));
      ordered.push(fresh);
      continue;
    }
    const mark = el;
    kept.add(mark);
    syncStatic(mark, src);
    steps.push(fade(mark, 1));
    for (const name of GEOMETRY) {
      const v = src.getAttribute(name);
      if (v === null) {
        if (mark.hasAttribute(name)) mark.removeAttribute(name);
        continue;
      }
      const was = mark.getAttribute(name);
      if (was === v) continue;
      const f = interpolateString(was, v);
      steps.push((t) => mark.setAttribute(name, f(t)));
    }
    done.push(() => mark.style.removeProperty('opacity'));
    ordered.push(mark);
  }
  // Exit: fade out, then remove.
  for (const el of current) {
    if (kept.has(el) || !el.isConnected) continue;
    steps.push(fade(el as SVGElement, 0));
    done.push(() => el.remove());
  }
  // Order the kept and entering marks as in the target (exiting ones stay where they are until removed).
  for (const el of ordered) live.appendChild(el);
  animate(live, steps, done, duration);
}
