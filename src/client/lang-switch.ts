/**
 * The language switch (`a[data-lang-switch]`, src/components/LangSwitch.astro) keeps the reader's place: at click
 * time its address gets
 * - on an embed page (`cc-embed`), the step shown as `?step=N` (other parameters such as `theme` kept);
 * - in the story (`cc-scrolly` on the page), the hash of the step or chapter being read: the last of `.step[id]`,
 *   `.chapter[id]`, `#glossaire` whose top is above the middle of the window (step and chapter ids are the same in both
 *   editions); when none is (the reader went back up to the header to find the switch), the last step reached
 *   while reading down the page during this visit; else the page's own hash;
 * - elsewhere (classroom view, sources), the page's hash (the classroom view keeps the slide id there);
 * and, outside embeds, the page's query as it is (the presenter window `?presenter` stays one).
 * One delegated listener; a modified click (new tab) gets the same address.
 */

/** The id of the story element being read, or '' when none is above the middle of the window. */
function readingAnchor(): string {
  let id = '';
  const mid = window.innerHeight / 2;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('main .step[id], main .chapter[id], main #glossaire'))) {
    if (el.getBoundingClientRect().top <= mid) id = el.id;
    else break;
  }
  return id;
}

/** The switch's target for the current state of the page. */
export function switchTarget(a: HTMLAnchorElement): string {
  const url = new URL(a.getAttribute('href') ?? '/', location.href);
  const embed = document.querySelector('cc-embed');
  if (embed) {
    const params = new URLSearchParams(location.search);
    const step = Number(embed.querySelector('cc-chart')?.getAttribute('data-step'));
    if (Number.isInteger(step) && step > 1) params.set('step', String(step));
    else params.delete('step');
    url.search = params.toString();
    return url.pathname + url.search;
  }
  const anchor = document.querySelector('cc-scrolly') ? readingAnchor() || lastRead : '';
  url.search = location.search; // e.g. the classroom's `?presenter` window stays the presenter view
  url.hash = anchor ? `#${anchor}` : location.hash;
  return url.pathname + url.search + url.hash;
}

/**
 * The last story step reached while reading down the page (the header's switch is at the top: going back up to it
 * passes earlier steps, which do not count), from the scrollies' `cc-read` events: no layout is read while the reader
 * scrolls.
 */
let lastRead = '';
document.addEventListener('cc-read', (e) => {
  const id = (e as CustomEvent<{ id?: string }>).detail?.id ?? '';
  if (/^[a-z0-9-]+$/.test(id)) lastRead = id;
});

const update = (e: Event) => {
  const a = (e.target as Element | null)?.closest?.('a[data-lang-switch]');
  if (a instanceof HTMLAnchorElement) a.href = switchTarget(a);
};
// Before the navigation (click, middle click, keyboard Enter all fire one of these first).
document.addEventListener('click', update, true);
document.addEventListener('auxclick', update, true);
document.addEventListener('contextmenu', update, true);
