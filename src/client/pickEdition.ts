/**
 * Which edition a browser's languages ask for: the first of `languages` (BCP 47 tags, most preferred first, as
 * `navigator.languages`) whose primary language is one of the editions; French when none is.
 * @example pickEdition(['de-DE', 'en-US', 'fr']) === 'en'
 */
export function pickEdition(languages: readonly string[]): 'fr' | 'en' {
  for (const tag of languages) {
    const primary = String(tag).toLowerCase().split('-')[0];
    if (primary === 'fr' || primary === 'en') return primary;
  }
  return 'fr';
}
