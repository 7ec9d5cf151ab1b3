import type { Feature } from '../../app/app-context.ts';
import { loadNotebookStrings, notebookLabelFor } from '../../languages/notebook-strings.ts';
import { button } from '../../ui/dom/button.ts';
import { lazyPart, pageReloadNotice } from '../../ui/dom/lazy-part.ts';

/** The notebook's key: Alt+N (a modifier, so no clash with 1–9 for choices and no single-key shortcut, WCAG 2.1.4). */
export const NOTEBOOK_SHORTCUT = 'Alt+N';

/**
 * The notebook from the reader bar (or its menu on narrow readers) and from Alt+N while reading. The panel, its
 * words and the record load on first use, not before the first text. Alt+N closes it again; it does nothing on the
 * title screen or while another dialog is open.
 */
export const installNotebook: Feature = (context) => {
  const { lang, strings, mode } = context;
  const load = lazyPart(
    () =>
      Promise.all([
        import('../../ui/dom/notebook/notebook-panel.ts'),
        loadNotebookStrings(lang),
        import('../../languages/record-for-language.ts').then(({ loadRecordFor }) => loadRecordFor(lang)),
      ]).then(
        ([{ NotebookPanel }, t]) =>
          new NotebookPanel(t, lang, strings.chapterNames, mode.entry === 'kiosk' ? 'kiosk' : 'full'),
      ),
    'notebook',
    pageReloadNotice(context.notices, strings),
  );
  const open = () => {
    const game = context.controller.currentFrame?.game;
    if (game)
      void load().then((panel) => {
        if (panel && !panel.isOpen) panel.open(game);
      });
  };
  const toggle = button(notebookLabelFor(lang).button, open, { id: 'open-notebook' });
  toggle.setAttribute('aria-keyshortcuts', NOTEBOOK_SHORTCUT);
  context.readerBar.append(toggle);

  document.addEventListener('keydown', (event) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.code !== 'KeyN') return;
    const notebook = document.getElementById('notebook');
    if (notebook instanceof HTMLDialogElement && notebook.open) {
      event.preventDefault();
      notebook.close();
      return;
    }
    if (document.querySelector('dialog[open]') || context.root.dataset['screen'] === 'title') return;
    event.preventDefault();
    open();
  });
};
