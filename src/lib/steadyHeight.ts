// Runtime: both (Node at build time, browser).
/**
 * The window height that the scrolly lays out and triggers on, held steady while a phone's browser toolbar shows and
 * hides (the window height changes by about 60 px each time at the same width; scrollama issue #146). Pure.
 */

/** A window size in CSS pixels. */
export interface WindowSize {
  width: number;
  height: number;
}

/** Height-only changes smaller than this (CSS px) are taken for the toolbar and ignored. */
export const TOOLBAR_MAX_PX = 120;

/**
 * The next steady size: the new size when there is none yet, when the width changed (rotation, a desktop window
 * resized) or when the height changed by `threshold` px or more (a keyboard, a split screen); otherwise the previous
 * one, so that a toolbar toggle changes nothing.
 * @param prev the steady size so far (null at start)
 * @param now the window's size now
 * @param threshold smallest height change that counts, in CSS px (default 120)
 */
export function nextSteadySize(prev: WindowSize | null, now: WindowSize, threshold = TOOLBAR_MAX_PX): WindowSize {
  if (!prev || prev.width !== now.width || Math.abs(now.height - prev.height) >= threshold) return { ...now };
  return prev;
}
