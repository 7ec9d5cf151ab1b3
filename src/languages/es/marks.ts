import type { MarksStrings } from '../marks-strings.ts';

export const marksStrings: MarksStrings = {
  setting: 'Mostrar lo inventado y sus fuentes',
  invented: 'inventado',
  inventedLine: 'línea inventada',
  source: 'fuente',
  sourceButton: (names) => `fuente: ${names.join('; ')}`,
  panelTitle: 'De dónde viene esta línea',
  sourcesLabel: 'Fuentes',
  moreInRecord: 'Todas las fuentes, con los hechos y las controversias, están en El registro.',
};
