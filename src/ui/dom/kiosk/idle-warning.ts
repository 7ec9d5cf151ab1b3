import { el } from '../el.ts';
import type { KioskLanguageLines } from './attract-screen.ts';

/**
 * "Are you still there? / ¿Sigues ahí?" (every registry language, the first one first) with a large, visible
 * countdown in seconds and one large button. It is an alertdialog over everything; a touch anywhere (the runtime
 * listens on the window) continues the visit.
 */
export class IdleWarning {
  readonly element: HTMLElement;
  private readonly seconds: HTMLElement;
  private readonly countdowns: readonly HTMLElement[];
  private shownSeconds = -1;

  constructor(
    private readonly languages: readonly KioskLanguageLines[],
    onContinue: () => void,
  ) {
    this.seconds = el('p', { className: 'kiosk-seconds', attrs: { 'aria-hidden': 'true' } });
    this.countdowns = languages.map(({ lang }, i) =>
      el('p', { className: `kiosk-countdown${i === 0 ? '' : ' kiosk-line-es'}`, attrs: { lang } }),
    );
    const button = el(
      'button',
      { className: 'kiosk-still-here primary', attrs: { type: 'button' } },
      languages.map((l) => l.strings.stillHere).join(' / '),
    );
    button.addEventListener('click', onContinue);
    /** Every language after the first has the secondary style (kiosk.css). */
    const line = (i: number) => (i === 0 ? undefined : 'kiosk-line-es');
    this.element = el(
      'div',
      {
        className: 'kiosk-warning',
        id: 'kiosk-warning',
        attrs: {
          role: 'alertdialog',
          'aria-modal': 'true',
          'aria-labelledby': 'kiosk-warning-title',
          'aria-describedby': 'kiosk-warning-body',
        },
      },
      el(
        'div',
        { className: 'kiosk-warning-card' },
        el(
          'h2',
          { id: 'kiosk-warning-title' },
          ...languages.map(({ lang, strings }, i) =>
            el('span', { className: line(i), attrs: { lang } }, strings.warningTitle),
          ),
        ),
        this.seconds,
        el(
          'div',
          { id: 'kiosk-warning-body' },
          ...languages.map(({ lang, strings }, i) =>
            el('p', { className: line(i), attrs: { lang } }, strings.warningBody),
          ),
          ...this.countdowns,
        ),
        button,
      ),
    );
    this.element.hidden = true;
  }

  get isShown(): boolean {
    return !this.element.hidden;
  }

  /** Shows the warning (or updates it) with the time left, rounded up to whole seconds. */
  update(remainingMs: number): void {
    const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
    if (this.element.hidden) {
      this.element.hidden = false;
      this.element.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
    }
    if (seconds === this.shownSeconds) return;
    this.shownSeconds = seconds;
    this.seconds.textContent = String(seconds);
    this.languages.forEach(({ strings }, i) => {
      const countdown = this.countdowns[i];
      if (countdown) countdown.textContent = strings.warningCountdown(seconds);
    });
  }

  hide(): void {
    this.element.hidden = true;
    this.shownSeconds = -1;
  }
}
