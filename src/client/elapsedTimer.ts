/**
 * The presenter view's stopwatch: elapsed time since the view opened, with pause and reset. Reads the clock only when
 * asked (`elapsed()`); the caller refreshes its display (once a second is enough).
 */
export class ElapsedTimer {
  #start: number;
  #banked = 0;
  #running = true;
  readonly #now: () => number;
  /** @param now clock in milliseconds (default `Date.now`), injectable for tests */
  constructor(now: () => number = Date.now) {
    this.#now = now;
    this.#start = now();
  }
  /** Elapsed time, in milliseconds, pauses excluded. */
  elapsed(): number {
    return this.#banked + (this.#running ? this.#now() - this.#start : 0);
  }
  /** Whether the timer is running (not paused). */
  get running(): boolean {
    return this.#running;
  }
  /** Pauses when running, resumes when paused. @returns whether it runs afterwards */
  toggle(): boolean {
    if (this.#running) this.#banked = this.elapsed();
    else this.#start = this.#now();
    this.#running = !this.#running;
    return this.#running;
  }
  /** Back to zero, keeping the running/paused state. */
  reset(): void {
    this.#banked = 0;
    this.#start = this.#now();
  }
}

/** `m:ss` below an hour, `h:mm:ss` above (e.g. 65 000 ms → `1:05`); negative or non-finite input counts as 0. */
export function formatElapsed(ms: number): string {
  const s = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
