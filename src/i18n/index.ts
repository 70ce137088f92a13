/**
 * Interface strings, one dictionary per locale. Every string the interface shows comes from here, so that an English
 * edition needs no restructuring. `t(locale, key)` throws on an unknown key at build time.
 */
import type { Locale } from './locales';
import fr from './fr';
import en from './en';

export type Dict = typeof fr;
/** Keys whose value is a plain string. */
export type UiKey = { [K in keyof Dict]: Dict[K] extends string ? K : never }[keyof Dict];
const DICTS: Record<Locale, Dict> = { fr, en };

/** The string for `key` in `locale`. @throws Error on an unknown key */
export function t(locale: Locale, key: UiKey): string {
  const v = DICTS[locale][key];
  if (v === undefined) throw new Error(`Missing UI string "${key}" for locale "${locale}"`);
  return v;
}

/** Locales that are built: the French edition (first) and the English one. */
export const BUILT_LOCALES: readonly Locale[] = ['fr', 'en'];

/** The other edition of a page (the language switch, hreflang alternates). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'fr' ? 'en' : 'fr';
}

/** `template` with each `{name}` replaced by `values[name]` (left as is when absent). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** The whole dictionary of a locale (for nested maps such as table headers). */
export function dict(locale: Locale): Dict {
  return DICTS[locale];
}
