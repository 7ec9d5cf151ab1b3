import { formatRecordDate } from '../dom/record/format-date.ts';
import type { Widen } from './widen.ts';

/** Strings of the archive ("The Record") and the debrief (English). */
export const enRecord = {
  archiveTitle: 'The Record',
  close: 'Close',
  tabsLabel: 'Sections of the record',
  happened: 'What happened',
  happenedIntro:
    'The events you have lived through so far, as historians tell them. The past can be reread here, not changed.',
  nothingYet: 'Nothing on the record yet: keep reading.',
  disputed: 'Disputed points',
  disputedIntro: 'Where the sources disagree, every version is shown with its sources. The game takes no side.',
  sourcesTab: 'Sources',
  sourcesIntro: 'Every source cited in the story so far.',
  invented: 'What we invented',
  confidence: {
    solid: 'Solid: agreed by independent sources',
    disputed: 'Disputed: sources disagree',
    unclear: 'Unclear: a single source or an unconfirmed detail',
  } as Record<string, string>,
  sourcesLabel: 'Sources:',
  versionsLabel: 'The versions:',
  debriefTitle: 'Your debrief',
  debriefIntro: 'What you did, beside what the record says.',
  youPlayed: (role: string) => `You played ${role.replace(/^The /, 'the ')}.`,
  roleBasis: 'Who this role is built from:',
  chronicleTitle: 'What happened',
  chronicleComplete: 'Your story passed every event on the record, in order.',
  notReached: 'Not part of your session:',
  attemptsTitle: 'What you tried to change, and why it happened anyway',
  attemptsNone:
    'You did not try to change what happened. Many of the real guards did: see the record of the security debate.',
  viewsTitle: 'Your views on disputed points',
  viewsNone: 'You did not take a view on the disputed points. Historians still argue about them: see the Record.',
  yourView: 'Your view:',
  matchesYou: 'matches your view',
  consensus: 'Where most historians stand:',
  earlierViews: 'Earlier you thought:',
  securityTitle: 'The house\u2019s security',
  securityIntro: (inPlace: number, total: number) =>
    `${inPlace} of your ${total} possible proposals were in place at the end.`,
  securityHeaders: ['Measure', 'In your story', 'Really, 24 May', 'Really, 20 August'] as const,
  inPlace: { yes: 'yes', no: 'no', partly: 'partly', unclear: 'unclear' } as Record<string, string>,
  neverAdopted: 'Never adopted, whatever anyone proposed:',
  print: 'Print',
  saveFile: 'Save as a file',
  fileName: 'avenida-viena-debrief.txt',
  chapterNames: {} as Record<string, string>,
  /** Record dates in this language's conventions ("24 May 1940"). */
  formatDate: (date: string) => formatRecordDate(date, 'en'),
};
export type RecordStrings = Widen<typeof enRecord>;
