/**
 * Lazy images that print (`img[data-print]`: the story's step figures, the classroom handout's slides): printing does
 * not wait for lazy images, so once the page has loaded they are asked for one at a time, each in an idle moment once
 * the one before has arrived (an SVG image is parsed and laid out on the main thread: 52 at once made long tasks on a
 * phone, while it scrolled), and all at once at `beforeprint`. Imported by the story's and the classroom's elements;
 * installs itself once.
 */
const lazyPrintImages = () => Array.from(document.querySelectorAll<HTMLImageElement>('img[data-print][loading="lazy"]'));

function loadPrintImages(): void {
  for (const img of lazyPrintImages()) img.loading = 'eager';
}

/** Asks for the next lazy print image, then waits for it (load, error, or 3 s) and for an idle moment before the next. */
function loadNextPrintImage(): void {
  const img = lazyPrintImages()[0];
  if (!img) return;
  let done = false;
  const next = () => {
    if (done) return;
    done = true;
    idle(loadNextPrintImage, 100);
  };
  img.addEventListener('load', next, { once: true });
  img.addEventListener('error', next, { once: true });
  setTimeout(next, 3000);
  img.loading = 'eager';
  if (img.complete) next();
}

/**
 * Runs `fn` once the page has loaded and the browser is idle (or after 2 s where `requestIdleCallback` is missing).
 * @param fn work that may wait
 */
export function whenIdle(fn: () => void): void {
  const wait = () => idle(fn, 2000);
  if (document.readyState === 'complete') wait();
  else addEventListener('load', wait, { once: true });
}

/** Runs `fn` in the browser's next idle period (within 4 s), or after `fallbackMs` where `requestIdleCallback` is missing. */
function idle(fn: () => void, fallbackMs: number): void {
  if ('requestIdleCallback' in window) requestIdleCallback(fn, { timeout: 4000 });
  else setTimeout(fn, fallbackMs);
}

addEventListener('beforeprint', loadPrintImages);
whenIdle(loadNextPrintImage);
