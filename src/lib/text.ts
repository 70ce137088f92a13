/**
 * Figure placeholders in chart texts (YAML) and UI strings: `{ms-t1a-fy2023|Mt}` becomes `16,9 Mt`.
 * Syntax: `{<figure-id>[|<display unit>][|<flags>]}`; flags: `+` signed, a digit for significant figures.
 * Unknown ids and units throw at build time with the text's origin in the message.
 */
import type { Seeds } from '../data/seeds';
import { figure } from '../data/seeds';
import { formatFigure, isDisplayUnit, type FormatOptions, type Locale } from './format';

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
  return text.replace(PLACEHOLDER, (_m, id: string, unit?: string, flags?: string) => {
    let fig;
    try {
      fig = figure(seeds, id);
    } catch (e) {
      throw new Error(`${origin}: ${(e as Error).message}`);
    }
    return formatFigure(fig, locale, parseFormatSpec(unit, flags, `${origin} {${id}}`));
  });
}

/** The figure ids a text refers to. */
export function placeholderIds(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}
