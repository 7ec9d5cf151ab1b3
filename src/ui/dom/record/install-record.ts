import type { Feature } from '../../../app/app-context.ts';
import type { Language } from '../../../core/settings/language.ts';
import { enRecord, type RecordStrings } from '../../strings/en-record.ts';
import { esRecord } from '../../strings/es-record.ts';
import { button } from '../button.ts';

/** The Record (archive) from the reader bar at any time; the debrief at the end of the story. */
const TABLES: Readonly<Record<Language, RecordStrings>> = { en: enRecord, es: esRecord };

export const installRecord: Feature = (context) => {
  const t = TABLES[context.lang];
  let panels: Promise<import('./record-panels.ts').RecordPanels> | null = null;
  const load = () => (panels ??= import('./record-panels.ts').then(({ RecordPanels }) => new RecordPanels(t, context.lang)));
  const game = () => context.controller.currentFrame?.game;

  context.readerBar.append(
    button(t.archiveButton, () => {
      const current = game();
      if (current) void load().then((p) => p.openArchive(current));
    }, { id: 'open-archive' }),
  );
  context.controller.addEndingAction(t.debriefButton, (frame) => void load().then((p) => p.openDebrief(frame.game)));
};
