/**
 * Points a dialog's snippets and credit (`textarea[data-snippet]`, `[data-credit]`) at step n: the embed URL's
 * `?step=` (plus `since=<today>`, the day the code is copied), the image's `step-<n>.png` and the story link
 * `#<chart>-<n>`, and at the origin the page is served from
 * (`location.origin` replaces the build-time origin `data-embed-site`, so that the snippet works whatever SITE_URL was).
 * Plain text edits of textarea values and textContent, never HTML. Ignores n outside 1..`data-embed-steps`.
 */
export function retarget(d: HTMLElement, n: number): void {
  const id = d.dataset['embedChart'] ?? '';
  const steps = Number(d.dataset['embedSteps']);
  if (!id || !Number.isInteger(n) || n < 1 || n > steps) return;
  // The build-time origin (SITE_URL, or a placeholder when it was not set) becomes the one the page is served from.
  const built = d.dataset['embedSite'] ?? '';
  const here = /^https?:$/.test(location.protocol) ? location.origin : '';
  const fix = (s: string) =>
    (built && here ? s.split(built).join(here) : s)
      .replace(/(\/embed\/[a-z0-9-]+\/)\?step=\d+(?:&amp;since=[\d-]+)?/g, `$1?step=${n}&amp;since=${today()}`)
      .replace(/\/step-\d+\.png"/g, `/step-${n}.png"`)
      .replace(new RegExp(`#${id}-\\d+`, 'g'), `#${id}-${n}`);
  for (const a of Array.from(d.querySelectorAll<HTMLTextAreaElement>('textarea[data-snippet]'))) a.value = fix(a.value);
  const credit = d.querySelector('[data-credit]');
  if (credit) credit.textContent = fix(credit.textContent ?? '');
  d.dataset['embedStep'] = String(n);
}

/** Today's date where the reader is, `YYYY-MM-DD` (the `?since=` of a copied snippet). */
function today(): string {
  const d = new Date();
  const p2 = (v: number) => String(v).padStart(2, '0');
  return `${d.getFullYear()}-${p2(d.getMonth() + 1)}-${p2(d.getDate())}`;
}

/** The step shown by the chart an "Intégrer" button belongs to (its section's, else the page's `cc-chart`), or NaN. */
function stepOf(open: Element, id: string): number {
  const sel = `cc-chart[data-chart="${CSS.escape(id)}"]`;
  const chart = open.closest('cc-scrolly, cc-embed, cc-chart')?.querySelector(sel) ?? open.closest(sel) ?? document.querySelector(sel);
  return Number(chart?.getAttribute('data-step'));
}

/**
 * The embed dialog's behaviour, one delegated listener for every "Intégrer" button of the page: `[data-embed-open=id]`
 * opens `<dialog id>` as a modal (its snippets first retargeted at the step shown), `[data-embed-close]` or a click on the backdrop closes it (Escape is native),
 * `[data-copy=textarea-id]` copies the snippet (Clipboard API, else selects the text and uses execCommand) and says so
 * in the next `[data-copy-status]`.
 */
document.addEventListener('click', (e) => {
  const el = e.target as Element;
  const open = el.closest<HTMLElement>('[data-embed-open]');
  if (open) {
    const d = document.getElementById(open.dataset['embedOpen'] ?? '');
    if (d instanceof HTMLDialogElement && !d.open) {
      retarget(d, stepOf(open, d.dataset['embedChart'] ?? ''));
      d.showModal();
    }
    return;
  }
  if (el instanceof HTMLDialogElement) return el.close(); // backdrop
  if (el.closest('[data-embed-close]')) return el.closest('dialog')?.close();
  const copy = el.closest<HTMLElement>('[data-copy]');
  if (!copy) return;
  const area = document.getElementById(copy.dataset['copy'] ?? '');
  if (!(area instanceof HTMLTextAreaElement)) return;
  const status = copy.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  const done = (ok: boolean) => {
    if (status) status.textContent = ok ? (status.dataset['copied'] ?? '✓') : '';
  };
  const fallback = () => {
    area.focus();
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      /* the text stays selected for Ctrl+C */
    }
    done(ok);
  };
  if (navigator.clipboard?.writeText) navigator.clipboard.writeText(area.value).then(() => done(true), fallback);
  else fallback();
});
