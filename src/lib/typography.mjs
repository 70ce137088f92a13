/**
 * French typography for text we write: a no-break space before « : » and a narrow no-break space (U+202F) before
 * ; ! ? and inside « », so that punctuation never starts a line. Plain JavaScript so that astro.config.mjs can use
 * it in a rehype plugin for the MDX chapters.
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

/**
 * A rehype plugin applying {@link frenchSpacing} to the text of French MDX chapters (files under `content/fr/`),
 * except inside code.
 * @returns {(tree: any, file: any) => void}
 */
export function rehypeFrenchSpacing() {
  const walk = (node) => {
    if (node.type === 'text' && typeof node.value === 'string') node.value = frenchSpacing(node.value);
    if (node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre')) return;
    for (const child of node.children ?? []) walk(child);
  };
  return (tree, file) => {
    const path = String(file?.path ?? file?.history?.[0] ?? '');
    if (/[\\/]content[\\/]fr[\\/]/.test(path)) walk(tree);
  };
}
