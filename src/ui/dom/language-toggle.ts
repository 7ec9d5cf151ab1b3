import { LANGUAGES, LANGUAGE_NAMES, LANGUAGE_WORD, type Language } from '../../core/settings/language.ts';
import { el } from './el.ts';

/**
 * "English / Español": two buttons (the group is named "Language / Idioma"), each named in its own language and
 * marked with its `lang`, the current one pressed. `choose` hears the current one too (the kiosk begins on it).
 * Buttons, so keyboard and touch work alike; each is at least the project's target height.
 */
export function languageToggle(
  current: Language,
  hint: string,
  choose: (lang: Language) => void,
  id = 'language-toggle',
): HTMLElement {
  const buttons = LANGUAGES.map((lang) => {
    const button = el(
      'button',
      { attrs: { type: 'button', lang, 'aria-pressed': String(lang === current), 'data-lang': lang } },
      LANGUAGE_NAMES[lang],
    );
    button.addEventListener('click', () => choose(lang));
    return button;
  });
  return el(
    'div',
    { className: 'language-toggle', id },
    el(
      'div',
      {
        className: 'language-buttons',
        attrs: {
          role: 'group',
          'aria-label': [current, ...LANGUAGES.filter((l) => l !== current)].map((l) => LANGUAGE_WORD[l]).join(' / '),
        },
      },
      ...buttons,
    ),
    el('p', { className: 'language-hint' }, hint),
  );
}
