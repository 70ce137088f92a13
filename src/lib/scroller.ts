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
   * the first step is still the one shown); `down`, whether the page has moved down since the previous call to any
   * scroller (true on a load at an anchor; false when nothing moved, e.g. at the end of a scroll).
   */
  onActive: (index: number, reached: boolean, down: boolean) => void;
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
  write: (found: [number, boolean], down: boolean) => void;
}
const due = new Set<Job>();
let posted = false;
let channel: MessageChannel | undefined;
/** The scroll position (px) at the last update; -1 before the first. */
let lastY = -1;
/**
 * After the window's width changed (a phone turned, a window resized): the step the trigger line was in, how far down
 * it (0–1 of the step's height) and the line's new place in the window (px). The next update scrolls so that the line
 * falls at the same place in the same step: the page's height changes with the width (steps are measured in window
 * heights; a landscape phone unrolls the scrolly), and the browser's own scroll anchoring, which keeps the element
 * at the top of the window, could leave the reader several steps away.
 */
let keep: { step: HTMLElement; within: number; trigger: () => number } | undefined;
function flush(): void {
  posted = false;
  const batch = [...due];
  due.clear();
  if (keep) {
    const { step, within, trigger } = keep;
    keep = undefined;
    const r = step.getBoundingClientRect();
    window.scrollTo({ top: Math.max(0, r.top + window.scrollY + within * r.height - trigger()), behavior: 'instant' });
  }
  const y = window.scrollY;
  const down = y > lastY;
  lastY = y;
  const found = batch.map((b) => b.read(y));
  batch.forEach((b, i) => b.write(found[i]!, down));
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
  /** The steps' bottoms, measured with their tops. */
  let docBottoms: number[] = [];
  /** The trigger line's place in the window (px) at this scroller's last read. */
  let lastTrigger = 0;
  const offsetNow = () => (typeof offset === 'function' ? offset() : offset);
  /** Rounded to scrollama's tenths (its observers' line); the active step is computed with the exact value. */
  const tenth = (v: number) => (Math.round(v * 10) / 10) as scrollama.DecimalType;
  let line = offsetNow();
  const job: Job = {
    read: (y) => {
      if (!docTops) {
        const rects = steps.map((s) => s.getBoundingClientRect());
        docTops = rects.map((r) => r.top + y);
        docBottoms = rects.map((r) => r.bottom + y);
      }
      const tops = docTops.map((t) => t - y);
      const trigger = viewportHeight() * line;
      lastTrigger = trigger;
      return [activeIndex(tops, trigger), (tops[0] ?? Infinity) <= trigger];
    },
    write: ([index, reached], down) => onActive(index, reached, down),
  };
  /** Notes where the trigger line was in these steps before the width changed, if it was in them (see `keep`). */
  const keepPlace = () => {
    if (!docTops || lastY < 0) return;
    const at = lastY + lastTrigger;
    if (at < (docTops[0] ?? Infinity) || at >= (docBottoms.at(-1) ?? -Infinity)) return;
    const i = activeIndex(docTops, at);
    const h = (docBottoms[i] ?? 0) - (docTops[i] ?? 0);
    keep = { step: steps[i]!, within: h > 0 ? Math.min(1, Math.max(0, (at - docTops[i]!) / h)) : 0, trigger: () => viewportHeight() * line };
  };
  const sync = () => schedule(job);
  const instance = scrollama()
    .setup({ step: [...steps], offset: tenth(line) })
    .onStepEnter(sync)
    .onStepExit(sync);
  const entry: Live = {
    resized: (widthChanged) => {
      if (widthChanged) keepPlace();
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
