import { el } from '../el.ts';

/** How long the button must be held: long enough that no tap, click or key press goes on by accident. */
export const HOLD_MS = 1500;

export interface HoldButtonOptions {
  readonly label: string;
  /** Said while the button is held (a live status), so a screen reader knows to keep holding. */
  readonly holding: string;
  readonly onHeld: () => void;
  readonly holdMs?: number;
  /** Timers, injectable for tests. */
  readonly setTimer?: (run: () => void, ms: number) => number;
  readonly clearTimer?: (id: number) => void;
}

/**
 * A button that acts only when held down: a pointer pressed on it, or Space or Enter held while it has focus, for
 * `holdMs` without letting go. A click, a tap, a key pressed and released, Escape: none of them acts. The fill shows
 * how long is left (the stylesheet animates it over --hold-ms; reduced motion shows it filled at once).
 */
export function holdButton(options: HoldButtonOptions): HTMLButtonElement {
  const holdMs = options.holdMs ?? HOLD_MS;
  const setTimer = options.setTimer ?? ((run, ms) => window.setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((id) => window.clearTimeout(id));
  const status = el('span', { className: 'hold-status', attrs: { role: 'status' } });
  const button = el(
    'button',
    { className: 'primary hold-button', attrs: { type: 'button', 'data-action': 'hold' } },
    el('span', { className: 'hold-fill', attrs: { 'aria-hidden': 'true' } }),
    el('span', { className: 'hold-label' }, options.label),
    status,
  );
  button.style.setProperty('--hold-ms', `${holdMs}ms`);
  let timer: number | null = null;

  const start = () => {
    if (timer !== null) return;
    button.dataset['holding'] = 'true';
    status.textContent = options.holding;
    timer = setTimer(() => {
      timer = null;
      stop();
      options.onHeld();
    }, holdMs);
  };
  const stop = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
    delete button.dataset['holding'];
    status.textContent = '';
  };

  button.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    button.focus({ preventScroll: true });
    if (button.setPointerCapture && event.pointerId !== undefined) {
      try {
        button.setPointerCapture(event.pointerId);
      } catch {
        // a synthetic pointer has no capture; the up and leave events still stop the hold
      }
    }
    start();
  });
  for (const type of ['pointerup', 'pointercancel', 'pointerleave', 'lostpointercapture', 'blur'])
    button.addEventListener(type, stop);
  button.addEventListener('contextmenu', (event) => event.preventDefault()); // a long press on a touch screen
  button.addEventListener('keydown', (event) => {
    if (event.key !== ' ' && event.key !== 'Enter') return;
    event.preventDefault(); // no click: a key pressed and let go does nothing
    if (!event.repeat) start();
  });
  button.addEventListener('keyup', (event) => {
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      stop();
    }
  });
  // A click alone (a tap, a screen reader's activation, a key released) never acts: only the held timer does.
  button.addEventListener('click', (event) => event.preventDefault());
  return button;
}
