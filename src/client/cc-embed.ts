/**
 * `<cc-embed data-chart="<id>">`: the embed page's controller. Reads the URL (strictly, see `parseEmbedParams`:
 * invalid values fall back silently), opens the chart at `?step=` (or step 1; `?static=1` shows the given step or the
 * last one with no controls), applies `?theme=`, wires previous/next buttons (`[data-embed-prev]`,
 * `[data-embed-next]`), step dots (`[data-embed-dot="<n>"]`, `aria-current="step"` on the one shown) and ←/→ keys,
 * keeps step-specific links (`a[data-step-link]`, whose href ends in `-<n>` or `-<n>.svg|png`, real links to step 1 at
 * build time) on the step shown, shows « Données mises à jour le … » when `data-updated` is after `?since=`, and
 * reports its height to the parent page.
 * Touches only its own subtree (plus `data-theme` on `<html>`).
 */
import './cc-chart';
import type { CcChart } from './cc-chart';
import { parseEmbedParams } from '../lib/embedParams';
import { reportHeight } from './height';

class CcEmbed extends HTMLElement {
  #chart?: CcChart;
  /** Aborted on disconnect: releases the key, click and cc-step listeners. */
  #listeners?: AbortController;
  /** Stops the height reporter (its ResizeObserver and load listener). */
  #stopHeight?: () => void;

  connectedCallback(): void {
    const chart = this.querySelector<CcChart>('cc-chart');
    if (!chart) return;
    this.#chart = chart;
    this.#listeners = new AbortController();
    const signal = this.#listeners.signal;
    const p = parseEmbedParams(location.search, chart.steps);
    if (p.theme !== 'auto') document.documentElement.dataset['theme'] = p.theme;
    if (p.static) this.dataset['static'] = '';
    chart.addEventListener('cc-step', () => this.#sync(), { signal });
    const start = p.static ? (p.step ?? chart.steps) : (p.step ?? 1);
    if (start !== chart.step) chart.show(start, { instant: true });
    this.#sync();
    this.addEventListener('click', (e) => {
      const btn = (e.target as Element).closest<HTMLElement>('[data-embed-prev],[data-embed-next],[data-embed-dot]');
      if (!btn) return;
      if (btn.hasAttribute('data-embed-prev')) this.go(chart.step - 1);
      else if (btn.hasAttribute('data-embed-next')) this.go(chart.step + 1);
      else this.go(Number(btn.dataset['embedDot']));
    }, { signal });
    if (!p.static) {
      document.addEventListener('keydown', (e) => {
        if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
        if ((e.target as Element).closest?.('input, textarea, select, dialog[open], [contenteditable]')) return;
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          if (this.go(chart.step + (e.key === 'ArrowRight' ? 1 : -1))) e.preventDefault();
        }
      }, { signal });
    }
    this.#updated(p.since);
    this.#stopHeight = reportHeight(this, chart.chartId, p.childId);
  }

  disconnectedCallback(): void {
    this.#listeners?.abort();
    this.#stopHeight?.();
    this.#listeners = this.#stopHeight = undefined;
  }

  /**
   * Shows « Données mises à jour le <date> » (`[data-embed-updated]`, its link's `data-text` with `{date}`) when the
   * chart's data changed (`data-updated`, YYYY-MM-DD, from the corrections log) after the day the code was copied.
   */
  #updated(since: string | null): void {
    const updated = this.dataset['updated'] ?? '';
    const line = this.querySelector<HTMLElement>('[data-embed-updated]');
    const a = line?.querySelector<HTMLElement>('[data-text]');
    if (!since || !a || !/^\d{4}-\d{2}-\d{2}$/.test(updated) || updated <= since) return;
    const date = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(updated));
    a.textContent = (a.dataset['text'] ?? '').replace('{date}', date);
    line!.hidden = false;
  }

  /** Shows step n (1-based) with motion; ignored outside 1..steps. @returns whether it moved */
  go(n: number): boolean {
    const c = this.#chart;
    if (!c || n < 1 || n > c.steps || n === c.step) return false;
    return c.show(n);
  }

  #sync(): void {
    const c = this.#chart;
    if (!c) return;
    const n = c.step;
    for (const b of Array.from(this.querySelectorAll<HTMLButtonElement>('[data-embed-dot]'))) {
      if (Number(b.dataset['embedDot']) === n) b.setAttribute('aria-current', 'step');
      else b.removeAttribute('aria-current');
    }
    const prev = this.querySelector<HTMLButtonElement>('[data-embed-prev]');
    const next = this.querySelector<HTMLButtonElement>('[data-embed-next]');
    // aria-disabled rather than disabled, so that a focused button keeps the focus at either end.
    prev?.setAttribute('aria-disabled', String(n <= 1));
    next?.setAttribute('aria-disabled', String(n >= c.steps));
    for (const a of Array.from(this.querySelectorAll<HTMLAnchorElement>('a[data-step-link]'))) {
      a.setAttribute('href', (a.getAttribute('href') ?? '').replace(/-\d+(\.(?:svg|png))?$/, `-${n}$1`));
    }
    for (const el of Array.from(this.querySelectorAll('[data-embed-counter]'))) el.textContent = String(n);
  }
}

if (!customElements.get('cc-embed')) customElements.define('cc-embed', CcEmbed);
