/**
 * Lazy images that print (`img[data-print]`: the story's step figures, the classroom handout's slides): printing does
 * not wait for lazy images, so once the page has loaded they are asked for four at a time, in an idle moment at least
 * a second after the reader last scrolled, the next four once those have arrived (each SVG image is parsed and laid
 * out on the main thread, a 40–100 ms task for a phone at 4× CPU: all 52 at once, or during a scroll, made long
 * tasks); all at once at `beforeprint`. Imported by the story's and the classroom's elements; installs itself once.
 */
import { idle, whenIdle } from './idle';

const lazyPrintImages = () => Array.from(document.querySelectorAll<HTMLImageElement>('img[data-print][loading="lazy"]'));

function loadPrintImages(): void {
  for (const img of lazyPrintImages()) img.loading = 'eager';
}

/** When the reader last scrolled (performance.now() ms): print images wait for a second of stillness. */
let lastScroll = -Infinity;
addEventListener('scroll', () => (lastScroll = performance.now()), { passive: true });

/**
 * Runs `fn` in an idle moment at least 1 s after the reader's last scroll (each SVG image costs a phone a long task),
 * or after 1 s without one: on a busy machine, waiting up to 4 s for each batch kept a 53-slide handout unloaded for
 * over 15 s (a CI run).
 */
function whenStill(fn: () => void): void {
  const wait = lastScroll + 1000 - performance.now();
  if (wait > 0) setTimeout(() => whenStill(fn), wait);
  else idle(fn, { timeout: 1000, fallbackMs: 100 });
}

/** Print images asked for together: each is still parsed in its own task as it arrives. */
const BATCH = 4;

/**
 * Asks for the next few lazy print images, then waits for them (each: load, error, or 3 s), for the reader to stop
 * scrolling and for an idle moment before the next few.
 */
function loadNextPrintImages(): void {
  const batch = lazyPrintImages().slice(0, BATCH);
  if (batch.length === 0) return;
  let left = batch.length;
  const settled = () => {
    left -= 1;
    if (left === 0) whenStill(loadNextPrintImages);
  };
  for (const img of batch) {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      settled();
    };
    img.addEventListener('load', once, { once: true });
    img.addEventListener('error', once, { once: true });
    setTimeout(once, 3000);
    img.loading = 'eager';
    if (img.complete) once();
  }
}

addEventListener('beforeprint', loadPrintImages);
whenIdle(() => whenStill(loadNextPrintImages));
