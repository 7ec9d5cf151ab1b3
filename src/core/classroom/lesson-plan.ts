import type { Telling } from '../game/game-state.ts';

/** The lesson plans of the teacher's guide: 45 minutes (the classroom cut of a chapter) or 90 (the full chapter). */
export const LESSON_PLANS = ['45', '90'] as const;
export type LessonPlan = (typeof LESSON_PLANS)[number];

/** Where the teacher's choice of plan is kept on this device (the classroom link can also carry it: `plan=90`). */
export const PLAN_KEY = 'classroom-plan';

/** The telling a chapter start uses in a plan: the 45-minute lesson has time for the cut, the 90-minute for all. */
export function tellingFor(plan: LessonPlan): Telling {
  switch (plan) {
    case '45':
      return 'cut';
    case '90':
      return 'full';
  }
}

const isPlan = (value: string | null): value is LessonPlan => value === '45' || value === '90';

/**
 * The plan in force: the classroom link's `plan=` first (a teacher can hand out a link for the 90-minute plan), then
 * the choice kept on this device, else the 45-minute plan (a lesson is most often one period). Anything else in the
 * link or the store is ignored, never an error.
 */
export function resolvePlan(linked: string | null, stored: string | null): LessonPlan {
  if (isPlan(linked)) return linked;
  return isPlan(stored) ? stored : '45';
}
