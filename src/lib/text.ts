// Runtime: node (build time only: reads files, or loads the seeds).
/**
 * Figure placeholders in chart texts (YAML) and UI strings: `{ms-t1a-fy2023|Mt}` becomes `16,9 Mt`.
 * Syntax: `{<figure-id>[|<display unit>][|<flags>]}`; flags: `+` signed, a digit for significant figures.
 * Words that state a direction or a rank follow the data too:
 * - `{<id>?<if positive>:<if negative>}` picks a word by the sign of a figure: `{ms-fy2025-vs-fy2024?hausse:baisse}`;
 * - `{<a> > <b>?<if a is larger>:<if a is smaller>}` compares two figures (converted to one unit):
 *   `{amz-total-2025>amz-total-2024?plus:moins}`.
 * A zero sign or a tie has no word and throws, as do unknown ids and units, with the text's origin in the message.
 */
import type { Seeds } from '../data/seeds';
import { figure } from '../data/seeds';
import { convertUnit } from '../data/formula';
import { formatFigure, isDisplayUnit, type FormatOptions } from './format';
import { type Locale } from '../i18n/locales';

const WORD = /\{([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s*>\s*([a-z0-9]+(?:-[a-z0-9]+)*))?\?([^:{}]*):([^{}]*)\}/g;
const PLACEHOLDER = /\{([a-z0-9]+(?:-[a-z0-9]+)*)(?:\|([^|}]*))?(?:\|([^}]*))?\}/g;

/** Parses `|unit|flags` into format options. @throws Error on an unknown unit or flag */
export function parseFormatSpec(unit: string | undefined, flags: string | undefined, origin: string): FormatOptions {
  const opts: FormatOptions = {};
  if (unit) {
    if (!isDisplayUnit(unit)) throw new Error(`${origin}: unknown display unit "${unit}"`);
    opts.unit = unit;
  }
  for (const flag of (flags ?? '').split('')) {
    if (flag === '+') opts.signed = true;
    else if (/\d/.test(flag)) opts.digits = Number(flag);
    else if (flag.trim()) throw new Error(`${origin}: unknown format flag "${flag}"`);
  }
  return opts;
}

/**
 * Replaces every placeholder in `text` by the formatted figure.
 * @param origin where the text comes from, for error messages (`content/fr/charts/x.yaml steps[2].caption`)
 * @throws Error naming origin and id when a figure id or unit is unknown
 */
export function interpolate(text: string, seeds: Seeds, locale: Locale, origin: string): string {
  return text.replace(WORD, (_m, a: string, b: string | undefined, yes: string, no: string) => pickWord(seeds, a, b, yes, no, origin)).replace(PLACEHOLDER, (_m, id: string, unit?: string, flags?: string) => {
    let fig;
    try {
      fig = figure(seeds, id);
    } catch (e) {
      throw new Error(`${origin}: ${(e as Error).message}`);
    }
    return formatFigure(fig, locale, parseFormatSpec(unit, flags, `${origin} {${id}}`));
  });
}

/**
 * The word that states a figure's direction (`a` alone: its sign) or a rank (`a` against `b`).
 * @param yes the word when `a` is positive, or larger than `b`
 * @param no the word when `a` is negative, or smaller than `b`
 * @throws Error naming origin and ids on an unknown id, a zero, a tie, or two figures in incomparable units
 */
export function pickWord(seeds: Seeds, a: string, b: string | undefined, yes: string, no: string, origin: string): string {
  const get = (id: string) => {
    try {
      return figure(seeds, id);
    } catch (e) {
      throw new Error(`${origin}: ${(e as Error).message}`);
    }
  };
  const fa = get(a);
  const va = fa.value ?? NaN;
  let d: number;
  if (b === undefined) d = va;
  else {
    const fb = get(b);
    const vb = convertUnit(fb.value ?? NaN, fb.unit, fa.unit);
    if (vb === undefined) throw new Error(`${origin}: cannot compare ${a} (${fa.unit}) with ${b} (${fb.unit})`);
    d = va - vb;
  }
  if (!Number.isFinite(d)) throw new Error(`${origin}: {${a}${b ? `>${b}` : ''}?…} has no value to compare`);
  if (d === 0) throw new Error(`${origin}: {${a}${b ? `>${b}` : ''}?…} is a tie: no word states it`);
  return d > 0 ? yes : no;
}

/** The figure ids a text refers to (values and direction words). */
export function placeholderIds(text: string): string[] {
  const words = [...text.matchAll(WORD)].flatMap((m) => [m[1]!, ...(m[2] ? [m[2]] : [])]);
  return [...words, ...[...text.replace(WORD, '').matchAll(PLACEHOLDER)].map((m) => m[1]!)];
}
