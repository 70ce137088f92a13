/**
 * The URLs of each edition's pages, and how a page maps to the same page in the other edition (language switch,
 * hreflang alternates). The classroom view is `/fr/classe/` in French and `/en/classroom/` in English; every other
 * path is the same after the locale (`/fr/embed/<id>/` ↔ `/en/embed/<id>/`), and so are the anchors (step ids
 * `microsoft-emissions-3`, `chapitre-2`, `glossaire-<term>`), so a hash carries over as it is. Node and browser safe.
 */
import { LOCALES, type Locale } from './locales';

/** The classroom view's path segment per edition. */
export const CLASSROOM_SLUG: Record<Locale, string> = { fr: 'classe', en: 'classroom' };

/** `/fr/` */
export const storyPath = (locale: Locale) => `/${locale}/`;
/** `/fr/sources/` */
export const sourcesPath = (locale: Locale) => `/${locale}/sources/`;
/** `/fr/classe/`, `/en/classroom/` */
export const classroomPath = (locale: Locale) => `/${locale}/${CLASSROOM_SLUG[locale]}/`;

/**
 * The same page in edition `to`: `/fr/classe/` → `/en/classroom/`, `/fr/embed/x/` → `/en/embed/x/`, `/fr/sources/` →
 * `/en/sources/`. A path outside any edition (`/`, `/embed.js`) gives the edition's story.
 */
export function translatePath(pathname: string, to: Locale): string {
  const m = /^\/([a-z]{2})\/(.*)$/.exec(pathname);
  if (!m || !(LOCALES as readonly string[]).includes(m[1]!)) return storyPath(to);
  const [first = '', ...rest] = m[2]!.split('/');
  const isClassroom = LOCALES.some((l) => CLASSROOM_SLUG[l] === first);
  return `/${to}/${[isClassroom ? CLASSROOM_SLUG[to] : first, ...rest].join('/')}`;
}
