import type { CodeProblem } from '../../core/codes/code-problem.ts';
import type { Widen } from './widen.ts';

/** Strings of classroom mode: the teacher's tools, the pause screen, the glossary and the class view (English). */
export const enClassroom = {
  close: 'Close',
  print: 'Print',
  // Title screen (classroom mode)
  startAtChapter: 'Start at a chapter',
  teacherGuide: "Teacher's guide",
  roleCards: 'Role cards',
  classView: 'Class view',
  glossary: 'Glossary',
  forTeachers: 'For the teacher',
  // Chapter start
  chapterStartTitle: 'Start at a chapter',
  chapterStartHelp:
    'Choose the role each group plays, then the chapter. A chapter started here begins with the house as it really was on that date and the background of the earlier chapters; the story pauses for discussion at the end of the chapter.',
  playAs: 'Play as',
  roleNames: { teamster: 'The Teamster', student: 'The Student', mexican: 'The Mexican comrade' } as Record<
    string,
    string
  >,
  start: (chapter: string) => `Start ${chapter}`,
  readingTime: (minutes: string) => `about ${minutes} minutes`,
  // Pause screen
  pauseTitle: 'A pause for discussion',
  pauseEnd: (chapter: string) => `End of ${chapter}`,
  pauseMore: 'More questions',
  pauseCompare: 'Compare the roles',
  continueStory: 'Continue',
  yourDebrief: 'Your debrief and result code',
  // Student debrief
  debriefTitle: 'Your debrief',
  debriefButton: 'Debrief',
  resultTitle: 'Your result code',
  resultHelp:
    'Give this code to your teacher, or save it as a file and hand the file in. It holds only your role, the chapters you played, your views on the two disputed points, what you tried to change and which defences you proposed, and your initials if you add them: no name and none of your writing.',
  initialsLabel: 'Your initials (optional, up to 3 letters)',
  initialsHelp: 'They go into the code so your teacher can tell your result from a classmate’s.',
  saveResult: 'Save the result code as a file',
  saveDebrief: 'Save the debrief as a file',
  reflectionTitle: 'Your reflection',
  reflectionHelp:
    'What surprised you? Whose account of events do you trust, and why? What would you ask someone who was there? Your text stays on this computer: it is printed and saved with your debrief, and never goes into the result code.',
  reflectionLabel: 'Your reflection (stays on this computer)',
  reflectionSaved: 'Kept on this computer.',
  reflectionNotSaved: 'This browser cannot keep your text after the page closes: print or save the debrief to keep it.',
  resultFileName: (code: string) => `avenida-viena-result-${code}.txt`,
  debriefFileName: 'avenida-viena-debrief.txt',
  resultFileText: (code: string, role: string, chapters: string) =>
    `Avenida Viena, 1940: class result\n\n${code}\n\nRole: ${role}\nChapters: ${chapters}\n\nOpen this file in the class view of the game, on the teacher's computer.\n`,
  chaptersPlayed: 'Chapters played:',
  noneYet: 'none yet',
  // Glossary
  glossaryTitle: 'Glossary',
  glossaryIntro:
    'Words of the period, in our own words, with the sources behind each definition. Words in the story with a dotted underline open their entry here.',
  glossaryLink: (term: string) => `${term}: open in the glossary`,
  sourcesLabel: 'Sources:',
  // Teacher's guide panel
  guideTitle: "Teacher's guide",
  guideSections: 'Sections of the guide',
  sections: { guide: 'Guide', roles: 'Role cards', glossary: 'Glossary', invented: 'What we invented and simplified' },
  // Class view
  classViewTitle: 'Class view',
  classViewHelp:
    "Paste the students' result codes (one per line, or any text that contains them), or open their result files. Everything is counted here, on this computer: nothing is sent anywhere.",
  pasteLabel: 'Result codes',
  filesLabel: 'Result files',
  showClass: 'Show the class',
  clearClass: 'Start again',
  nothingLoaded: 'No result codes yet.',
  students: (n: number) => (n === 1 ? '1 student' : `${n} students`),
  duplicates: (n: number) =>
    `${n === 1 ? 'One code was' : `${n} codes were`} given more than once, and every copy is counted: students whose ` +
    'games matched can share a code. If one student handed theirs in twice, remove the copy.',
  repeatedCode: (label: string, times: number) => `${label}: ${times} times`,
  handedInTitle: 'Results handed in (initials and number)',
  handedIn: (label: string, times: number) => (times === 1 ? label : `${label} (${times} times)`),
  textCut: (chars: number) =>
    `${chars.toLocaleString('en')} characters at the end were not read: paste or open them separately.`,
  readingFiles: (done: number, total: number) => `Reading ${done} of ${total} files…`,
  filesRead: (total: number) => (total === 1 ? '1 file read.' : `${total} files read.`),
  fileTooLarge: (name: string) => `${name} is too large to be a class's result file and was not read.`,
  rejectedTitle: 'Codes that could not be read',
  rolesTitle: 'Roles played',
  chaptersTitle: 'Chapters played',
  viewsTitle: (question: string) => question,
  noView: 'No view taken (chapter not played)',
  attemptsTitle: 'What students tried to change',
  proposalsTitle: 'Defences students proposed that were in place',
  countHeader: 'Students',
  itemHeader: 'Answer',
  fileUnreadable: (name: string) => `${name} could not be read.`,
  /** Why a result code was refused (the core's CodeProblem, worded here). */
  resultProblem: {
    'too-long': 'That is too long to be a result code.',
    'not-a-code': 'That does not look like a result code (it starts with AVC and has 15 letters and digits).',
    'bad-letter': 'That code has a letter that result codes never use.',
    'typing-mistake': 'That code has a typing mistake somewhere: check each character.',
    'other-version': 'That code was made by another version of the game.',
    'not-this-game': 'That code does not describe a playthrough of this game.',
  } satisfies Record<CodeProblem, string>,
};

export type ClassroomStrings = Widen<typeof enClassroom>;
