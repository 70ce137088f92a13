/**
 * Waiting for the browser to be idle, for work that can wait (fetching ahead, loading print images, preloading the
 * renderer). Shared by the story's and the classroom's elements.
 */

/**
 * Runs `fn` in the browser's next idle period, within `timeout` ms, or after `fallbackMs` where `requestIdleCallback`
 * is missing (Safari).
 * @param fn work that may wait
 * @param timeout longest wait for an idle period, in ms (default 4000)
 * @param fallbackMs delay without `requestIdleCallback`, in ms
 */
export function idle(fn: () => void, { timeout = 4000, fallbackMs }: { timeout?: number; fallbackMs: number }): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => fn(), { timeout });
  else setTimeout(fn, fallbackMs);
}

/**
 * Runs `fn` once the page has loaded and the browser is idle (or 2 s after load where `requestIdleCallback` is missing).
 * @param fn work that may wait
 */
export function whenIdle(fn: () => void): void {
  const wait = () => idle(fn, { fallbackMs: 2000 });
  if (document.readyState === 'complete') wait();
  else addEventListener('load', wait, { once: true });
}
