/**
 * In-page lockdown for a public touch screen, best effort: the browser's kiosk flags (docs/kiosk.md) do the
 * rest. Blocks the context menu (also what a long press opens), text selection, dragging, pinch and ctrl-wheel
 * zoom, multi-finger gestures, and the keys that would leave or reload the page. Returns a function that removes
 * every listener it added.
 *
 * Keys that the browser never lets a page cancel (Ctrl+W, Ctrl+T, Ctrl+N, Alt+F4) are handled by `--kiosk` and by
 * the kiosk having no keyboard; they are listed here anyway so that a browser that does deliver them gets nothing.
 */
export function installLockdown(win: Window): () => void {
  const doc = win.document;
  const block = (event: Event): void => {
    if (event.cancelable) event.preventDefault();
  };
  const onKey = (event: KeyboardEvent): void => {
    if (isLeavingKey(event)) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
  const onTouch = (event: TouchEvent): void => {
    if (event.touches.length > 1 && event.cancelable) event.preventDefault();
  };
  const onWheel = (event: WheelEvent): void => {
    if (event.ctrlKey && event.cancelable) event.preventDefault();
  };
  const added: [EventTarget, string, EventListener, AddEventListenerOptions][] = [
    [doc, 'contextmenu', block, { capture: true }],
    [doc, 'selectstart', block, { capture: true }],
    [doc, 'dragstart', block, { capture: true }],
    [doc, 'gesturestart', block, { capture: true, passive: false }],
    [doc, 'gesturechange', block, { capture: true, passive: false }],
    [doc, 'touchstart', onTouch as EventListener, { capture: true, passive: false }],
    [doc, 'touchmove', onTouch as EventListener, { capture: true, passive: false }],
    [win, 'wheel', onWheel as EventListener, { capture: true, passive: false }],
    [win, 'keydown', onKey as EventListener, { capture: true }],
  ];
  for (const [target, type, listener, options] of added) target.addEventListener(type, listener, options);
  return () => {
    for (const [target, type, listener, options] of added) target.removeEventListener(type, listener, options);
  };
}

/** Keys that reload, navigate away, open tools, print, save, zoom or search. Pure, for tests. */
function isLeavingKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  const key = event.key;
  const mod = event.ctrlKey || event.metaKey;
  if (/^F([1-9]|1[0-2])$/.test(key)) return true; // F5 reload, F11 fullscreen, F12 tools, F1 help, F3 find, F6 address…
  if (event.altKey && (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home' || key === 'F4')) return true;
  if (
    key === 'BrowserBack' ||
    key === 'BrowserForward' ||
    key === 'BrowserRefresh' ||
    key === 'BrowserHome' ||
    key === 'BrowserSearch'
  )
    return true;
  if (mod && /^[a-z0-9+=\-_[\]]$/i.test(key)) return true; // Ctrl+R, W, T, N, L, P, S, O, F, H, J, U, I, zoom, tab switch…
  if (mod && event.shiftKey) return true; // Ctrl+Shift+I/J/C/Delete, reopen tab…
  return false;
}
