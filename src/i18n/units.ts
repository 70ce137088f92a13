/**
 * Unit words that are words, not symbols, per locale (`15 crédits`, `3 times`): used by the display units of
 * src/lib/format.ts. Node and browser safe, no dependency (chart code imports it).
 */
import type { Locale } from './locales';

export const UNIT_WORDS = {
  fr: { times: 'fois', credits: 'crédits', millionCredits: 'millions de crédits' },
  en: { times: 'times', credits: 'credits', millionCredits: 'million credits' },
} as const satisfies Record<Locale, Record<string, string>>;
