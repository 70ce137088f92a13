/**
 * The "Intégrer" / "Embed" dialog in the browser: fills the page's one dialog (EmbedDialog.astro) for the chart whose
 * button was pressed, opens it, copies its snippets. Loaded by EmbedDialog.astro.
 */
import { iframeSnippet, imageSnippet, stepCredit } from '../lib/embedCode';
import { LOCALES, type Locale } from '../i18n/locales';

/** What an "Intégrer" button says of its chart (`data-embed-open`, `data-embed-title`, `data-embed-steps`). */
interface EmbedTarget {
  chart: string;
  title: string;
  steps: number;
}

/**
 * Fills the page's embed dialog for one chart at step n: its title, the iframe snippet (`?step=n&since=<today>`, the
 * day the code is copied), the image snippet (`step-<n>.png`, linking to the story's `#<chart>-<n>`) and the credit,
 * at the origin the page is served from (`location.origin`; the build's `data-embed-site` when the page is not served
 * over http). Plain text (textarea values, textContent), never HTML.
 * @returns false, leaving the dialog as it was, for a chart id that is not plain, a step outside 1..steps or an
 * unknown locale
 */
export function fillDialog(d: HTMLElement, { chart, title, steps }: EmbedTarget, n: number): boolean {
  const locale = d.dataset['embedLocale'] ?? '';
  if (!/^[a-z0-9-]+$/.test(chart) || !Number.isInteger(n) || n < 1 || n > steps || !(LOCALES as readonly string[]).includes(locale)) return false;
  const site = /^https?:$/.test(location.protocol) ? location.origin : (d.dataset['embedSite'] ?? '');
  const credit = stepCredit(d.dataset['creditPrefix'] ?? '', site, locale as Locale, chart, n);
  const snippets: Record<string, string> = {
    iframe: iframeSnippet(site, locale as Locale, chart, title, n).replace(/\?step=\d+/, (q) => `${q}&amp;since=${today()}`),
    image: imageSnippet(site, locale as Locale, chart, n, title, credit),
  };
  for (const a of Array.from(d.querySelectorAll<HTMLTextAreaElement>('textarea[data-snippet]'))) a.value = snippets[a.dataset['snippet'] ?? ''] ?? '';
  const titleEl = d.querySelector('[data-embed-title]');
  if (titleEl) titleEl.textContent = title;
  const creditEl = d.querySelector('[data-credit]');
  if (creditEl) creditEl.textContent = credit;
  for (const s of Array.from(d.querySelectorAll('[data-copy-status]'))) s.textContent = '';
  const pick = d.querySelector<HTMLSelectElement>('select[data-embed-step-select]');
  if (pick) {
    if (pick.options.length !== steps || d.dataset['embedChart'] !== chart) {
      const word = pick.dataset['stepWord'] ?? '';
      const of = pick.dataset['ofWord'] ?? '';
      pick.replaceChildren(...Array.from({ length: steps }, (_, i) => new Option(`${word} ${i + 1} ${of} ${steps}`, String(i + 1))));
    }
    pick.value = String(n);
  }
  d.dataset['embedChart'] = chart;
  d.dataset['embedStep'] = String(n);
  return true;
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
 * The embed dialog's behaviour, one delegated listener for every "Intégrer" button of the page: `[data-embed-open=<chart>]`
 * opens the page's `<dialog id="embed-dialog">` as a modal, first filled for that chart at the step shown (the last
 * step when the chart's step cannot be read), `[data-embed-close]` or a click on the backdrop closes it (Escape is native),
 * `[data-copy=textarea-id]` copies the snippet (Clipboard API, else selects the text and uses execCommand) and says so
 * in the next `[data-copy-status]`.
 */
document.addEventListener('click', (e) => {
  const el = e.target as Element;
  const open = el.closest<HTMLElement>('[data-embed-open]');
  if (open) {
    const d = document.getElementById('embed-dialog');
    const target = { chart: open.dataset['embedOpen'] ?? '', title: open.dataset['embedTitle'] ?? '', steps: Number(open.dataset['embedSteps']) };
    const shown = stepOf(open, target.chart);
    if (d instanceof HTMLDialogElement && !d.open && fillDialog(d, target, Number.isInteger(shown) && shown >= 1 ? shown : target.steps)) d.showModal();
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

// The step menu: the same chart at the step picked.
document.addEventListener('change', (e) => {
  const pick = e.target;
  if (!(pick instanceof HTMLSelectElement) || !pick.matches('[data-embed-step-select]')) return;
  const d = pick.closest<HTMLElement>('dialog');
  if (!d) return;
  const target = { chart: d.dataset['embedChart'] ?? '', title: d.querySelector('[data-embed-title]')?.textContent ?? '', steps: pick.options.length };
  fillDialog(d, target, Number(pick.value));
});
