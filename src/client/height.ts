/**
 * Tells the parent page the embed's content height (CSS px, rounded up) whenever it changes, growing or shrinking,
 * in three dialects hosts already listen to:
 * - ours, for `/embed.js`: `{ type: 'cc-embed-height', chart, height }`;
 * - pym.js, when the page got a `childId`: the string `pym` xPYMx `<childId>` xPYMx `height` xPYMx `<height>`;
 * - AMP `amp-iframe`: `{ sentinel: 'amp', type: 'embed-size', height }`.
 * Does nothing when the page is not in a frame.
 */

const PYM_SEP = 'xPYMx';

/**
 * Starts reporting.
 * @param el the element whose height is the content height (the page's content wrapper)
 * @param chart the chart id (echoed in our message so that hosts can tell frames apart)
 * @param childId pym.js child id, already validated, or null
 * @returns a function that stops reporting (disconnects the observer, removes the load listener)
 */
export function reportHeight(el: HTMLElement, chart: string, childId: string | null): () => void {
  if (window.parent === window) return () => {};
  let last = -1;
  const send = () => {
    const h = Math.ceil(el.getBoundingClientRect().height);
    if (h === last || h <= 0) return;
    last = h;
    const parent = window.parent;
    parent.postMessage({ type: 'cc-embed-height', chart, height: h }, '*');
    if (childId) parent.postMessage(['pym', childId, 'height', String(h)].join(PYM_SEP), '*');
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*');
  };
  const ro = new ResizeObserver(send);
  ro.observe(el);
  addEventListener('load', send);
  send();
  return () => {
    ro.disconnect();
    removeEventListener('load', send);
  };
}
