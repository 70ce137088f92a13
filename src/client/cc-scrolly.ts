/**
 * `<cc-scrolly>`: a scrolly section. Its steps (`[data-step-index]`) drive the `<cc-chart>` inside it: the chart
 * always shows the active step, derived from the layout by the scroller adapter; a `cc-read` event (detail `{ id }`,
 * bubbling) names the step the reader has reached while moving down the page. The chart's scenes are fetched when
 * the section is less than two screen heights away (`NEAR`), so that they are there before its first step.
 */
import { preloadRenderer } from './cc-chart';
import type { CcChart } from './cc-chart';
import { createScroller, type Scroller } from '../lib/scroller';
import { steadyHeight } from './steadyViewport';
import './eagerImages';
import { whenIdle } from './idle';
import { motionDuration } from './motion';

/**
 * Where the step trigger line sits, as a fraction of the viewport height: the CSS custom property `--cc-trigger` of the
 * scrolly (src/styles/global.css sets 0.8 in its phone layout, so the breakpoint lives only in the CSS), else 0.55.
 */
function triggerOffset(el: Element): number {
  const v = parseFloat(getComputedStyle(el).getPropertyValue('--cc-trigger'));
  return v > 0 && v < 1 ? v : 0.55;
}

/** How near (CSS margin around the viewport) a section must come for its chart's scenes to be fetched. */
const NEAR = '200% 0px';

/** One observer for every section: fetch a chart's scenes when its section comes near, then stop watching it. */
let nearObserver: IntersectionObserver | undefined;
const watchNear = (el: CcScrolly) => {
  nearObserver ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        nearObserver?.unobserve(e.target);
        void e.target.querySelector<CcChart>('cc-chart')?.loadScenes();
      }
    },
    { rootMargin: NEAR },
  );
  nearObserver.observe(el);
};

class CcScrolly extends HTMLElement {
  #scroller?: Scroller;

  connectedCallback(): void {
    const chart = this.querySelector<CcChart>('cc-chart');
    const steps = Array.from(this.querySelectorAll<HTMLElement>('[data-step-index]'));
    if (!chart || steps.length === 0) return;
    watchNear(this);
    this.#scroller = createScroller({
      steps,
      offset: () => triggerOffset(this),
      // The trigger line does not move with a phone's toolbar (a height change under 120 px).
      viewportHeight: steadyHeight,
      onActive: (i, reached, down) => {
        const n = Number(steps[i]?.dataset['stepIndex']);
        chart.show(n);
        // The scroller repeats values: the steps are touched only when another one becomes active.
        if (!steps[i]?.classList.contains('is-active')) steps.forEach((s, j) => s.classList.toggle('is-active', j === i));
        // The step the reader has reached (its top past the trigger line) going down the page, for the language
        // switch (lang-switch.ts): going back up to the header passes steps without changing the place of reading.
        if (reached && down) this.dispatchEvent(new CustomEvent('cc-read', { detail: { id: steps[i]?.id ?? '' }, bubbles: true }));
      },
    });
  }

  disconnectedCallback(): void {
    this.#scroller?.destroy();
    nearObserver?.unobserve(this);
  }
}

if (!customElements.get('cc-scrolly')) {
  customElements.define('cc-scrolly', CcScrolly);
  // The renderer before the reader's first step change, unless steps jump (reduced motion: no renderer needed).
  whenIdle(() => {
    if (motionDuration() > 1) preloadRenderer();
  });
}

