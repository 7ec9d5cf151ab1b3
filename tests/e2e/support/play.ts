import type { Page } from 'playwright-core';

/** Waits until the game has booted (the story file is loaded and Begin works). */
export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
}

/** Text of the story panel's paragraphs and of the choices on offer: "the passage" a player sees. */
export async function passage(page: Page): Promise<{ last: string; choices: string[] }> {
  return page.evaluate(() => ({
    last:
      [...document.querySelectorAll('#story p')]
        .map((p) => p.textContent ?? '')
        .filter((t) => t.length > 0)
        .at(-1) ?? '',
    choices: [...document.querySelectorAll('#choices button[data-choice] .label')].map((b) => b.textContent ?? ''),
  }));
}

/** Begins a game and plays `turns` choices by number key, alternating first and last option. */
export async function beginAndPlay(page: Page, turns: number): Promise<void> {
  await page.getByRole('button', { name: 'Begin', exact: true }).click();
  await page.locator('#choices button[data-choice]').first().waitFor();
  for (let turn = 0; turn < turns; turn++) {
    const count = await page.locator('#choices button[data-choice]').count();
    if (count === 0) break;
    await page.keyboard.press(String(turn % 2 === 0 ? 1 : Math.min(count, 9)));
  }
}

/** The name of the chapter shown in the reader bar. */
export async function chapterLabel(page: Page): Promise<string> {
  return (await page.locator('#reader-bar .chapter').textContent()) ?? '';
}
