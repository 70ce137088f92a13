// Runtime: both (Node at build time, browser).
/**
 * The URL parameters of an embed page, parsed strictly. Embeds live on other people's pages: a value that is not
 * exactly what we expect falls back to the default, silently (no throw, no console output). Nothing here is ever
 * written into the page as HTML.
 */

/** Colour theme of an embed: `auto` follows `prefers-color-scheme`. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedParams {
  /** The step to open at, 1-based, or null when absent or invalid (the caller picks its default). */
  step: number | null;
  /** `light`, `dark` or `auto` (default). */
  theme: EmbedTheme;
  /** `?static=1`: one state, no controls. Default false. */
  static: boolean;
  /** pym.js child id (`[A-Za-z0-9_-]{1,64}`), or null. */
  childId: string | null;
  /**
   * `?since=YYYY-MM-DD`: the day the embed code was copied (the dialog adds it), or null when absent or invalid (not a
   * calendar date, before 2000, or after tomorrow in UTC, which leaves room for any time zone).
   */
  since: string | null;
}

const STEP = /^\d{1,3}$/;
const CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;
const THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY = 864e5;

/** `YYYY-MM-DD` when `s` is a real calendar date from 2000 to `now` + 1 day (UTC), else null. */
function sinceDate(s: string | null, now: number): string | null {
  const m = s === null ? null : ISO_DATE.exec(s);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const ok = new Date(t).toISOString().startsWith(s!) && t >= Date.UTC(2000, 0, 1) && t <= now + DAY;
  return ok ? s : null;
}

/**
 * Parses an embed page's query string.
 * @param search `location.search` (with or without the leading `?`), or a URLSearchParams
 * @param steps the chart's number of steps (≥ 1): a step outside 1..steps is ignored
 * @param now the current time (ms since the epoch; default Date.now()), for `?since=`
 * @returns the parsed parameters; never throws
 */
export function parseEmbedParams(search: string | URLSearchParams, steps: number, now = Date.now()): EmbedParams {
  let q: URLSearchParams;
  try {
    q = typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    q = new URLSearchParams();
  }
  const rawStep = q.get('step');
  let step: number | null = null;
  if (rawStep !== null && STEP.test(rawStep)) {
    const n = Number(rawStep);
    if (n >= 1 && n <= steps) step = n;
  }
  const rawTheme = q.get('theme');
  const theme = (THEMES as readonly string[]).includes(rawTheme ?? '') ? (rawTheme as EmbedTheme) : 'auto';
  const childId = q.get('childId');
  return {
    step,
    theme,
    static: q.get('static') === '1',
    childId: childId !== null && CHILD_ID.test(childId) ? childId : null,
    since: sinceDate(q.get('since'), now),
  };
}
