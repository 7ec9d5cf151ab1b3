/**
 * When a new version of the game (a waiting service worker) may take over the page. Issue 8 and pitfalls K9:
 * never in front of a visitor. In kiosk mode it applies at an idle reset (the visitor has gone and been wiped),
 * or when the attract loop has run untouched for ATTRACT_BACKSTOP_MS (a kiosk nobody visits still updates).
 * In the other modes the page never forces it: the browser's own rule (the new version on the next visit) holds.
 */
export type UpdateMoment = 'idle-reset' | 'attract' | 'visit';

export interface UpdateSituation {
  readonly kiosk: boolean;
  /** A new version is installed and waiting. */
  readonly waiting: boolean;
  readonly moment: UpdateMoment;
  /** How long the attract loop has been showing without a visit (ms; 0 outside the attract loop). */
  readonly attractForMs: number;
}

export const ATTRACT_BACKSTOP_MS = 30 * 60_000;

export function shouldApplyUpdate(situation: UpdateSituation): boolean {
  if (!situation.waiting || !situation.kiosk) return false;
  switch (situation.moment) {
    case 'idle-reset':
      return true;
    case 'attract':
      return situation.attractForMs >= ATTRACT_BACKSTOP_MS;
    case 'visit':
      return false;
  }
}
