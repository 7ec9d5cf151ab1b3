import type { KioskFirstStartStrings } from '../../ui/strings/kiosk-first-start.ts';

/** The staff panel's first start in English. */
export const kioskFirstStartStrings: KioskFirstStartStrings = {
  title: 'First start: choose the staff PIN',
  body:
    'This kiosk has no staff PIN yet, and no PIN opens this panel until you choose one. Choose 4 to 8 digits ' +
    'that are hard to guess (not 1940, the year in the title, and not 1111 or 1234). You will need it every time.',
  choosePrompt: 'Choose the staff PIN (4 to 8 digits)',
  confirmPrompt: 'Enter the same PIN again',
  mismatch: 'The two PINs were not the same. Start again.',
  guessable: 'That PIN is too easy to guess. Choose another.',
  pinSet: 'The PIN is set. Keep it somewhere safe: nobody can open this panel without it.',
};
