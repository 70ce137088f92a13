// Runtime: both (Node at build time, browser).
/**
 * How a figure's words read in a locale: its metric and note (French columns when present, with French typography),
 * and its status ("publié, document original"; a calculation is said once). Downloads (csv.ts) keep the raw text.
 */
import type { Figure } from '../data/schemas';
import type { Locale } from '../i18n/locales';
import { dict, fill } from '../i18n';
import { formulaText } from '../data/formula';
import { frenchSpacing } from './typography.mjs';

/** Seed text as shown: French typography in French (spaces in numbers, before units and high punctuation). */
const typeset = (s: string, locale: Locale) => (locale === 'fr' ? frenchSpacing(s) : s);

/** The metric in the locale (`metric_fr` in French when filled, else `metric`). */
export function metricOf(f: Figure, locale: Locale): string {
  return typeset(locale === 'fr' && f.metric_fr ? f.metric_fr : f.metric, locale);
}

/** The entity in the locale (`entity_fr` in French when filled, else `entity`). */
export function entityOf(f: Figure, locale: Locale): string {
  return typeset(locale === 'fr' && f.entity_fr ? f.entity_fr : f.entity, locale);
}

/** The scope in the locale (`scope_fr` in French when filled, else `scope`). */
export function scopeOf(f: Figure, locale: Locale): string {
  return typeset(locale === 'fr' && f.scope_fr ? f.scope_fr : f.scope, locale);
}

/**
 * The note in the locale (`note_fr` in French when filled, else `note`), led by the calculation for a derived figure
 * (`Calcul : ms-t1a-fy2024 / ms-t1a-fy2020 − 1 ; …`), so that the formula a reader sees is the one that was run.
 */
export function noteOf(f: Figure, locale: Locale): string {
  const note = typeset(locale === 'fr' && f.note_fr ? f.note_fr : f.note, locale);
  if (!f.formula) return note;
  // The formula's ids stay as written (no typography inside them): they are what a reader looks up.
  const D = dict(locale);
  const calc = `${D.calculation}${D.colon}${formulaText(f.formula)}`;
  return note ? `${calc}${D.listSep}${note}` : calc;
}

/** The figure's status: kind and confidence, said once when both are "derived". */
export function statusOf(f: Figure, locale: Locale): string {
  const D = dict(locale);
  if (f.kind === 'derived' && f.confidence === 'derived') return D.kind['derived'] ?? f.kind;
  return `${D.kind[f.kind] ?? f.kind}, ${D.confidence[f.confidence] ?? f.confidence}`;
}

/** What the value is per, in the locale (`par an`, `per 1,000 inferences`); empty when not per anything. */
export function perOf(f: Figure, locale: Locale): string {
  if (!f.per) return '';
  const D = dict(locale);
  return fill(D.perPhrase, { what: D.per[f.per] ?? f.per });
}
