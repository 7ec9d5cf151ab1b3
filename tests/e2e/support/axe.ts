import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { animationsDone } from './settled.ts';

/** The WCAG 2.2 AA rule sets every end-to-end accessibility check runs. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's WCAG 2.2 AA violations on the page as a player sees it once it is still, one string per rule with the
 * elements it found. It waits for CSS animations first: a new line fading in is checked at the colour it ends
 * with, not halfway (a check that ran mid-fade failed color-contrast now and then, on a loaded machine).
 * `include` narrows the check to one part (an open dialog); `exclude` leaves one out (the canvas).
 */
export async function axeViolations(page: Page, scope: { include?: string; exclude?: string } = {}): Promise<string[]> {
  await animationsDone(page);
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (scope.include) builder = builder.include(scope.include);
  if (scope.exclude) builder = builder.exclude(scope.exclude);
  const result = await builder.analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
