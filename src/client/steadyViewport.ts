/**
 * One steady window height for the page (see src/lib/steadyHeight.ts): in the phone layout (under 900 px wide) a
 * height-only change under 120 px is ignored, so the toolbar showing or hiding neither moves the trigger line nor
 * resizes the sticky chart. Publishes it as `--cc-vh` (1 % of it, in px) on the root element for the CSS; on wider
 * windows the height follows the window.
 */
import { nextSteadySize, type WindowSize } from '../lib/steadyHeight';

let steady: WindowSize | null = null;

const update = () => {
  const now = { width: window.innerWidth, height: window.innerHeight };
  const phone = window.matchMedia('(max-width: 899px)').matches;
  const next = phone ? nextSteadySize(steady, now) : now;
  if (steady && next.width === steady.width && next.height === steady.height) return;
  steady = next;
  document.documentElement.style.setProperty('--cc-vh', `${steady.height / 100}px`);
};

/** The steady window height in CSS px (starts listening to resizes on first call). */
export function steadyHeight(): number {
  if (!steady) {
    update();
    window.addEventListener('resize', update);
  }
  return steady!.height;
}

