/**
 * French typography for text we write: a no-break space before « : » and a narrow no-break space (U+202F) before
 * ; ! ? and inside « », so that punctuation never starts a line. Applied to chart texts at build time and, through
 * `<Typography>`, to the rendered story (Astro 7's MDX pipeline runs no rehype plugins).
 */

/**
 * Fixes the spaces around French high punctuation in a string. Leaves text without such spaces unchanged
 * (URLs, times like 14:00).
 * @param {string} s
 * @returns {string}
 */
export function frenchSpacing(s) {
  return s
    .replace(/[ \u00a0\u202f]+:(?=\s|$)/g, '\u00a0:')
    .replace(/[ \u00a0\u202f]+([;!?])/g, '\u202f$1')
    .replace(/«[ \u00a0\u202f]*/g, '«\u202f')
    .replace(/[ \u00a0\u202f]*»/g, '\u202f»');
}
