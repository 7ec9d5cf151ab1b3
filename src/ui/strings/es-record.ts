import { formatRecordDate } from '../dom/record/format-date.ts';
import type { RecordStrings } from './en-record.ts';

/** Strings of the archive ("El registro") and the debrief in Spanish (Mexico). Same type as the English table. */
export const esRecord: RecordStrings = {
  archiveTitle: 'El registro',
  close: 'Cerrar',
  tabsLabel: 'Secciones del registro',
  happened: 'Lo que pasó',
  happenedIntro:
    'Los hechos que has vivido hasta ahora, tal como los cuentan los historiadores. El pasado se puede releer aquí, no cambiar.',
  nothingYet: 'Todavía no hay nada en el registro: sigue leyendo.',
  disputed: 'Puntos en disputa',
  disputedIntro:
    'Donde las fuentes no coinciden, se muestran todas las versiones con sus fuentes. El juego no toma partido.',
  sourcesTab: 'Fuentes',
  sourcesIntro: 'Todas las fuentes citadas en la historia hasta ahora.',
  invented: 'Lo que inventamos',
  confidence: {
    solid: 'Firme: lo confirman fuentes independientes',
    disputed: 'En disputa: las fuentes no coinciden',
    unclear: 'Incierto: una sola fuente o un detalle sin confirmar',
  },
  sourcesLabel: 'Fuentes:',
  versionsLabel: 'Las versiones:',
  debriefTitle: 'Tu balance',
  debriefIntro: 'Lo que hiciste, junto a lo que dice el registro.',
  // "El camionero" is a title on its own; inside a sentence its article is lower case.
  youPlayed: (role: string) => `Jugaste como ${role.replace(/^(El|La|Los|Las) /, (article) => article.toLowerCase())}.`,
  roleBasis: 'En quiénes se basa este papel:',
  chronicleTitle: 'Lo que pasó',
  chronicleComplete: 'Tu historia pasó por todos los hechos del registro, en orden.',
  notReached: 'No formó parte de tu partida:',
  attemptsTitle: 'Lo que intentaste cambiar, y por qué pasó de todos modos',
  attemptsNone:
    'No intentaste cambiar lo que pasó. Muchos de los guardias de verdad sí lo intentaron: consulta en el registro el debate sobre la seguridad.',
  viewsTitle: 'Tu opinión sobre los puntos en disputa',
  viewsNone:
    'No tomaste postura sobre los puntos en disputa. Los historiadores todavía discuten sobre ellos: consulta el registro.',
  yourView: 'Tu opinión:',
  matchesYou: 'coincide con tu opinión',
  consensus: 'Lo que piensa la mayoría de los historiadores:',
  earlierViews: 'Antes pensabas:',
  securityTitle: 'La seguridad de la casa',
  securityIntro: (inPlace: number, total: number) =>
    `${inPlace} de tus ${total} propuestas posibles estaban en marcha al final.`,
  securityHeaders: ['Medida', 'En tu historia', 'En realidad, 24 de mayo', 'En realidad, 20 de agosto'],
  inPlace: { yes: 'sí', no: 'no', partly: 'en parte', unclear: 'no se sabe' },
  neverAdopted: 'Nunca se adoptaron, aunque alguien las propusiera:',
  print: 'Imprimir',
  saveFile: 'Guardar como archivo',
  fileName: 'avenida-viena-balance.txt',
  chapterNames: {},
  formatDate: (date: string) => formatRecordDate(date, 'es'),
};
