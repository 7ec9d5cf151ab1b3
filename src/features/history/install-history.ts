import type { Feature } from '../../app/app-context.ts';
import '../../styles/settings.css';
import { button } from '../../ui/dom/button.ts';
import { lazyPart, pageReloadNotice } from '../../ui/dom/lazy-part.ts';

/**
 * The History button in the reader bar: opens the backlog of this playthrough (session.transcript()). The dialog is
 * fetched the first time it opens, not before the first text.
 */
export const installHistory: Feature = (context) => {
  const load = lazyPart(
    () => import('../../ui/dom/history/history-panel.ts').then(({ HistoryPanel }) => new HistoryPanel(context.strings)),
    'history',
    pageReloadNotice(context.notices, context.strings),
  );
  const open = (): void => void load().then((panel) => panel?.open(context.session.transcript()));
  context.readerBar.append(button(context.strings.history.open, open, { id: 'open-history' }));
};
