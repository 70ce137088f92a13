/**
 * The locale of the page being built, for components: taken from the route parameter `[locale]` (every page of an
 * edition lives under `src/pages/[locale]/`), never defaulted. A component rendered on a page without a locale, or
 * given a `locale` prop that disagrees with its page, fails the build with a message naming it.
 */
import { LOCALES, type Locale } from './locales';

/** What a component sees of `Astro`: the page's route parameters. */
export interface PageContext {
  params: Record<string, string | undefined>;
}

/** True when `s` is a locale code the code knows (`fr`, `en`). */
export function isLocale(s: unknown): s is Locale {
  return typeof s === 'string' && (LOCALES as readonly string[]).includes(s);
}

/**
 * The page's locale.
 * @param astro the component's `Astro` (its `params.locale` is the page's route parameter)
 * @param component the component's name, for the error message (`Fig`)
 * @param given an explicit `locale` prop, if the caller passed one (must match the page)
 * @throws Error `<Fig>: no locale …` when the page has no `[locale]` parameter and none was given, or when `given` is
 *   not a known locale or differs from the page's
 */
export function pageLocale(astro: PageContext, component: string, given?: unknown): Locale {
  const fromPage = astro.params['locale'];
  if (given !== undefined && !isLocale(given)) throw new Error(`<${component}>: unknown locale "${String(given)}" (known: ${LOCALES.join(', ')})`);
  if (fromPage !== undefined && !isLocale(fromPage)) throw new Error(`<${component}>: the page's locale "${fromPage}" is not one of ${LOCALES.join(', ')}`);
  if (given !== undefined && fromPage !== undefined && given !== fromPage) {
    throw new Error(`<${component}>: locale prop "${given}" differs from the page's locale "${fromPage}"`);
  }
  const locale = (given ?? fromPage) as Locale | undefined;
  if (!locale) throw new Error(`<${component}>: no locale (the page has no [locale] route parameter and none was passed); components never default to one`);
  return locale;
}
