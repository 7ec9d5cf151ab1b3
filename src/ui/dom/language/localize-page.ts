import { languageInfo, type Language } from '../../../core/settings/language.ts';
import type { Strings } from '../../strings/en.ts';

/**
 * index.html is written in English (it is what shows before any script runs). At boot the page is rewritten in the
 * chosen language: `<html lang>` and `dir` (from the registry), the title page's text and the landmarks' names.
 * Text only: nothing is parsed.
 */
export function localizePage(doc: Document, lang: Language, strings: Strings): void {
  doc.documentElement.lang = lang;
  doc.documentElement.dir = languageInfo(lang).dir;
  const t = strings.page;
  const text = (selector: string, value: string) => {
    const node = doc.querySelector(selector);
    if (node) node.textContent = value;
  };
  const label = (selector: string, value: string) => doc.querySelector(selector)?.setAttribute('aria-label', value);
  text('.skip-link', t.skipToStory);
  text('#title-screen .kicker', t.kicker);
  text('#title-screen .subtitle', t.subtitle);
  text('#begin', strings.begin);
  text('#loading', strings.loading);
  label('#title-menu', t.mainMenu);
  label('#reader', t.story);
  label('#story', t.storyText);
  label('#choices', t.yourChoices);
  doc.querySelector('meta[name="description"]')?.setAttribute('content', t.description);
  const note = doc.querySelector('#title-screen .content-note');
  if (note) {
    const lead = doc.createElement('strong');
    lead.textContent = t.contentNoteLead;
    note.replaceChildren(lead, doc.createTextNode(t.contentNote));
  }
}
