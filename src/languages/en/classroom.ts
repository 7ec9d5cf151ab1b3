import { enClassroom, type ClassroomStrings } from '../../ui/strings/en-classroom.ts';

/** The labels of classroom mode in English. */
export const classroomStrings: ClassroomStrings = enClassroom;
