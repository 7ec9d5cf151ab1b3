// A paragraph of plain text with an optional class (help lines, notes and warnings inside panels).

export function paragraph(text: string, className = ''): HTMLParagraphElement {
  const node = document.createElement('p');
  if (className) node.className = className;
  node.textContent = text;
  return node;
}
