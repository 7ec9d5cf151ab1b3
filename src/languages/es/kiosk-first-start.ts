import type { KioskFirstStartStrings } from '../../ui/strings/kiosk-first-start.ts';

/** El primer arranque del panel del personal, en español. */
export const kioskFirstStartStrings: KioskFirstStartStrings = {
  title: 'Primer arranque: elija el NIP del personal',
  body:
    'Este quiosco aún no tiene NIP del personal, y ningún NIP abre este panel hasta que usted elija uno. Elija de ' +
    '4 a 8 dígitos difíciles de adivinar (no 1940, el año del título, ni 1111 ni 1234). Lo necesitará cada vez.',
  choosePrompt: 'Elija el NIP del personal (de 4 a 8 dígitos)',
  confirmPrompt: 'Escriba el mismo NIP otra vez',
  mismatch: 'Los dos NIP no coinciden. Empiece de nuevo.',
  guessable: 'Ese NIP es demasiado fácil de adivinar. Elija otro.',
  pinSet: 'El NIP quedó guardado. Consérvelo en un lugar seguro: sin él nadie puede abrir este panel.',
};
