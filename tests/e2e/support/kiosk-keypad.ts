import type { Page } from 'playwright-core';

/** The PIN the kiosk tests choose at first start (a kiosk has no default PIN). */
export const TEST_PIN = '2580';

/** Presses the staff keypad's buttons by their labels in one round trip: the digits, then the enter key. */
export const keypad = (page: Page, pin: string, enter = 'Enter') =>
  page.evaluate(
    (keys) => {
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('#kiosk-staff .kiosk-keypad button')];
      for (const key of keys) buttons.find((b) => b.textContent === key)?.click();
    },
    [...Array.from(pin), enter],
  );
