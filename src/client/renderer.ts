/**
 * The one shared scene renderer in the browser: joins the marks of a target step's SVG (rendered at build time) to
 * the live SVG by `data-key`, and animates the change with d3-transition. Entering marks fade in, leaving marks fade
 * out, kept marks move. A new call interrupts a running one, so the live SVG always ends in the last target's state.
 * Loaded on demand by `cc-chart` at the first animated step change (`jumpTo` draws the first state without it), so
 * that d3 weighs nothing on a page that is only read.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { easeCubicInOut } from 'd3-ease';
import { jumpTo } from './motion';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Attributes that tween; all others switch at once. */
const GEOMETRY = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'opacity'] as const;
const TWEENED = new Set<string>(GEOMETRY);
const NAME = 'scene';

const keyOf = (el: Element): string => el.getAttribute('data-key') ?? '';

/** Sets non-tweened attributes and text of `el` from `src` at once, removing attributes `src` lacks. */
function syncStatic(el: Element, src: Element): void {
  for (const a of Array.from(el.attributes)) {
    if (a.name !== 'data-key' && a.name !== 'style' && !src.hasAttribute(a.name)) el.removeAttribute(a.name);
  }
  // Only the values that differ: setting an attribute to its own value still invalidates the mark's style.
  for (const a of Array.from(src.attributes)) if (!TWEENED.has(a.name) && el.getAttribute(a.name) !== a.value) el.setAttribute(a.name, a.value);
  if (src.tagName.toLowerCase() === 'text' && el.textContent !== src.textContent) el.textContent = src.textContent;
}

/**
 * Moves `live` to the state drawn in `target`.
 * @param live the SVG on screen (its marks are direct children with `data-key`)
 * @param target a build-time SVG of the target step (may be inside a `<template>`)
 * @param duration ms; 0 jumps
 */
export function renderScene(live: SVGSVGElement, target: SVGSVGElement, duration: number): void {
  const targets = Array.from(target.querySelectorAll(':scope > [data-key]'));
  const vb = target.getAttribute('viewBox');
  const current = Array.from(live.querySelectorAll(':scope > [data-key]'));
  for (const el of current) select(el).interrupt(NAME);
  if (vb && live.getAttribute('viewBox') !== vb) {
    // Another layout variant: replace at once, no tween between different geometries.
    jumpTo(live, target);
    return;
  }
  const byKey = new Map(current.map((el) => [keyOf(el), el]));
  const kept = new Set<Element>();
  const ordered: Element[] = [];
  for (const src of targets) {
    let el = byKey.get(keyOf(src));
    if (el && el.tagName !== src.tagName) {
      el.remove();
      el = undefined;
    }
    if (!el) {
      // Enter: the target's state, fading in.
      const fresh = document.createElementNS(SVG_NS, src.tagName.toLowerCase());
      for (const a of Array.from(src.attributes)) fresh.setAttribute(a.name, a.value);
      fresh.textContent = src.tagName.toLowerCase() === 'text' ? src.textContent : null;
      (fresh as SVGElement).style.opacity = '0';
      select(fresh).transition(NAME).duration(duration).ease(easeCubicInOut).style('opacity', '1').on('end', () => {
        (fresh as SVGElement).style.removeProperty('opacity');
      });
      ordered.push(fresh);
      continue;
    }
    kept.add(el);
    syncStatic(el, src);
    const tr = select(el).transition(NAME).duration(duration).ease(easeCubicInOut);
    // A mark caught mid-fade (an inline opacity left by an interrupted enter or exit) fades back in. The others have
    // none: tweening theirs would make d3 read each mark's computed style, a style recalculation in the first frame.
    const mark = el as SVGElement;
    if (mark.style.opacity !== '') tr.style('opacity', '1').on('end', () => mark.style.removeProperty('opacity'));
    for (const name of GEOMETRY) {
      const v = src.getAttribute(name);
      if (v !== null) tr.attr(name, v);
      else if (el.hasAttribute(name)) el.removeAttribute(name);
    }
    ordered.push(el);
  }
  // Exit: fade out, then remove.
  for (const el of current) {
    if (kept.has(el) || !el.isConnected) continue;
    select(el).transition(NAME).duration(duration).ease(easeCubicInOut).style('opacity', '0').remove();
  }
  // Order the kept and entering marks as in the target, last in the SVG (exiting ones stay where they are until
  // removed), moving only those out of place: a moved mark has its style recalculated.
  let next: Element | null = null;
  for (let i = ordered.length - 1; i >= 0; i--) {
    const el = ordered[i]!;
    if (el.parentNode !== live || el.nextSibling !== next) live.insertBefore(el, next);
    next = el;
  }
}
