import type { Feature } from '../../app/app-context.ts';

/**
 * The reader bar's menu button (index.html: #reader-menu-toggle before #reader-actions, where features put their
 * buttons): named in the game's language now; its behaviour (reader-menu.ts) loads on the first press, so it adds
 * nothing to the JavaScript that runs before the first text (the button shows only on narrow panels anyway).
 */
export const installReaderMenu: Feature = (context) => {
  const bar = context.root.querySelector<HTMLElement>('#reader-bar');
  const toggle = context.root.querySelector<HTMLButtonElement>('#reader-menu-toggle');
  const actions = context.root.querySelector<HTMLElement>('#reader-actions');
  if (!bar || !toggle || !actions) return;
  toggle.textContent = context.strings.page.menu;
  actions.setAttribute('role', 'group');
  actions.setAttribute('aria-label', context.strings.page.menu);
  toggle.addEventListener(
    'click',
    () => {
      void import('../../ui/dom/reader-bar/reader-menu.ts')
        .then(({ ReaderMenu }) => new ReaderMenu(bar, toggle, actions).open())
        .catch((error: unknown) => console.error('[reader menu] the menu could not start', error));
    },
    { once: true },
  );
};
