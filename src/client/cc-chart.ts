/**
 * `<cc-chart data-chart="<id>" data-step="<n>">`: one chart's root. Its `show(n)` moves the live SVG to step n,
 * reading the target marks from the build-time SVGs of that step (`svg[data-scene-for][data-scene-step][data-variant]`,
 * in the page or inside `<template>`s; on the story, fetched from `data-scenes-src` when the section comes near, see
 * `loadScenes`) and updates the accessible description and the caption. Touches only its own
 * subtree; several instances may share a page. The layout variant (regular 720×480, compact 360×380) follows the
 * frame's width, and its shape when `data-fit="height"`.
 */
import { jumpTo, motionDuration } from './motion';
import { idle } from './idle';

/**
 * The animated renderer (d3-selection + d3-transition), fetched at the first animated step change, or before it with
 * `preloadRenderer()` (the story does, once the page is idle: evaluating it took a 30–40 ms slice of a scroll frame
 * on a phone at 4× CPU).
 */
type Renderer = typeof import('./renderer');
let renderer: Renderer | undefined;
let loading: Promise<Renderer> | undefined;
const loadRenderer = (): Promise<Renderer> => (loading ??= import('./renderer').then((m) => (renderer = m)));
/** Fetches and evaluates the animated renderer now, so that the first animated step does not wait for it. */
export function preloadRenderer(): void {
  void loadRenderer().catch(() => {
    loading = undefined;
  });
}

/** Resolves in the browser's next idle period (within `ms`), or at once where `requestIdleCallback` is missing. */
const idleWithin = (ms: number) => new Promise<void>((resolve) => idle(resolve, { timeout: ms, fallbackMs: 0 }));

type Variant = 'regular' | 'compact';
/**
 * Below this frame width (px) the compact layout is used; an ancestor's `data-compact-below` overrides it (the embed
 * page says 660: the regular layout's smallest text, 12 px in a 720 px viewBox, stays ≥ 11 px on screen from 660 up).
 */
const COMPACT_BELOW = 540;
/** Width (px) of the compact viewBox: below it the SVG is scaled down, and `--cc-text-k` (≥ 1) compensates. */
const COMPACT_WIDTH = 360;

export class CcChart extends HTMLElement {
  #ro?: ResizeObserver;
  /** The build-time SVGs of this chart by `<step>/<variant>`, indexed once (on first use after each connect). */
  #scenes?: Map<string, SVGSVGElement>;
  /** Counts show() calls, so that only the last one made while the renderer or the scenes load is drawn. */
  #ticket = 0;
  /** The fetch of this chart's scene fragment (`data-scenes-src`): made once; forgotten after a failure, to retry. */
  #fetching?: Promise<boolean>;
  /** Whether a step waits for the scenes (a later call for the step already shown cancels it). */
  #waiting = false;
  /**
   * The layout the frame asks for (set by the ResizeObserver), which may not be drawn yet when its scenes are still
   * on their way: a `show(n)` without a variant draws this one, so that it never undoes a pending layout change.
   */
  #wanted?: Variant;

  get chartId(): string {
    return this.dataset['chart'] ?? '';
  }
  /** Number of steps. */
  get steps(): number {
    return Number(this.dataset['steps'] ?? '1');
  }
  /** The step shown, 1-based. */
  get step(): number {
    return Number(this.dataset['step'] ?? '1');
  }
  get live(): SVGSVGElement | null {
    return this.querySelector<SVGSVGElement>('svg.chart__svg');
  }
  /** The layout shown: the live SVG's `data-variant` (its one record). */
  get variant(): Variant {
    return this.live?.dataset['variant'] === 'compact' ? 'compact' : 'regular';
  }

  connectedCallback(): void {
    this.#scenes = undefined;
    const frame = this.querySelector<HTMLElement>('.chart__frame');
    if (!frame) return;
    // The layout variant follows the frame's width, read from the ResizeObserver's entries (measured after layout,
    // in one batch for every chart) rather than from clientWidth here, which would force a layout of the whole page
    // once per chart while the page loads.
    // With `data-fit="height"` (classroom slides: the frame's height is set by the screen, not by the chart), a frame
    // narrower than 5:4 also takes the compact layout (taller than wide, text twice as large relative to the chart):
    // on a 4:3 projector it fills the height with larger text instead of a wide chart with an empty bottom.
    const below = Number(this.closest<HTMLElement>('[data-compact-below]')?.dataset['compactBelow']) || COMPACT_BELOW;
    this.#ro = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      const width = box?.width ?? 0;
      const tall = this.dataset['fit'] === 'height' && width < 1.25 * (box?.height ?? 0);
      // A short landscape frame (its height set by the page, not by the SVG, e.g. an embed at 16:9) keeps the wide
      // layout, whose shape fits it.
      const wide = box !== undefined && box.height > 0 && box.height < width / 2;
      const v: Variant = width > 0 && ((width < below && !wide) || tall) ? 'compact' : 'regular';
      // How much text must grow so that a compact SVG drawn narrower than its viewBox keeps its on-screen sizes
      // (used by the embed's CSS).
      const k = v === 'compact' && width > 0 && width < COMPACT_WIDTH ? COMPACT_WIDTH / width : 1;
      this.style.setProperty('--cc-text-k', String(Math.ceil(k * 1000) / 1000));
      this.#wanted = v;
      if (v === this.variant) return;
      const live = this.live;
      // A live SVG still empty (its scenes not fetched yet) only notes the layout: the scenes, when they arrive, are drawn
      // in it. Asking for them here would fetch every chart of the story at load on a phone.
      if (live && !live.querySelector('[data-key]') && !this.scene(this.step, v)) live.dataset['variant'] = v;
      else this.show(this.step, { instant: true, force: true, variant: v });
    });
    this.#ro.observe(frame);
  }

  disconnectedCallback(): void {
    this.#ro?.disconnect();
  }

  /**
   * The build-time SVG of step `n` in a variant, or null: the step figures in the page first, then this chart's
   * `<template data-scenes-for>` content. Indexed in one pass over the document the first time it is asked.
   */
  scene(n: number, variant: Variant = this.variant): SVGSVGElement | null {
    if (!this.#scenes) {
      const id = CSS.escape(this.chartId);
      const index = new Map<string, SVGSVGElement>();
      const add = (root: ParentNode) => {
        for (const svg of Array.from(root.querySelectorAll<SVGSVGElement>(`svg[data-scene-for="${id}"]`))) {
          const key = `${svg.dataset['sceneStep']}/${svg.dataset['variant']}`;
          if (!index.has(key)) index.set(key, svg);
        }
      };
      add(document);
      for (const tpl of Array.from(document.querySelectorAll<HTMLTemplateElement>(`template[data-scenes-for="${id}"]`))) add(tpl.content);
      this.#scenes = index;
    }
    return this.#scenes.get(`${n}/${variant}`) ?? null;
  }

  /**
   * Fetches this chart's scene fragment (`data-scenes-src`: a same-origin path, `/<locale>/scenes/<id>.html`, every
   * step in both layouts) into a `<template data-scenes-for>` inside the chart, once. `cc-scrolly` calls it when the
   * section comes near; `show()` when the step it must draw is missing.
   * @returns whether the scenes are there: false without a same-origin `data-scenes-src`, or on a network error or a
   * non-OK answer (nothing is shown then; a later call retries)
   */
  loadScenes(): Promise<boolean> {
    const src = this.dataset['scenesSrc'] ?? '';
    if (!src.startsWith('/') || src.startsWith('//')) return Promise.resolve(false);
    this.#fetching ??= fetch(src)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${src}: ${r.status}`))))
      // Parsed in an idle moment (within 300 ms), not in the middle of a scroll frame, unless a step waits for it.
      .then((html) => (this.#waiting ? html : idleWithin(300).then(() => html)))
      .then((html) => {
        const tpl = document.createElement('template');
        tpl.innerHTML = html;
        tpl.dataset['scenesFor'] = this.chartId;
        this.append(tpl);
        this.#scenes = undefined;
        // A live SVG written empty (charts far from the top of the story) gets its step at once.
        const live = this.live;
        const target = this.scene(this.step, this.variant);
        if (live && target && !live.querySelector('[data-key]')) jumpTo(live, target);
        return true;
      })
      .catch(() => {
        this.#fetching = undefined;
        return false;
      });
    return this.#fetching;
  }

  /**
   * Shows step `n` (1-based). Out-of-range or non-integer values are ignored (safe fallback on embeds). When the
   * step's SVG is not in the page yet (story), the scenes are fetched first and the step drawn at once when they
   * arrive, unless another step was asked for meanwhile.
   * @returns whether the step was shown, or will be once the scenes arrive
   */
  show(n: number, { instant = false, force = false, variant = this.#wanted ?? this.variant }: { instant?: boolean; force?: boolean; variant?: Variant } = {}): boolean {
    if (!Number.isInteger(n) || n < 1 || n > this.steps) return false;
    if (!force && n === this.step && variant === this.variant) {
      if (this.#waiting) this.#ticket += 1;
      this.#waiting = false;
      return true;
    }
    const target = this.scene(n, variant);
    const live = this.live;
    if (!live) return false;
    const ticket = (this.#ticket += 1);
    this.#waiting = false;
    if (!target) {
      if (!this.dataset['scenesSrc']) return false;
      this.#waiting = true;
      void this.loadScenes().then((ok) => {
        // The layout the frame asks for now (it may have changed while the scenes were on their way).
        const v = this.#wanted ?? variant;
        if (ok && ticket === this.#ticket && this.scene(n, v)) this.show(n, { instant: true, force: true, variant: v });
      });
      return true;
    }
    const duration = instant ? 0 : motionDuration();
    if (renderer) renderer.renderScene(live, target, duration);
    else if (duration <= 1) jumpTo(live, target);
    else {
      // The first animated change waits for d3 (a few ms from cache); a later call made meanwhile wins, as with d3.
      void loadRenderer().then((r) => {
        if (ticket === this.#ticket) r.renderScene(live, target, duration);
      });
    }
    live.dataset['variant'] = variant;
    const desc = target.getAttribute('aria-label') ?? '';
    live.setAttribute('aria-label', desc);
    this.dataset['step'] = String(n);
    const descEl = this.querySelector('[data-desc]');
    if (descEl) descEl.textContent = desc;
    const capEl = this.querySelector('[data-caption]');
    if (capEl) capEl.textContent = target.dataset['caption'] ?? '';
    this.dispatchEvent(new CustomEvent('cc-step', { detail: { step: n }, bubbles: true }));
    return true;
  }
}

if (!customElements.get('cc-chart')) customElements.define('cc-chart', CcChart);
