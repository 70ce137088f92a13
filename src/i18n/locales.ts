/**
 * The editions: locale codes and their BCP 47 language tags. The one place that lists them (formats, dictionaries,
 * routes and components import from here). Node and browser safe.
 */
export type Locale = 'fr' | 'en';
/** Every locale the code knows (the built ones are `BUILT_LOCALES` in `./index`). */
export const LOCALES: readonly Locale[] = ['fr', 'en'];
/** The BCP 47 tag used for `Intl` formats and `lang` attributes. */
export const LANGUAGE_TAG: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
