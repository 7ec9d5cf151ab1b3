import type { ClassroomStrings } from '../../ui/strings/en-classroom.ts';
import { esClassroom } from '../../ui/strings/es-classroom.ts';

/** The labels of classroom mode in Spanish. */
export const classroomStrings: ClassroomStrings = esClassroom;
