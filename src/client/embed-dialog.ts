/**
 * The embed dialog's behaviour, one delegated listener for every "Intégrer" button of the page: `[data-embed-open=id]`
 * opens `<dialog id>` as a modal, `[data-embed-close]` or a click on the backdrop closes it (Escape is native),
 * `[data-copy=textarea-id]` copies the snippet (Clipboard API, else selects the text and uses execCommand) and says so
 * in the next `[data-copy-status]`.
 */
document.addEventListener('click', (e) => {
  const el = e.target as Element;
  const open = el.closest<HTMLElement>('[data-embed-open]');
  if (open) {
    const d = document.getElementById(open.dataset['embedOpen'] ?? '');
    if (d instanceof HTMLDialogElement && !d.open) d.showModal();
    return;
  }
  if (el instanceof HTMLDialogElement) return el.close(); // backdrop
  if (el.closest('[data-embed-close]')) return el.closest('dialog')?.close();
  const copy = el.closest<HTMLElement>('[data-copy]');
  if (!copy) return;
  const area = document.getElementById(copy.dataset['copy'] ?? '');
  if (!(area instanceof HTMLTextAreaElement)) return;
  const status = copy.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  const done = (ok: boolean) => {
    if (status) status.textContent = ok ? (status.dataset['copied'] ?? '✓') : '';
  };
  const fallback = () => {
    area.focus();
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      /* the text stays selected for Ctrl+C */
    }
    done(ok);
  };
  if (navigator.clipboard?.writeText) navigator.clipboard.writeText(area.value).then(() => done(true), fallback);
  else fallback();
});
