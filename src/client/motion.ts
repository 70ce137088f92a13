/**
 * Motion and the instant path of the chart renderer, without d3: the duration token, and `jumpTo`, which draws a step's
 * state at once (first paint, layout changes, reduced motion). The animated path (`renderer.ts`, d3-transition) is
 * imported on demand.
 */

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

/**
 * Draws `target`'s marks into `live` at once, interrupting nothing (no transition runs before the renderer loads).
 * @param live the SVG on screen
 * @param target a build-time SVG of the target step (may be inside a `<template>`)
 */
export function jumpTo(live: SVGSVGElement, target: SVGSVGElement): void {
  const vb = target.getAttribute('viewBox');
  if (vb) live.setAttribute('viewBox', vb);
  live.replaceChildren(...Array.from(target.querySelectorAll(':scope > [data-key]')).map((n) => document.importNode(n, true)));
}
