/**
 * Words of a text, lower-cased, accents and punctuation removed: how the copy check compares the story with the
 * article it checks (tests/unit/prose.test.ts, scripts/article-fingerprint.mjs).
 * @param {string} s
 * @returns {string[]}
 */
export function articleWords(s) {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}
