import type { TeacherStrings } from '../teacher-strings.ts';
import { enTeacher } from '../../ui/strings/en-teacher.ts';

/** The teacher's entry, the reader menu's extra buttons, the holding pause and the presenter view in English. */
export const teacherStrings: TeacherStrings = enTeacher;
