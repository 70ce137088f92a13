/**
 * Lazy images that print (`img[data-print]`: the story's step figures, the classroom handout's slides): printing does
 * not wait for lazy images, so once the page has loaded and the browser is idle they are asked for at once, and at
 * `beforeprint` at the latest. Imported by the story's and the classroom's elements; installs itself once.
 */
function loadPrintImages(): void {
  for (const img of Array.from(document.querySelectorAll<HTMLImageElement>('img[data-print][loading="lazy"]'))) img.loading = 'eager';
}

/**
 * Runs `fn` once the page has loaded and the browser is idle (or after 2 s where `requestIdleCallback` is missing).
 * @param fn work that may wait
 */
export function whenIdle(fn: () => void): void {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 4000 }) : setTimeout(fn, 2000));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

addEventListener('beforeprint', loadPrintImages);
whenIdle(loadPrintImages);
