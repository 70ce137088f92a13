// Runtime: browser (DOM, scrollama).
/**
 * The only module that imports scrollama. It turns scrollama's enter events into one question — which step is
 * active now? — answered from the layout (the last step whose top has passed the trigger line), never from the order
 * in which events arrive. So loading at an anchor, a reload mid-page, a fast fling, a resize or the back button all end
 * on the step in view.
 */
import scrollama from 'scrollama';

export interface ScrollerOptions {
  /** The step elements, in order. */
  steps: readonly HTMLElement[];
  /** Trigger line as a fraction of the viewport height from the top (0–1). Default 0.5. */
  offset?: number;
  /**
   * The window height the trigger line is measured against, in CSS px. Default `window.innerHeight`; the story passes
   * a steady height that ignores a phone's toolbar showing and hiding.
   */
  viewportHeight?: () => number;
  /** Called with the active step's index (0-based) whenever it may have changed; repeated values are fine. */
  onActive: (index: number) => void;
}

export interface Scroller {
  /** Recomputes the active step now (after a resize, a hash change…). */
  sync: () => void;
  destroy: () => void;
}

/**
 * The index of the active step: the last one whose top is above the trigger line; 0 when none is.
 * Pure given the rects; exported for tests.
 */
export function activeIndex(tops: readonly number[], triggerY: number): number {
  let active = 0;
  tops.forEach((top, i) => {
    if (top <= triggerY) active = i;
  });
  return active;
}

/** Starts watching the steps. @throws Error when `steps` is empty */
export function createScroller({ steps, offset = 0.5, onActive, viewportHeight = () => window.innerHeight }: ScrollerOptions): Scroller {
  if (steps.length === 0) throw new Error('createScroller: no steps');
  let frame = 0;
  const sync = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const tops = steps.map((s) => s.getBoundingClientRect().top);
      onActive(activeIndex(tops, viewportHeight() * offset));
    });
  };
  const rounded = (Math.round(offset * 10) / 10) as scrollama.DecimalType;
  const instance = scrollama()
    .setup({ step: [...steps], offset: rounded })
    .onStepEnter(sync)
    .onStepExit(sync);
  let lastWidth = window.innerWidth;
  const onResize = () => {
    if (window.innerWidth !== lastWidth) {
      lastWidth = window.innerWidth;
      instance.resize();
    }
    sync();
  };
  window.addEventListener('resize', onResize);
  window.addEventListener('scrollend', sync);
  window.addEventListener('pageshow', sync);
  window.addEventListener('hashchange', sync);
  sync();
  return {
    sync,
    destroy: () => {
      instance.destroy();
      window.removeEventListener('resize', onResize);
      window.removeEventListener('scrollend', sync);
      window.removeEventListener('pageshow', sync);
      window.removeEventListener('hashchange', sync);
    },
  };
}
