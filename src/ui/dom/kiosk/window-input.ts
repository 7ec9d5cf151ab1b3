/** What the kiosk hears from the window (all in the capture phase where order matters: nothing can stop them). */
export interface WindowInput {
  /** Any pointer coming down (touch, mouse, pen). */
  readonly touch: () => void;
  readonly key: () => void;
  /** A click landed (a warning kept up for the touch that dismissed it may go). */
  readonly click: () => void;
  /** An uncaught error or rejection (counted for the staff). */
  readonly error: () => void;
  /** Another tab on this profile changed storage (`key` null: it was cleared). */
  readonly storage: (key: string | null) => void;
}

/** Listens for the kiosk's window events; returns a function that removes every listener it added. */
export function watchWindow(win: Window, input: WindowInput): () => void {
  const capture = { capture: true };
  const onStorage = (event: Event) => input.storage(event instanceof StorageEvent ? event.key : null);
  const added: [string, EventListener, AddEventListenerOptions][] = [
    ['pointerdown', () => input.touch(), capture],
    ['keydown', () => input.key(), capture],
    ['click', () => input.click(), capture],
    ['error', () => input.error(), {}],
    ['unhandledrejection', () => input.error(), {}],
    ['storage', onStorage, {}],
  ];
  for (const [type, listener, options] of added) win.addEventListener(type, listener, options);
  return () => {
    for (const [type, listener, options] of added) win.removeEventListener(type, listener, options);
  };
}
