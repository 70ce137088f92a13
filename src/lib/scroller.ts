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
  /**
   * Trigger line as a fraction of the viewport height from the top (0–1), or a function giving it (read at start and
   * after each resize: the story's line is lower on phones, a CSS breakpoint). Default 0.5.
   */
  offset?: number | (() => number);
  /**
   * The window height the trigger line is measured against, in CSS px. Default `window.innerHeight`; the story passes
   * a steady height that ignores a phone's toolbar showing and hiding.
   */
  viewportHeight?: () => number;
  /**
   * Called with the active step's index (0-based) whenever it may have changed; repeated values are fine. `reached`
   * says whether that step's top has passed the trigger line (false when the reader is above the first step, where
   * the first step is still the one shown).
   */
  onActive: (index: number, reached: boolean) => void;
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

/** Every live scroller, called by one set of window listeners shared by all of them (a story has 13 scrollies). */
interface Live {
  /** After a window resize; `widthChanged` when the width moved (not a phone toolbar showing or hiding). */
  resized: (widthChanged: boolean) => void;
  sync: () => void;
  /** The page's layout changed height (fonts, an opened disclosure, images): forget the measured step positions. */
  relayout: () => void;
}
const live = new Set<Live>();
let lastWidth = 0;
const onResize = () => {
  const changed = window.innerWidth !== lastWidth;
  lastWidth = window.innerWidth;
  for (const s of live) s.resized(changed);
};
const onSync = () => {
  for (const s of live) s.sync();
};
/**
 * Watches the page's height, measured after layout: a change means steps may have moved (an image or a table above
 * them, fonts), so every scroller measures its steps again. Not a scroll listener: scrolling never triggers it.
 */
let bodyObserver: ResizeObserver | undefined;
let bodyHeight = -1;
const onBodyResize = (entries: ResizeObserverEntry[]) => {
  const h = entries[entries.length - 1]?.contentRect.height ?? 0;
  if (h === bodyHeight) return;
  bodyHeight = h;
  for (const s of live) s.relayout();
};
const SYNC_EVENTS = ['scrollend', 'pageshow', 'hashchange'] as const;

/** Adds a scroller to the shared listeners (installed with the first one). */
function listen(s: Live): void {
  if (live.size === 0) {
    lastWidth = window.innerWidth;
    window.addEventListener('resize', onResize);
    for (const e of SYNC_EVENTS) window.addEventListener(e, onSync);
    bodyObserver ??= new ResizeObserver(onBodyResize);
    bodyObserver.observe(document.body);
  }
  live.add(s);
}

/** Removes a scroller; the window listeners go with the last one. */
function unlisten(s: Live): void {
  live.delete(s);
  if (live.size > 0) return;
  window.removeEventListener('resize', onResize);
  for (const e of SYNC_EVENTS) window.removeEventListener(e, onSync);
  bodyObserver?.disconnect();
  bodyHeight = -1;
}

/**
 * Scrollers waiting to be brought up to date. One task, posted through a `MessageChannel`, serves them all, in two
 * phases: every scroller reads (scrollY, and its steps' tops when they must be measured again), then every scroller
 * writes (its `onActive`, which moves a chart). Reading after another scroller's writes would force one layout of the
 * whole page per scroller (13 in the story).
 *
 * A task rather than an animation frame: it runs right after the IntersectionObserver callbacks that ask for it,
 * between two frames, where the layout is clean, so reading forces nothing. And a step change (a chart's transitions
 * set up, 10–25 ms for a phone at 4× CPU) is then a task of its own, no longer added to a frame's style, layout and
 * paint in one long task; the next frame draws it.
 */
interface Job {
  read: (scrollY: number) => [number, boolean];
  write: (found: [number, boolean]) => void;
}
const due = new Set<Job>();
let posted = false;
let channel: MessageChannel | undefined;
function flush(): void {
  posted = false;
  const batch = [...due];
  due.clear();
  const y = window.scrollY;
  const found = batch.map((b) => b.read(y));
  batch.forEach((b, i) => b.write(found[i]!));
}
function schedule(s: Job): void {
  due.add(s);
  if (posted) return;
  posted = true;
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = flush;
  }
  channel.port2.postMessage(null);
}

/** Starts watching the steps. @throws Error when `steps` is empty */
export function createScroller({ steps, offset = 0.5, onActive, viewportHeight = () => window.innerHeight }: ScrollerOptions): Scroller {
  if (steps.length === 0) throw new Error('createScroller: no steps');
  /**
   * The steps' tops in document coordinates (px), measured once and again only after a resize or a change of the
   * page's height: while the reader scrolls, the active step comes from `scrollY` alone, without reading the layout
   * (which would force a layout of the whole page in a frame where a transition has just moved the chart's marks).
   */
  let docTops: number[] | undefined;
  const offsetNow = () => (typeof offset === 'function' ? offset() : offset);
  /** Rounded to scrollama's tenths (its observers' line); the active step is computed with the exact value. */
  const tenth = (v: number) => (Math.round(v * 10) / 10) as scrollama.DecimalType;
  let line = offsetNow();
  const job: Job = {
    read: (y) => {
      docTops ??= steps.map((s) => s.getBoundingClientRect().top + y);
      const tops = docTops.map((t) => t - y);
      const trigger = viewportHeight() * line;
      return [activeIndex(tops, trigger), (tops[0] ?? Infinity) <= trigger];
    },
    write: ([index, reached]) => onActive(index, reached),
  };
  const sync = () => schedule(job);
  const instance = scrollama()
    .setup({ step: [...steps], offset: tenth(line) })
    .onStepEnter(sync)
    .onStepExit(sync);
  const entry: Live = {
    resized: (widthChanged) => {
      const next = offsetNow();
      if (next !== line) {
        line = next;
        // scrollama 3 has `offset(x)` (not in its typings): moves its line and rebuilds its observers.
        (instance as unknown as { offset: (x: number) => void }).offset(tenth(line));
      } else if (widthChanged) instance.resize();
      docTops = undefined;
      sync();
    },
    sync,
    relayout: () => {
      docTops = undefined;
      sync();
    },
  };
  listen(entry);
  sync();
  return {
    sync,
    destroy: () => {
      due.delete(job);
      instance.destroy();
      unlisten(entry);
    },
  };
}
