// Runtime: both
/**
 * Addresses of a chart's scene files, written at build time beside each edition (src/pages/[locale]/scenes/):
 * - `/<locale>/scenes/<chart>.html`: every step in both layouts as build-time SVGs (`svg[data-scene-for]`), fetched
 *   by the story's live chart when its section comes near;
 * - `/<locale>/scenes/<chart>/<n>.svg` and `<n>-compact.svg`: one step as a light image, the step's figure where the
 *   live chart does not run (JavaScript off, print, short landscape screens).
 */
import type { Locale } from '../i18n/locales';

/** Path of a chart's scene fragment, e.g. `/fr/scenes/microsoft-emissions.html`. */
export const sceneFragmentPath = (locale: Locale, chart: string): string => `/${locale}/scenes/${chart}.html`;

/** Path of one step's scene image (n 1-based), e.g. `/fr/scenes/microsoft-emissions/3-compact.svg`. */
export const sceneImagePath = (locale: Locale, chart: string, n: number, variant: 'regular' | 'compact'): string =>
  `/${locale}/scenes/${chart}/${n}${variant === 'compact' ? '-compact' : ''}.svg`;
