import type { WaitingUpdate } from '../../../app/service-worker-update.ts';
import { shouldApplyUpdate } from '../../../core/kiosk/update-decision.ts';

/**
 * Lets a waiting new version take over only when core/kiosk/update-decision.ts says so (at an idle reset, or after
 * a long untouched attract loop: never in front of a visitor): the worker is told to take over and the page
 * reloads into it, like the planned reload. Returns whether it did. Without an update source (tests, a page
 * without service workers) nothing is ever waiting; install-kiosk.ts passes the service worker's, since the UI may
 * not call app code itself.
 */
export function updateWhenIdle(
  moment: 'idle-reset' | 'attract',
  attractForMs: number,
  reload: () => void,
  update: WaitingUpdate | undefined,
): boolean {
  if (update === undefined) return false;
  if (!shouldApplyUpdate({ kiosk: true, waiting: update.waiting(), moment, attractForMs })) return false;
  update.apply(reload);
  return true;
}
