import type { AppContext } from '../../../app/app-context.ts';

/**
 * Everything a visitor left, gone (the end of a kiosk visit): every open dialog closes (Record, debrief, settings,
 * staff…), the controller forgets the story on screen and restarts the session unseen (the transcript goes), each
 * feature's reset hook runs (settings back to the defaults…), the visitor's storage empties, notices clear and
 * focus drops. Pictures, sound and the attract loop are the caller's.
 */
export function wipeVisitor(doc: Document, context: Pick<AppContext, 'controller' | 'storage' | 'notices' | 'resets'>) {
  const { controller, storage, notices, resets } = context;
  for (const dialog of doc.querySelectorAll('dialog')) if (dialog.open) dialog.close();
  controller.reset({ kind: 'kiosk' });
  // Hooks first: a hook may write (settings store their defaults), and the storage is emptied after.
  for (const { name, error } of resets.runAll()) console.error(`[kiosk] the ${name} reset failed`, error);
  for (const key of storage.keys()) storage.remove(key);
  notices.clear();
  if (doc.activeElement instanceof HTMLElement) doc.activeElement.blur();
}
