import type { KioskVisitorStrings } from './en-kiosk.ts';

/** Visitor-facing kiosk strings in Spanish (Mexico), shown beside the English ones. */
export const esKiosk: KioskVisitorStrings = {
  attractLabel: 'Avenida Viena, 1940: toca la pantalla para comenzar',
  touchToBegin: 'Toca para comenzar',
  attractLines: [
    'Eres un joven guardia voluntario en la casa de León Trotsky.',
    'Detrás de estos muros vive una familia bajo amenaza.',
    'La noche del 24 de mayo de 1940: hombres armados asaltan la casa.',
    '20 de agosto de 1940: un visitante de confianza llega al estudio.',
    'Unos diez minutos. Tus decisiones. La historia no cambia.',
  ],
  warningTitle: '¿Sigues ahí?',
  warningBody: 'Toca en cualquier lugar para seguir jugando.',
  warningCountdown: (seconds: number) => (seconds === 1 ? 'La historia vuelve a empezar en 1 segundo.' : `La historia vuelve a empezar en ${seconds} segundos.`),
  stillHere: 'Sigo aquí',
};
