import type { KioskVisitorStrings } from '../../strings/en-kiosk.ts';
import type { Language } from '../../../core/settings/language.ts';
import { el } from '../el.ts';
import { languageToggle } from '../language-toggle.ts';

/** One language of the visitor screens; the kiosk shows every registry language at once, the first one first. */
export interface KioskLanguageLines {
  readonly lang: Language;
  readonly strings: KioskVisitorStrings;
}

/**
 * The class of a language's line: the first language's lines are the main ones; every other language's line has the
 * secondary style (`kiosk-line-es`, `kiosk-begin-es` in kiosk.css: named for Spanish, the first second language).
 */
export function secondary(index: number, base: string): string {
  return index === 0 ? base : `${base} ${base}-es`;
}

export interface AttractScreenOptions {
  /** The heading above the lines (place and title, one language: the title is a name). */
  readonly heading: { readonly kicker: string; readonly title: string };
  /** The registry languages' words, the first language first (KIOSK_VISITOR). */
  readonly languages: readonly KioskLanguageLines[];
  /** A touch anywhere on the attract screen, with where it landed (null from a keyboard or a script). */
  readonly onBegin: (at: { readonly x: number; readonly y: number } | null) => void;
  /** Called with 0, 1, 2… each `stepMs` while shown (the runtime changes the picture). */
  readonly onStep: (index: number) => void;
  readonly stepMs: number;
  /** The page's language, and what to do when the visitor picks the other one ("English / Español" buttons). */
  readonly language?: { readonly current: Language; readonly choose: (lang: Language) => void };
}

/**
 * The attract loop as DOM alone: title, a line of text in every language (English and Spanish) that changes
 * every step, and one large "Touch to begin / Toca para comenzar" button. The whole screen is the target.
 * Pictures, when Phaser has loaded, show through behind it (the runtime drives them from `onStep`); without them it
 * is still complete.
 */
export class AttractScreen {
  readonly element: HTMLElement;
  private readonly lines: readonly HTMLElement[];
  private timer: ReturnType<typeof setInterval> | null = null;
  private index = 0;
  private readonly onClick = (event: MouseEvent) => {
    // A keyboard's or a script's click has no pointer (pointerType '' in Chromium, detail 0 in others).
    const pointer = event.detail > 0 || ('pointerType' in event && event.pointerType !== '');
    this.options.onBegin(pointer ? { x: event.clientX, y: event.clientY } : null);
  };

  constructor(private readonly options: AttractScreenOptions) {
    const { heading, languages } = options;
    const attractLabel = languages[0]?.strings.attractLabel ?? heading.title;
    this.lines = languages.map(({ lang }, i) => el('p', { className: secondary(i, 'kiosk-line'), attrs: { lang } }));
    const label = languages.map((l) => l.strings.touchToBegin).join(' / ');
    const button = el(
      'button',
      { className: 'kiosk-begin', id: 'kiosk-begin', attrs: { type: 'button', 'aria-label': label } },
      ...languages.map(({ lang, strings }, i) =>
        el('span', { className: i === 0 ? undefined : 'kiosk-begin-es', attrs: { lang } }, strings.touchToBegin),
      ),
    );
    this.element = el(
      'section',
      { className: 'kiosk-attract', id: 'kiosk-attract', attrs: { 'aria-label': attractLabel } },
      el(
        'div',
        { className: 'kiosk-attract-card' },
        el('p', { className: 'kicker' }, heading.kicker),
        el('h1', { className: 'kiosk-title' }, heading.title),
        el('div', { className: 'kiosk-lines' }, ...this.lines),
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
    this.options.languages.forEach(({ strings }, i) => {
      const line = this.lines[i];
      if (line) line.textContent = strings.attractLines[this.index % strings.attractLines.length] ?? '';
    });
    this.options.onStep(this.index);
  }
}
