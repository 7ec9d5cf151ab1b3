import type { Feature } from '../../app/app-context.ts';
import { loadRecordStrings } from '../../languages/record-strings.ts';
import { loadNotebookStrings } from '../../languages/notebook-strings.ts';
import { button } from '../../ui/dom/button.ts';
import { lazyPart, pageReloadNotice } from '../../ui/dom/lazy-part.ts';

/**
 * The Record (archive) from the reader bar at any time; the debrief at the end of the story. The panels and their
 * labels in the page's language load the first time either opens (not before the first text).
 */
export const installRecord: Feature = (context) => {
  const { strings, lang, mode } = context;
  // Its own chunk with the labels, loaded on first use; a chunk gone after a redeploy is said plainly with a Reload
  // button, and the next press tries again.
  const load = lazyPart(
    () =>
      Promise.all([
        import('../../ui/dom/record/record-panels.ts'),
        loadRecordStrings(lang),
        loadNotebookStrings(lang),
      ]).then(([{ loadRecordPanels }, t, nt]) =>
        // with the record's own text and the invented page in the page's language (chunks of their own)
        loadRecordPanels(t, lang, {
          nt,
          chapterNames: strings.chapterNames,
          variant: mode.entry === 'kiosk' ? 'kiosk' : 'full',
        }),
      ),
    'record',
    pageReloadNotice(context.notices, strings),
  );
  const withPanels = (use: (p: import('../../ui/dom/record/record-panels.ts').RecordPanels) => void) =>
    void load().then((p) => {
      if (p) use(p);
    });
  const game = () => context.controller.currentFrame?.game;

  context.readerBar.append(
    button(
      strings.archiveButton,
      () => {
        const current = game();
        if (current) withPanels((p) => p.openArchive(current));
      },
      { id: 'open-archive' },
    ),
  );
  context.controller.addEndingAction(strings.debriefButton, (frame) => withPanels((p) => p.openDebrief(frame.game)));
};
