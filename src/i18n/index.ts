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

/** Locales that are built. The English edition will be added here. */
export const BUILT_LOCALES: readonly Locale[] = ['fr'];

/** The whole dictionary of a locale (for nested maps such as table headers). */
export function dict(locale: Locale): Dict {
  return DICTS[locale];
}
