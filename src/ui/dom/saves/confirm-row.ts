/**
 * Asks before something that cannot be undone (overwrite, load over a game, delete, restart), inside the panel:
 * no window.confirm, which kiosks block and screen readers announce badly. The question replaces `host`'s
 * contents; focus goes to Cancel, so a second press of Enter never destroys anything.
 */
export function confirmInPlace(
  host: HTMLElement,
  question: string,
  labels: { readonly yes: string; readonly cancel: string },
  onYes: () => void,
  onCancel: () => void,
): void {
  const row = document.createElement('div');
  row.className = 'confirm-row';
  row.setAttribute('role', 'group');
  const text = document.createElement('p');
  text.id = `confirm-${Math.random().toString(36).slice(2, 10)}`;
  text.textContent = question;
  row.setAttribute('aria-labelledby', text.id);
  const yes = document.createElement('button');
  yes.type = 'button';
  yes.className = 'primary';
  yes.textContent = labels.yes;
  yes.addEventListener('click', onYes, { once: true });
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.textContent = labels.cancel;
  cancel.addEventListener('click', onCancel, { once: true });
  row.append(text, yes, cancel);
  host.replaceChildren(row);
  cancel.focus({ preventScroll: true });
}
