import type { NotebookLabel } from '../../ui/dom/notebook/notebook-strings.ts';

export const notebookLabel: NotebookLabel = { button: 'Notebook' };
