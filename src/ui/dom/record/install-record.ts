import type { Feature } from '../../../app/app-context.ts';
import type { Language } from '../../../core/settings/language.ts';
import { enRecord, type RecordStrings } from '../../strings/en-record.ts';
import { esRecord } from '../../strings/es-record.ts';
import { lazyPart } from '../lazy-part.ts';
import { menuButton } from '../panel.ts';

/** The Record (archive) from the reader bar at any time; the debrief at the end of the story. */
const TABLES: Readonly<Record<Language, RecordStrings>> = { en: enRecord, es: esRecord };

export const installRecord: Feature = (context) => {
  const t = TABLES[context.lang];
  // Its own chunk, loaded on first use; a chunk gone after a redeploy is said plainly with a Reload button.
  const panels = () => import('./record-panels.ts').then(({ RecordPanels }) => new RecordPanels(t, context.lang));
  const load = lazyPart(panels, 'record', {
    notices: context.notices,
    message: context.strings.partMissing,
    reloadLabel: context.strings.reloadPage,
    reload: () => window.location.reload(),
  });
  const game = () => context.controller.currentFrame?.game;

  context.readerBar.append(
    menuButton(t.archiveButton, () => {
      const current = game();
      if (current) void load().then((p) => p?.openArchive(current));
    }, { id: 'open-archive' }),
  );
  context.controller.addEndingAction(t.debriefButton, (frame) => void load().then((p) => p?.openDebrief(frame.game)));
};
