import type { TeacherStrings } from '../../languages/teacher-strings.ts';

/**
 * The teacher's entry, the reader menu's extra buttons, the holding pause and the presenter view in English (here, beside
 * the other English tables, so the pseudo-locale can be generated from it; src/languages/en/teacher.ts hands it out).
 */
export const enTeacher: TeacherStrings = {
  forTeachers: 'For teachers',
  forTeachersHint: 'Opens the classroom edition: the teacher’s guide, role cards, lesson plans and class view.',
  backToTitle: 'Title screen',
  teacherTools: 'Teacher’s tools',
  teacherToolsTitle: 'Teacher’s tools',
  close: 'Close',
  pauseWait: 'The teacher will tell you when to go on',
  pauseWaitHelp:
    'Stop here and talk about the question with your class. When your teacher says so, press and hold the button below until it fills.',
  holdToGoOn: 'Press and hold to go on',
  holdProgress: 'Keep holding…',
  backToPause: 'Waiting for the teacher: open the pause screen',
  planLegend: 'Lesson plan',
  plan45: '45 minutes: the classroom cut of each chapter',
  plan90: '90 minutes (or at home): the full chapter',
  planHelp: 'The choice is kept on this computer and in the classroom link.',
  contents: 'Contents',
  presenter: 'Presenter view',
  presenterTitle: 'Presenter view',
  presenterHelp:
    'For the projector. Paste the class’s result codes: everything is worked out on this computer and nothing is sent anywhere. Names you type are kept on this computer only.',
  presenterQuestion: 'The question',
  presenterChapter: 'Chapter',
  presenterClass: 'The class',
  presenterRoster: 'Who has finished',
  presenterRosterHelp:
    'Students add their initials to their result code. Type the class’s initials or first names, one a line, to see who has not handed in yet.',
  presenterPaste: 'Result codes',
  presenterPasteHelp: 'Paste the codes, one a line, or any text that contains them.',
  presenterAdd: 'Show on the screen',
  presenterClear: 'Clear the codes',
  presenterNames: 'Your class (initials or names)',
  presenterNamesHelp: 'One a line, for example “AB” or “Ana B.”: kept on this computer only.',
  presenterNoCodes: 'No result codes yet.',
  presenterFinished: 'Handed in',
  presenterNotYet: 'Not yet',
  presenterStudents: (count) => (count === 1 ? '1 student' : `${count} students`),
  presenterCompare: 'The class and the record',
  presenterRecordSays: 'Where historians stand',
  presenterClassSays: 'The class',
  presenterProposals: 'Defences the class proposed',
  presenterInPlace: 'In place by 20 August 1940',
  presenterInPlaceValues: { yes: 'yes', no: 'no', partly: 'partly', unclear: 'the sources do not say' },
  presenterNoView: 'No view taken',
  presenterOthers: 'Not on the list',
  presenterNoInitials: 'no initials',
  presenterRejected: (count) =>
    count === 1
      ? 'One piece of text could not be read as a code.'
      : `${count} pieces of text could not be read as codes.`,
  presenterPrevious: 'Previous chapter',
  presenterNext: 'Next chapter',
  presenterKeys: 'Keys: ← and → change the chapter.',
};
