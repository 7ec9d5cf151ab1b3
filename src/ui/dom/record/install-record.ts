import type { Feature } from '../../../app/app-context.ts';
import { loadRecordStrings } from '../../../languages/record-strings.ts';
import { menuButton } from '../panel.ts';

/**
 * The Record (archive) from the reader bar at any time; the debrief at the end of the story. The panels and their
 * labels in the page's language load the first time either opens (not before the first text).
 */
export const installRecord: Feature = (context) => {
  const { strings, lang } = context;
  let panels: Promise<import('./record-panels.ts').RecordPanels> | null = null;
  const load = () =>
    (panels ??= Promise.all([import('./record-panels.ts'), loadRecordStrings(lang)]).then(
      ([{ RecordPanels }, t]) => new RecordPanels(t, lang),
    ));
  /** Uses the panels once loaded; a failed load is logged and forgotten, so the next press tries again. */
  const withPanels = (use: (p: import('./record-panels.ts').RecordPanels) => void) =>
    void load().then(use, (error: unknown) => {
      panels = null;
      console.error('[record] the archive could not load', error);
    });
  const game = () => context.controller.currentFrame?.game;

  context.readerBar.append(
    menuButton(
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
