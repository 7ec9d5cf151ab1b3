import { registerTap } from '../../../core/kiosk/tap-sequence.ts';

/** The staff corner: five taps in this square at the top left, each within 2 s of the last (tap-sequence.ts). */
export const CORNER_PX = 96;

/** Whether a point is in the staff corner (the attract screen does not begin a visit for a tap there). */
export function inStaffCorner(x: number, y: number): boolean {
  return x <= CORNER_PX && y <= CORNER_PX;
}

/**
 * Watches the whole window for the hidden staff gesture and calls `open` when it is made. Taps are read from the
 * window in the capture phase, so whatever lies under the corner (the attract screen, the reader bar, the picture,
 * an open dialog's backdrop) can neither swallow nor stop them, and mouse, pen and touch all arrive as pointerdown.
 * Each tap is timed by the event's own timeStamp (when the finger came down), not by when the page got round to
 * handling it: a busy page (a visit starting after the first tap) cannot push five quick taps apart. Returns a
 * function that stops watching.
 */
export function watchStaffGesture(
  win: Window,
  open: () => void,
  /** When a tap happened (ms): the event's timeStamp; tests on fake time pass their own clock. */
  timeOf: (event: Event) => number = (event) => event.timeStamp,
): () => void {
  let taps: number[] = [];
  const onDown = (event: PointerEvent): void => {
    if (!inStaffCorner(event.clientX, event.clientY)) return;
    const { recent, triggered } = registerTap(taps, timeOf(event));
    taps = recent;
    if (triggered) open();
  };
  win.addEventListener('pointerdown', onDown, { capture: true });
  return () => win.removeEventListener('pointerdown', onDown, { capture: true });
}
