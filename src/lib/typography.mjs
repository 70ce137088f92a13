// Runtime: both (Node at build time, browser).
/**
 * French typography for text we write: a no-break space before « : » and a narrow no-break space (U+202F) before
 * ; ! ? and inside « », so that punctuation never starts a line; narrow no-break spaces in numbers and before units. Applied to chart texts at build time and, through
 * `<Typography>`, to the rendered story (Astro 7's MDX pipeline runs no rehype plugins).
 */

/**
 * Fixes the spaces around French high punctuation in a string, and in numbers (see {@link frenchNumbers}). Leaves
 * text without such spaces unchanged (URLs, times like 14:00).
 * @param {string} s
 * @returns {string}
 */
export function frenchSpacing(s) {
  return frenchNumbers(s)
    .replace(/[ \u00a0\u202f]+:(?=\s|$)/g, '\u00a0:')
    .replace(/[ \u00a0\u202f]+([;!?])/g, '\u202f$1')
    .replace(/«[ \u00a0\u202f]*/g, '«\u202f')
    .replace(/[ \u00a0\u202f]*»/g, '\u202f»');
}

/**
 * French number spacing for text typed by hand (seed notes, claims, chart words): a narrow no-break space (U+202F)
 * between digit groups (`1 000` → `1 000`) and between a number and the unit after it (`22 Wh`, `415 TWh`, `1,5 %`,
 * `35 M$`), as `formatNumber` writes figures. Years and other four-digit numbers are left alone.
 * @param {string} s
 * @returns {string}
 */
export function frenchNumbers(s) {
  return s
    .replace(/(?<![\d.,\p{L}])(\d{1,3})((?:[ \u00a0]\d{3})+)(?!\d)/gu, (_, head, groups) => head + groups.replace(/[ \u00a0]/g, '\u202f'))
    .replace(/(\d)[ \u00a0](?=(?:[kMGT]?Wh|[kMG]W|Mt|kt|Gt|t|kg|g|%|M\$|Md\$|\$|€|tCO2e?|MtCO2e?)(?![\p{L}\d]))/gu, '$1\u202f');
}

/**
 * Keeps a glossary term (`<button class="term">…</button><span class="term-pop" popover>…</span>`, see Term.astro) on
 * the line of the characters typed against it: `l’` or `(` before, `)` `,` `.` after. Wraps them with the term in
 * `<span class="term-nobr">` (white-space: nowrap), since a line may otherwise break on either side of a button.
 * @param {string} html rendered HTML
 * @returns {string}
 */
export function bindTerms(html) {
  const parts = html.split(/(<[^>]+>)/);
  for (let i = 0; i < parts.length; i++) {
    if (!/^<button\b[^>]*\bclass="term"/.test(parts[i])) continue;
    // The term ends with its popover's closing tag.
    let j = i + 1;
    while (j < parts.length && parts[j] !== '</button>') j++;
    if (!/^<span\b[^>]*\bclass="term-pop"/.test(parts[j + 2] ?? '')) continue;
    let depth = 0;
    let k = j + 2;
    for (; k < parts.length; k++) {
      if (/^<span\b/.test(parts[k])) depth++;
      else if (parts[k] === '</span>' && --depth === 0) break;
    }
    const before = i > 0 && !parts[i - 1].startsWith('<') ? /\S+$/.exec(parts[i - 1]) : null;
    const after = k + 1 < parts.length && !parts[k + 1].startsWith('<') ? /^[^\s\p{L}\d]+/u.exec(parts[k + 1]) : null;
    if (!before && !after) continue;
    if (before) parts[i - 1] = `${parts[i - 1].slice(0, before.index)}<span class="term-nobr">${before[0]}`;
    else parts[i] = `<span class="term-nobr">${parts[i]}`;
    if (after) parts[k + 1] = `${after[0]}</span>${parts[k + 1].slice(after[0].length)}`;
    else parts[k] = `${parts[k]}</span>`;
    i = k;
  }
  return parts.join('');
}
