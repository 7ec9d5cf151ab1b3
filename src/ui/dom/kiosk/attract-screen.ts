import type { KioskVisitorStrings } from '../../strings/en-kiosk.ts';
import type { Language } from '../../../core/settings/language.ts';
import { el } from '../el.ts';
import { languageToggle } from '../language/language-toggle.ts';

export interface AttractScreenOptions {
  readonly en: KioskVisitorStrings & { readonly kicker: string; readonly title: string };
  readonly es: KioskVisitorStrings;
  /** A touch anywhere on the attract screen. */
  readonly onBegin: () => void;
  /** Called with 0, 1, 2… each `stepMs` while shown (the runtime changes the picture). */
  readonly onStep: (index: number) => void;
  readonly stepMs: number;
  /** The page's language, and what to do when the visitor picks the other one ("English / Español" buttons). */
  readonly language?: { readonly current: Language; readonly choose: (lang: Language) => void };
}

/**
 * The attract loop as DOM alone: title, a line of text in English and Spanish that changes every step, and one
 * large "Touch to begin / Toca para comenzar" button. The whole screen is the target. Pictures, when Phaser has
 * loaded, show through behind it (the runtime drives them from `onStep`); without them it is still complete.
 */
export class AttractScreen {
  readonly element: HTMLElement;
  private readonly lineEn: HTMLElement;
  private readonly lineEs: HTMLElement;
  private timer: ReturnType<typeof setInterval> | null = null;
  private index = 0;
  private readonly onClick = () => this.options.onBegin();

  constructor(private readonly options: AttractScreenOptions) {
    const { en, es } = options;
    this.lineEn = el('p', { className: 'kiosk-line', attrs: { lang: 'en' } });
    this.lineEs = el('p', { className: 'kiosk-line kiosk-line-es', attrs: { lang: 'es' } });
    const button = el(
      'button',
      { className: 'kiosk-begin', id: 'kiosk-begin', attrs: { type: 'button', 'aria-label': `${en.touchToBegin} / ${es.touchToBegin}` } },
      el('span', { attrs: { lang: 'en' } }, en.touchToBegin),
      el('span', { className: 'kiosk-begin-es', attrs: { lang: 'es' } }, es.touchToBegin),
    );
    this.element = el(
      'section',
      { className: 'kiosk-attract', id: 'kiosk-attract', attrs: { 'aria-label': en.attractLabel } },
      el('div', { className: 'kiosk-attract-card' },
        el('p', { className: 'kicker' }, en.kicker),
        el('h1', { className: 'kiosk-title' }, en.title),
        el('div', { className: 'kiosk-lines' }, this.lineEn, this.lineEs),
        button,
        options.language ? this.languageRow(options.language.current, options.language.choose) : null,
      ),
    );
    this.element.hidden = true;
    this.element.addEventListener('click', this.onClick);
  }

  /** The visitor's language choice: a tap on a language button never also counts as "touch to begin". */
  private languageRow(current: Language, choose: (lang: Language) => void): HTMLElement {
    const row = languageToggle(current, '', (lang) => choose(lang), 'kiosk-language');
    row.querySelector('.language-hint')?.remove();
    row.addEventListener('click', (event) => event.stopPropagation());
    return row;
  }

  get isShown(): boolean {
    return !this.element.hidden;
  }

  show(): void {
    this.index = 0;
    this.render();
    this.element.hidden = false;
    this.stop();
    this.timer = setInterval(() => {
      this.index += 1;
      this.render();
    }, this.options.stepMs);
  }

  hide(): void {
    this.stop();
    this.element.hidden = true;
  }

  dispose(): void {
    this.stop();
    this.element.removeEventListener('click', this.onClick);
    this.element.remove();
  }

  private stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private render(): void {
    const { en, es } = this.options;
    const n = en.attractLines.length;
    this.lineEn.textContent = en.attractLines[this.index % n] ?? '';
    this.lineEs.textContent = es.attractLines[this.index % es.attractLines.length] ?? '';
    this.options.onStep(this.index);
  }
}
