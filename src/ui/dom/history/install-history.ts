import type { Feature } from '../../../app/app-context.ts';
import '../../../styles/settings.css';
import { button } from '../button.ts';
import { HistoryPanel } from './history-panel.ts';

/** The History button in the reader bar: opens the backlog of this playthrough (session.transcript()). */
export const installHistory: Feature = (context) => {
  const panel = new HistoryPanel(context.strings);
  context.readerBar.append(
    button(context.strings.history.open, () => panel.open(context.session.transcript()), { id: 'open-history' }),
  );
};
