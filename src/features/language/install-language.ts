import type { Feature } from '../../app/app-context.ts';
import { languageToggle } from '../../ui/dom/language-toggle.ts';
import { switchLanguage } from './switch-language.ts';
import '../../ui/dom/language/language.css';

/**
 * The language toggle on the title screen. Choosing the other language remembers it (not in kiosk mode, whose
 * storage is memory: there the attract screen lets each visitor choose) and reloads the game in that language.
 */
export const installLanguage: Feature = (context) => {
  const { lang, strings, settings } = context;
  const toggle = languageToggle(lang, strings.language.switching, (chosen) => {
    if (chosen !== lang) switchLanguage(chosen, settings);
  });
  context.titleMenu.after(toggle);
};
