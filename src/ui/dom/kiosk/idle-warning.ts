import type { KioskVisitorStrings } from '../../strings/en-kiosk.ts';
import { el } from '../el.ts';

/**
 * "Are you still there? / ¿Sigues ahí?" with a large, visible countdown in seconds and one large button. It is
 * an alertdialog over everything; a touch anywhere (the runtime listens on the window) continues the visit.
 */
export class IdleWarning {
  readonly element: HTMLElement;
  private readonly seconds: HTMLElement;
  private readonly lineEn: HTMLElement;
  private readonly lineEs: HTMLElement;
  private shownSeconds = -1;

  constructor(
    private readonly en: KioskVisitorStrings,
    private readonly es: KioskVisitorStrings,
    onContinue: () => void,
  ) {
    this.seconds = el('p', { className: 'kiosk-seconds', attrs: { 'aria-hidden': 'true' } });
    this.lineEn = el('p', { className: 'kiosk-countdown', attrs: { lang: 'en' } });
    this.lineEs = el('p', { className: 'kiosk-countdown kiosk-line-es', attrs: { lang: 'es' } });
    const button = el('button', { className: 'kiosk-still-here primary', attrs: { type: 'button' } }, `${en.stillHere} / ${es.stillHere}`);
    button.addEventListener('click', onContinue);
    this.element = el(
      'div',
      { className: 'kiosk-warning', id: 'kiosk-warning', attrs: { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'kiosk-warning-title', 'aria-describedby': 'kiosk-warning-body' } },
      el('div', { className: 'kiosk-warning-card' },
        el('h2', { id: 'kiosk-warning-title' }, el('span', { attrs: { lang: 'en' } }, en.warningTitle), el('span', { className: 'kiosk-line-es', attrs: { lang: 'es' } }, es.warningTitle)),
        this.seconds,
        el('div', { id: 'kiosk-warning-body' }, el('p', { attrs: { lang: 'en' } }, en.warningBody), el('p', { className: 'kiosk-line-es', attrs: { lang: 'es' } }, es.warningBody), this.lineEn, this.lineEs),
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
    this.lineEn.textContent = this.en.warningCountdown(seconds);
    this.lineEs.textContent = this.es.warningCountdown(seconds);
  }

  hide(): void {
    this.element.hidden = true;
    this.shownSeconds = -1;
  }
}
