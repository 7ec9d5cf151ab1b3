import type { Feature } from '../../../app/app-context.ts';
import { ReaderMenu } from './reader-menu.ts';

/**
 * The reader bar's menu button (index.html: #reader-menu-toggle before #reader-actions, where features put their
 * buttons): named in the game's language, and working as a disclosure on narrow readers (reader-menu.ts).
 */
export const installReaderMenu: Feature = (context) => {
  const bar = context.root.querySelector<HTMLElement>('#reader-bar');
  const toggle = context.root.querySelector<HTMLButtonElement>('#reader-menu-toggle');
  const actions = context.root.querySelector<HTMLElement>('#reader-actions');
  if (!bar || !toggle || !actions) return;
  toggle.textContent = context.strings.page.menu;
  actions.setAttribute('role', 'group');
  actions.setAttribute('aria-label', context.strings.page.menu);
  new ReaderMenu(bar, toggle, actions);
};
