/**
 * `<cc-classroom>`: the classroom deck. Reads its slides from `[data-slide]` elements (in order: a chapter's title
 * slide, then one slide per step, `data-slide` = step id `<chart>-<n>`, `data-frame` = the chart or chapter shown,
 * `data-slide-step` = the 1-based step), shows the slide's frame (`.deck-frame[data-frame]`) and moves that frame's
 * `<cc-chart>` to the step with `show(n)`.
 *
 * Navigation: → ↓ Space PageDown next, ← ↑ Shift+Space PageUp previous, Home / End first / last, a horizontal swipe on
 * the stage (touch or pen), F full screen (Escape leaves it natively), N the notes panel. The URL hash is the slide id:
 * every move pushes a history entry, so reload, Back/Forward and links from a lesson plan land on that slide; an
 * unknown hash opens the first slide silently. Keys are read on `document`, so they keep working after a button is
 * clicked; Space and Enter on a focused control are left to the control.
 *
 * Presenter view (reveal.js's speaker view): S or the button opens this same page with `?presenter` in a second window
 * (`cc-presenter`; pressing S again brings it back). There the stage gives way to the projected slide and the next one
 * (clones of the handout's items), the notes of the slide, always open, and a stopwatch (pause, reset). Every window
 * of the deck follows the others' moves in both directions (`deckSync.ts`: BroadcastChannel, else the storage event);
 * a window that opens asks the others where they are. N stays the single-screen notes panel.
 *
 * "Préparer hors ligne" (`[data-action=offline]`) fetches `/offline-extra.json` (written at build time: every embed
 * page and download) and stores each URL in the Cache Storage cache `cc-offline-extra`, which the service worker
 * answers from when the network is gone. Progress and the final count and size are shown in `[data-offline-status]`.
 */

import { openDeckSync, type DeckSync, type SyncMessage } from './deckSync';
import { ElapsedTimer, formatElapsed } from './elapsedTimer';
import './eagerImages';
import { whenIdle } from './idle';
import type { CcChart } from './cc-chart';

/** Name of the runtime cache filled by "Préparer hors ligne"; `scripts/build-sw.mjs` reads from the same name. */
export const EXTRA_CACHE = 'cc-offline-extra';
/** Minimum horizontal travel of a swipe, in CSS pixels. */
const SWIPE_MIN = 50;

interface Slide {
  id: string;
  frame: string;
  step: number | null;
  chapter: string;
}

interface ChartLike extends HTMLElement {
  show?: (n: number, o?: { instant?: boolean; force?: boolean }) => boolean;
}

/** One file listed in `/offline-extra.json`. */
interface ExtraFile {
  url: string;
  bytes: number;
}

export class CcClassroom extends HTMLElement {
  #slides: Slide[] = [];
  #index = -1;
  #byId = new Map<string, number>();
  #strings = new Map<string, string>();
  #swipe: { x: number; y: number; id: number } | null = null;
  #sync: DeckSync | null = null;
  #presenter = false;
  #timer: ElapsedTimer | null = null;
  #tick = 0;
  /** Slide indices of each chapter, for the progress bars (computed once per connect). */
  #chapterSlides = new Map<string, number[]>();
  /** Aborted on disconnect: every listener this element adds (document, window, its own subtree). */
  #listeners?: AbortController;

  connectedCallback(): void {
    this.#slides = Array.from(this.querySelectorAll<HTMLElement>('li[data-slide]')).map((el) => ({
      id: el.dataset['slide'] ?? '',
      frame: el.dataset['frame'] ?? '',
      step: el.dataset['slideStep'] ? Number(el.dataset['slideStep']) : null,
      chapter: el.dataset['chapter'] ?? '',
    }));
    this.#byId.clear();
    this.#chapterSlides.clear();
    this.#slides.forEach((s, i) => {
      this.#byId.set(s.id, i);
      this.#chapterSlides.set(s.chapter, [...(this.#chapterSlides.get(s.chapter) ?? []), i]);
    });
    const tpl = this.querySelector<HTMLTemplateElement>('template[data-i18n]');
    for (const el of Array.from(tpl?.content.querySelectorAll<HTMLElement>('[data-k]') ?? [])) {
      this.#strings.set(el.dataset['k'] ?? '', el.textContent ?? '');
    }
    if (this.#slides.length === 0) return;
    this.classList.add('is-live');
    this.#presenter = new URLSearchParams(location.search).has('presenter');
    if (this.#presenter) this.#startPresenter();

    const start = this.#fromHash(location.hash);
    this.go(start ?? 0, { history: 'replace', instant: true, force: true, broadcast: false });
    this.#sync = openDeckSync(`cc-deck:${location.pathname}`, this.#onSync);
    // Every chart's steps, once the page is idle: the next slides then draw at once, and the files are in the HTTP
    // cache if the network goes (the service worker has them too).
    whenIdle(() => {
      for (const c of Array.from(this.querySelectorAll<CcChart>('cc-chart'))) void c.loadScenes?.();
      void this.#sayStoredOffline();
    });
    this.#sync.send({ type: 'hello' });

    this.#listeners?.abort();
    this.#listeners = new AbortController();
    const signal = this.#listeners.signal;
    document.addEventListener('keydown', this.#onKey, { signal });
    window.addEventListener('popstate', this.#onHistory, { signal });
    window.addEventListener('hashchange', this.#onHistory, { signal });
    document.addEventListener('fullscreenchange', this.#onFullscreen, { signal });
    this.addEventListener('click', this.#onClick, { signal });
    const stage = this.querySelector<HTMLElement>('[data-stage]');
    stage?.addEventListener('pointerdown', this.#onPointerDown, { signal });
    stage?.addEventListener('pointerup', this.#onPointerUp, { signal });
    stage?.addEventListener('pointercancel', () => (this.#swipe = null), { signal });
  }

  disconnectedCallback(): void {
    this.#listeners?.abort();
    this.#listeners = undefined;
    this.#sync?.close();
    this.#sync = null;
    clearInterval(this.#tick);
  }

  /** Turns this window into the presenter view: notes always shown, previews, stopwatch, its own title. */
  #startPresenter(): void {
    this.classList.add('is-presenter');
    const title = this.#s('presenterTitle');
    const h1 = this.querySelector('.deck__name');
    if (h1) h1.textContent = title;
    document.title = `${title} — ${document.title}`;
    const notes = this.querySelector<HTMLElement>('[data-notes]');
    if (notes) notes.hidden = false;
    const previews = this.querySelector<HTMLElement>('[data-previews]');
    if (previews) previews.hidden = false;
    const box = this.querySelector<HTMLElement>('[data-timer-box]');
    if (box) box.hidden = false;
    for (const b of Array.from(this.querySelectorAll<HTMLElement>('[data-action="presenter"], [data-action="notes"]'))) b.hidden = true;
    this.#timer = new ElapsedTimer();
    this.#tick = window.setInterval(() => this.#showTime(), 1000);
  }

  #showTime(): void {
    const out = this.querySelector('[data-timer]');
    if (out && this.#timer) out.textContent = formatElapsed(this.#timer.elapsed());
  }

  /** Opens the presenter view in a second window, on the slide shown, or brings it to the front. */
  openPresenter(): Window | null {
    const slide = this.#slides[this.#index];
    const url = `${location.pathname}?presenter${slide ? `#${encodeURIComponent(slide.id)}` : ''}`;
    const win = window.open(url, 'cc-presenter', 'popup,width=1280,height=800');
    win?.focus();
    return win;
  }

  #onSync = (msg: SyncMessage): void => {
    const slide = this.#slides[this.#index];
    if (msg.type === 'hello') {
      if (slide) this.#sync?.send({ type: 'go', id: slide.id });
      return;
    }
    const i = this.#byId.get(msg.id);
    if (i !== undefined && i !== this.#index) this.go(i, { broadcast: false });
  };

  /** Fills the presenter's previews: the slide shown and the next one, as the handout prints them. */
  #updatePreviews(): void {
    if (!this.#presenter) return;
    const items = Array.from(this.querySelectorAll<HTMLElement>('li[data-slide]'));
    for (const [which, k] of [['now', this.#index], ['next', this.#index + 1]] as const) {
      const body = this.querySelector<HTMLElement>(`[data-preview="${which}"]`);
      if (!body) continue;
      const src = items[k];
      const copy = src ? (src.cloneNode(true) as HTMLElement) : null;
      if (copy) {
        copy.removeAttribute('id');
        copy.classList.add('deck__preview-slide');
      }
      body.replaceChildren(...(copy ? Array.from(copy.childNodes) : []));
      body.dataset['slide'] = src?.dataset['slide'] ?? '';
      if (which === 'next') {
        const end = this.querySelector<HTMLElement>('[data-preview-end]');
        if (end) end.hidden = !!src;
      }
    }
  }

  /** Number of slides. */
  get length(): number {
    return this.#slides.length;
  }
  /** Index (0-based) of the slide shown. */
  get index(): number {
    return this.#index;
  }

  /** The slide index for a URL hash (`#microsoft-emissions-3`), or null when the hash names no slide. */
  #fromHash(hash: string): number | null {
    let id: string;
    try {
      id = decodeURIComponent(hash.replace(/^#/, ''));
    } catch {
      return null;
    }
    return this.#byId.get(id) ?? null;
  }

  /**
   * Shows slide `i` (0-based, clamped to the deck). `history`: 'push' (default) adds a history entry with the slide's
   * hash, 'replace' rewrites the current one, 'none' leaves the URL alone (Back/Forward already set it). `broadcast`
   * (default true): tell the deck's other windows (false for a move that came from one of them).
   */
  go(
    i: number,
    { history = 'push', instant = false, force = false, broadcast = true }: { history?: 'push' | 'replace' | 'none'; instant?: boolean; force?: boolean; broadcast?: boolean } = {},
  ): void {
    if (!Number.isFinite(i)) return;
    const next = Math.max(0, Math.min(this.#slides.length - 1, Math.trunc(i)));
    if (next === this.#index && !force) return;
    const prev = this.#slides[this.#index];
    const slide = this.#slides[next]!;
    this.#index = next;
    const frameChanged = !prev || prev.frame !== slide.frame;
    if (frameChanged) {
      for (const f of Array.from(this.querySelectorAll<HTMLElement>('.deck-frame[data-frame]'))) {
        const on = f.dataset['frame'] === slide.frame;
        f.classList.toggle('is-active', on);
        f.toggleAttribute('inert', !on);
      }
      for (const n of Array.from(this.querySelectorAll<HTMLElement>('[data-notes-for]'))) n.hidden = n.dataset['notesFor'] !== slide.frame;
    }
    if (slide.step !== null) {
      const chart = this.querySelector<ChartLike>(`.deck-frame[data-frame="${CSS.escape(slide.frame)}"] cc-chart`);
      chart?.show?.(slide.step, { instant: instant || frameChanged, force: frameChanged });
    }
    this.dataset['current'] = slide.id;
    this.#updateChrome();
    this.#updatePreviews();
    if (broadcast) this.#sync?.send({ type: 'go', id: slide.id });
    const url = `#${encodeURIComponent(slide.id)}`;
    if (history === 'push' && location.hash !== url) window.history.pushState({ slide: slide.id }, '', url);
    else if (history === 'replace' && location.hash !== url) window.history.replaceState({ slide: slide.id }, '', url);
  }

  next(): void {
    this.go(this.#index + 1);
  }
  prev(): void {
    this.go(this.#index - 1);
  }

  #updateChrome(): void {
    const i = this.#index;
    const count = this.querySelector('[data-count]');
    if (count) count.textContent = `${this.#s('slide')} ${i + 1} ${this.#s('of')} ${this.#slides.length}`;
    const current = this.#slides[i]!.chapter;
    for (const a of Array.from(this.querySelectorAll<HTMLAnchorElement>('[data-progress]'))) {
      const ch = a.dataset['progress'] ?? '';
      const idx = this.#chapterSlides.get(ch) ?? [];
      const done = idx.filter((k) => k <= i).length;
      const fill = a.querySelector<HTMLElement>('[data-fill]');
      if (fill) fill.style.width = `${idx.length ? (100 * done) / idx.length : 0}%`;
      if (ch === current) a.setAttribute('aria-current', 'step');
      else a.removeAttribute('aria-current');
    }
    const prevBtn = this.querySelector<HTMLButtonElement>('[data-action="prev"]');
    const nextBtn = this.querySelector<HTMLButtonElement>('[data-action="next"]');
    if (prevBtn) prevBtn.disabled = i === 0;
    if (nextBtn) nextBtn.disabled = i === this.#slides.length - 1;
  }

  #s(key: string): string {
    return this.#strings.get(key) ?? key;
  }

  #onHistory = (): void => {
    const i = this.#fromHash(location.hash);
    this.go(i ?? 0, { history: i === null ? 'replace' : 'none' });
  };

  #onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
    // A focused control keeps its own Space / Enter (no double action with its click).
    if ((e.key === ' ' || e.key === 'Enter') && target?.closest('button, a, summary')) return;
    const k = e.key;
    let handled = true;
    if (k === 'ArrowRight' || k === 'ArrowDown' || k === 'PageDown' || (k === ' ' && !e.shiftKey)) this.next();
    else if (k === 'ArrowLeft' || k === 'ArrowUp' || k === 'PageUp' || (k === ' ' && e.shiftKey)) this.prev();
    else if (k === 'Home') this.go(0);
    else if (k === 'End') this.go(this.#slides.length - 1);
    else if (k === 'f' || k === 'F') void this.toggleFullscreen();
    else if ((k === 'n' || k === 'N') && !this.#presenter) this.toggleNotes();
    else if ((k === 's' || k === 'S') && !this.#presenter) this.openPresenter();
    else handled = false;
    if (handled) e.preventDefault();
  };

  #onClick = (e: MouseEvent): void => {
    const btn = (e.target as HTMLElement | null)?.closest<HTMLButtonElement>('button[data-action]');
    if (!btn) {
      const link = (e.target as HTMLElement | null)?.closest<HTMLAnchorElement>('a[data-progress]');
      if (link) {
        e.preventDefault();
        const i = this.#byId.get(link.dataset['progress'] ?? '');
        if (i !== undefined) this.go(i);
      }
      return;
    }
    const action = btn.dataset['action'];
    if (action === 'next') this.next();
    else if (action === 'prev') this.prev();
    else if (action === 'notes') this.toggleNotes();
    else if (action === 'fullscreen') void this.toggleFullscreen();
    else if (action === 'offline') void this.prepareOffline(btn);
    else if (action === 'presenter') this.openPresenter();
    else if (action === 'timer-pause' && this.#timer) {
      btn.setAttribute('aria-pressed', String(!this.#timer.toggle()));
      this.#showTime();
    } else if (action === 'timer-reset' && this.#timer) {
      this.#timer.reset();
      this.#showTime();
    }
    // A mouse click leaves the focus on the stage, so that a clicker's Space is never taken by the button.
    // (The presenter view has no stage: its notes take the focus.)
    if (e.detail > 0 && action !== 'offline') this.querySelector<HTMLElement>(this.#presenter ? '[data-notes]' : '[data-stage]')?.focus({ preventScroll: true });
  };

  #onPointerDown = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' || !e.isPrimary) return;
    this.#swipe = { x: e.clientX, y: e.clientY, id: e.pointerId };
  };

  #onPointerUp = (e: PointerEvent): void => {
    const s = this.#swipe;
    this.#swipe = null;
    if (!s || s.id !== e.pointerId) return;
    const dx = e.clientX - s.x;
    const dy = e.clientY - s.y;
    if (Math.abs(dx) < SWIPE_MIN || Math.abs(dx) < 1.5 * Math.abs(dy)) return;
    if (dx < 0) this.next();
    else this.prev();
  };

  /** Shows or hides the notes panel (sources, key figures, discussion questions of the slide). */
  toggleNotes(force?: boolean): void {
    const panel = this.querySelector<HTMLElement>('[data-notes]');
    if (!panel) return;
    const open = force ?? panel.hidden === true;
    panel.hidden = !open;
    // Below the control bar, so that its buttons (Notes among them) stay reachable.
    const bar = this.querySelector<HTMLElement>('.deck__bar');
    if (bar && matchMedia('screen').matches) panel.style.top = `${bar.getBoundingClientRect().bottom}px`;
    this.classList.toggle('has-notes', open);
    this.querySelector('[data-action="notes"]')?.setAttribute('aria-expanded', String(open));
  }

  /** Enters or leaves full screen (the whole page). Does nothing where the Fullscreen API is missing. */
  async toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else if (document.fullscreenEnabled) await document.documentElement.requestFullscreen();
    } catch {
      /* refused by the browser (no user gesture, iframe without allowfullscreen): stay as we are */
    }
  }

  #onFullscreen = (): void => {
    this.querySelector('[data-action="fullscreen"]')?.setAttribute('aria-pressed', String(!!document.fullscreenElement));
  };

  /**
   * On a device where « Préparer hors ligne » was used before, says so in the offline status (how many files the
   * cache `cc-offline-extra` holds), unless the status already says something. Silent where caches are missing.
   */
  async #sayStoredOffline(): Promise<void> {
    try {
      if (!('caches' in window) || !(await caches.has(EXTRA_CACHE))) return;
      const n = (await (await caches.open(EXTRA_CACHE)).keys()).length;
      const status = this.querySelector<HTMLElement>('[data-offline-status]');
      if (n > 0 && status && !status.textContent?.trim()) status.textContent = this.#s('offlineReady').replace('{n}', String(n));
    } catch {
      /* storage refused (private mode): say nothing */
    }
  }

  /**
   * Stores every URL of `data-offline-list` (the edition's `/<locale>/offline-extra.json`; default `/offline-extra.json`) in the cache `cc-offline-extra`, four at a time, showing progress.
   * @returns the number of files stored and their total size in bytes
   */
  async prepareOffline(btn?: HTMLButtonElement): Promise<{ stored: number; bytes: number; failed: number }> {
    const status = this.querySelector<HTMLElement>('[data-offline-status]');
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    const result = { stored: 0, bytes: 0, failed: 0 };
    if (!('caches' in window) || !('serviceWorker' in navigator)) {
      say(this.#s('offlineUnsupported'));
      return result;
    }
    if (btn) btn.disabled = true;
    try {
      const res = await fetch(this.dataset['offlineList'] || '/offline-extra.json', { cache: 'no-cache' });
      const list = ((await res.json()) as { files?: ExtraFile[] }).files ?? [];
      const files = list.filter((f) => typeof f.url === 'string' && f.url.startsWith('/') && !f.url.startsWith('//'));
      const cache = await caches.open(EXTRA_CACHE);
      let done = 0;
      const queue = [...files];
      const worker = async () => {
        for (let f = queue.shift(); f; f = queue.shift()) {
          try {
            const r = await fetch(f.url, { cache: 'no-cache' });
            if (!r.ok) throw new Error(String(r.status));
            const blob = await r.clone().blob();
            await cache.put(f.url, r);
            result.stored += 1;
            result.bytes += blob.size;
          } catch {
            result.failed += 1;
          }
          done += 1;
          say(this.#s('offlineProgress').replace('{done}', String(done)).replace('{total}', String(files.length)));
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
    } catch {
      result.failed += 1;
    }
    const kb = new Intl.NumberFormat(document.documentElement.lang || 'fr').format(Math.round(result.bytes / 1024));
    say(
      result.failed > 0
        ? this.#s('offlineFailed').replace('{failed}', String(result.failed))
        : this.#s('offlineDone').replace('{n}', String(result.stored)).replace('{kb}', kb),
    );
    this.dataset['offlineStored'] = String(result.stored);
    this.dataset['offlineBytes'] = String(result.bytes);
    if (btn) btn.disabled = false;
    return result;
  }
}

if (!customElements.get('cc-classroom')) customElements.define('cc-classroom', CcClassroom);
