/**
 * Deferred data tables (DataTable.astro with `defer`): the table's markup waits as the text of a
 * `<noscript data-deferred>` inside its closed `<details class="data-table">`; the first time the disclosure opens, the
 * markup is parsed and put in place of the `<noscript>`. It is the page's own markup, written at build time; nothing
 * from the URL or another origin. (Until then, find-in-page does not see the table's words, as in a closed disclosure
 * before Chrome 97.)
 */

/** Replaces the deferred `<noscript>` of a table's disclosure by the table it holds; does nothing once done. */
export function expandTable(details: Element): void {
  const ns = details.querySelector(':scope > noscript[data-deferred]');
  if (!ns) return;
  const tpl = document.createElement('template');
  tpl.innerHTML = ns.textContent ?? '';
  ns.replaceWith(tpl.content);
}

// `toggle` does not bubble: listen in the capture phase, once for the whole page.
document.addEventListener(
  'toggle',
  (e) => {
    const d = e.target;
    if (d instanceof HTMLDetailsElement && d.open && d.classList.contains('data-table')) expandTable(d);
  },
  true,
);
