import { languageDisplayName } from './language-display-name.ts';
import type { KioskStaffStrings, KioskVisitorStrings } from './en-kiosk.ts';

/** Visitor-facing kiosk strings in Spanish (Mexico), shown beside the English ones. */
export const esKiosk: KioskVisitorStrings = {
  attractLabel: 'Avenida Viena, 1940: toca la pantalla para comenzar',
  touchToBegin: 'Toca para comenzar',
  attractLines: [
    'Eres un joven guardia voluntario en la casa de León Trotsky.',
    'Detrás de estos muros vive una familia bajo amenaza.',
    'La madrugada del 24 de mayo de 1940: hombres armados asaltan la casa.',
    '20 de agosto de 1940: un visitante de confianza llega al estudio.',
    'Unos diez minutos. Tus decisiones. La historia no cambia.',
  ],
  warningTitle: '¿Sigues ahí?',
  warningBody: 'Toca en cualquier lugar para seguir jugando.',
  warningCountdown: (seconds: number) =>
    seconds === 1
      ? 'La historia vuelve a empezar en 1 segundo.'
      : `La historia vuelve a empezar en ${seconds} segundos.`,
  stillHere: 'Sigo aquí',
};

/**
 * El panel del personal en español de México: el personal del museo lo lee en español primero (issue 12). Same
 * shape as enKioskStaff; tests/unit/kiosk/staff-strings.test.ts checks every key.
 */
export const esKioskStaff: KioskStaffStrings = {
  title: 'Personal del museo',
  close: 'Cerrar',
  pinPrompt: 'Escriba el NIP del personal',
  pinEntered: (n: number) => (n === 0 ? 'Ningún dígito' : n === 1 ? '1 dígito' : `${n} dígitos`),
  clear: 'Borrar',
  enter: 'Entrar',
  wrongPin: 'Ese NIP no es correcto.',
  locked: (seconds: number) => `Demasiados NIP incorrectos. Vuelva a intentarlo en ${seconds} s.`,
  uptime: 'Tiempo con la página abierta',
  sessionsServed: 'Visitas desde que se cargó la página',
  started: 'Visitas iniciadas (en este equipo)',
  finished: 'Visitas que llegaron al final',
  medianLength: 'Duración mediana de la visita (todos los días)',
  noVisitsYet: 'todavía no hay visitas',
  errors: 'Errores registrados',
  memory: 'Memoria de JavaScript en uso',
  memoryUnknown: 'este navegador no la informa',
  since: 'Contando desde',
  idleWarning: 'Aviso tras (segundos sin tocar la pantalla)',
  idleCountdown: 'Cuenta regresiva antes de reiniciar (segundos)',
  reloadEvery: 'Recarga programada cada tantas visitas',
  volume: 'Volumen máximo (por ciento)',
  less: 'Menos',
  more: 'Más',
  resetCounts: 'Poner los conteos en cero',
  reloadNow: 'Recargar ahora',
  closeExhibit: 'Cerrar la exhibición',
  closeRefused:
    'El navegador no cerró esta ventana. Ciérrela con Alt+F4 en un teclado o detenga el servicio del kiosco (vea docs/kiosk.md).',
  changePin: 'Cambiar el NIP',
  newPinPrompt: 'Escriba un NIP nuevo (de 4 a 8 dígitos)',
  pinChanged: 'El NIP se cambió.',
  pinInvalid: 'El NIP debe tener de 4 a 8 dígitos.',
  panelLanguage: 'Idioma de este panel',
  exportCsv: 'Exportar los conteos (CSV)',
  exported: (fileName: string) => `Se guardó en las descargas de este equipo como ${fileName}.`,
  csvFileName: (day: string) => `conteos-kiosco-${day}.csv`,
  csv: {
    header: ['fecha', 'dato', 'detalle', 'valor'],
    started: 'visitas iniciadas',
    finished: 'visitas que llegaron al final',
    errors: 'errores registrados',
    medianSeconds: 'duración mediana de la visita (segundos)',
    language: 'idioma elegido',
    stoppedAt: 'visitas que terminaron en',
    stopFinished: 'el final de la historia',
    stopNoBeat: 'antes del primer suceso del registro',
    languageName: (code: string) => languageDisplayName(code, 'es-MX'),
  },
};
