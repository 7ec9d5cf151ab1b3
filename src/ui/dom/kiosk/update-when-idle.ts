import { serviceWorkerUpdate, type WaitingUpdate } from '../../../app/service-worker-update.ts';
import { shouldApplyUpdate } from '../../../core/kiosk/update-decision.ts';

/**
 * Lets a waiting new version take over only when core/kiosk/update-decision.ts says so (at an idle reset, or after
 * a long untouched attract loop: never in front of a visitor): the worker is told to take over and the page
 * reloads into it, like the planned reload. Returns whether it did.
 */
export function updateWhenIdle(
  moment: 'idle-reset' | 'attract',
  attractForMs: number,
  reload: () => void,
  update: WaitingUpdate = serviceWorkerUpdate,
): boolean {
  if (!shouldApplyUpdate({ kiosk: true, waiting: update.waiting(), moment, attractForMs })) return false;
  update.apply(reload);
  return true;
}
