import type { MarksStrings } from '../marks-strings.ts';

export const marksStrings: MarksStrings = {
  setting: 'Show what is invented and sourced',
  invented: 'invented',
  inventedLine: 'invented line',
  source: 'source',
  sourceButton: (names) => `source: ${names.join('; ')}`,
  panelTitle: 'Where this line comes from',
  sourcesLabel: 'Sources',
  moreInRecord: 'Every source, with the events and the disputes, is in the Record.',
};
