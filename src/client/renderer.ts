/**
 * The one shared scene renderer in the browser: joins the marks of a target step's SVG (rendered at build time) to
 * the live SVG by `data-key`, and animates the change with d3-transition. Entering marks fade in, leaving marks fade
 * out, kept marks move. A new call interrupts a running one, so the live SVG always ends in the last target's state.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { easeCubicInOut } from 'd3-ease';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A mark read from a target SVG. */
interface TargetMark {
  key: string;
  tag: string;
  attrs: [string, string][];
  text: string | null;
}

function readMarks(target: SVGSVGElement): TargetMark[] {
  return Array.from(target.querySelectorAll<SVGElement>('[data-key]')).map((el) => ({
    key: el.getAttribute('data-key')!,
    tag: el.tagName.toLowerCase(),
    attrs: Array.from(el.attributes)
      .filter((a) => a.name !== 'data-key')
      .map((a) => [a.name, a.value] as [string, string]),
    text: el.tagName.toLowerCase() === 'text' ? el.textContent : null,
  }));
}

/** The duration token `--dur` (ms) on the root; 1 ms under prefers-reduced-motion (set in CSS). */
export function motionDuration(el: Element = document.documentElement): number {
  const v = getComputedStyle(el).getPropertyValue('--dur').trim();
  const n = parseFloat(v);
  if (!Number.isFinite(n)) return 700;
  return v.endsWith('ms') ? n : n * 1000;
}

/**
 * Moves `live` to the state drawn in `target`.
 * @param live the SVG on screen (its marks are children with `data-key`)
 * @param target a build-time SVG of the target step (may be inside a `<template>`)
 * @param duration ms; 0 jumps
 */
export function renderScene(live: SVGSVGElement, target: SVGSVGElement, duration: number): void {
  const vb = target.getAttribute('viewBox');
  if (vb && live.getAttribute('viewBox') !== vb) {
    // Another layout variant: replace at once, no tween between different geometries.
    live.setAttribute('viewBox', vb);
    live.replaceChildren(...Array.from(target.querySelectorAll('[data-key]')).map((n) => document.importNode(n, true)));
    return;
  }
  const marks = readMarks(target);
  const root = select(live);
  const all = root.selectAll<SVGElement, TargetMark>(':scope > [data-key]');
  all.interrupt('scene');
  const t = root.transition('scene').duration(duration).ease(easeCubicInOut);
  // Elements whose tag changes under the same key are replaced.
  all.each(function () {
    const m = marks.find((d) => d.key === this.getAttribute('data-key'));
    if (m && m.tag !== this.tagName.toLowerCase()) this.remove();
  });
  root
    .selectAll<SVGElement, TargetMark>(':scope > [data-key]')
    .data(marks, function (this: SVGElement | TargetMark, d?: TargetMark) {
      return d ? d.key : (this as SVGElement).getAttribute('data-key')!;
    })
    .join(
      (enter) =>
        enter
          .append((d) => document.createElementNS(SVG_NS, d.tag) as SVGElement)
          .attr('data-key', (d) => d.key)
          .each(function (d) {
            for (const [k, v] of d.attrs) this.setAttribute(k, v);
            if (d.text !== null) this.textContent = d.text;
          })
          .style('opacity', 0)
          .call((s) => s.transition(t).style('opacity', null)),
      (update) =>
        update.call((s) => {
          s.each(function (d) {
            // Non-geometric attributes (class, anchors, dashes) and text switch at once.
            const want = new Map(d.attrs);
            for (const a of Array.from(this.attributes)) {
              if (a.name !== 'data-key' && a.name !== 'style' && !want.has(a.name)) this.removeAttribute(a.name);
            }
            for (const [k, v] of d.attrs) if (!/^(x|y|x1|x2|y1|y2|cx|cy|r|width|height|d|opacity)$/.test(k)) this.setAttribute(k, v);
            if (d.text !== null && this.textContent !== d.text) this.textContent = d.text;
          });
          const tr = s.transition(t).style('opacity', null);
          for (const name of ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'opacity']) {
            tr.attr(name, (d) => d.attrs.find(([k]) => k === name)?.[1] ?? null);
          }
        }),
      (exit) => exit.call((s) => s.transition(t).style('opacity', 0).remove()),
    )
    .order();
}
