import type { AppContext } from '../../../app/app-context.ts';
import { loadMarksStrings } from '../../../languages/marks-strings.ts';
import { loadRecordFor } from '../../../languages/record-for-language.ts';
import { LineMarks } from './line-marks.ts';

/**
 * Marks every shown line from now on: the lines already on screen at once, then each new frame's. While the setting
 * is off the marks stay in place, hidden by the stylesheet, and new lines are not marked until it is on again.
 */
export async function startMarks(context: AppContext): Promise<void> {
  const story = context.root.querySelector<HTMLElement>('#story');
  if (!story) return;
  const [t] = await Promise.all([loadMarksStrings(context.lang), loadRecordFor(context.lang)]);
  const marks = new LineMarks(t, context.lang, context.strings.closePanel);
  const html = document.documentElement;
  const decorate = (): void => {
    if (html.dataset['marks'] === 'on') marks.decorate(story);
  };
  context.controller.onFrame(decorate);
  new MutationObserver(decorate).observe(html, { attributes: true, attributeFilter: ['data-marks'] });
  decorate();
}
