// The one plain button of the interface: a label, a click handler, and optionally an id and the primary style.
// Never a submit button (type="button"), so it does nothing inside a form but what its handler does.

export function button(
  label: string,
  onClick: () => void,
  options: { id?: string; primary?: boolean } = {},
): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.textContent = label;
  if (options.id) node.id = options.id;
  if (options.primary) node.className = 'primary';
  node.addEventListener('click', onClick);
  return node;
}
