import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './support/browser.ts';
import { stillForScreenshot } from './support/settled.ts';
import { MORE_BELOW_SLACK } from '../../src/ui/dom/more-below.ts';

/**
 * The screen layouts (docs/layout.md), checked by bounding boxes in real Chromium at every screen people use, in
 * English and Spanish: the bar, the story and the choices are inside the viewport and do not overlap; the bar's
 * labels do not overlap; the picture has its own box beside or above the panel (never under the text) and the
 * canvas covers at least 90 % of it; a phone shows at least 8 lines of story with every choice. Screenshots go to
 * .out/shots/layout-*.png for people to look at.
 */
const SHOTS = '.out/shots';

type Arrangement = 'side' | 'stacked';
interface Screen {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly kiosk?: boolean;
  readonly arrangement: Arrangement;
  /** Lines of story that must be visible without scrolling (the phone's promise). */
  readonly minLines: number;
  /** The reading column's measure is checked where the screen is wide enough to choose one. */
  readonly measure: boolean;
}

const SCREENS: readonly Screen[] = [
  { name: 'phone', width: 390, height: 844, arrangement: 'stacked', minLines: 8, measure: false },
  { name: 'phone-landscape', width: 844, height: 390, arrangement: 'side', minLines: 3, measure: false },
  { name: 'tablet', width: 820, height: 1180, arrangement: 'stacked', minLines: 8, measure: true },
  { name: 'tablet-landscape', width: 1180, height: 820, arrangement: 'side', minLines: 6, measure: true },
  { name: 'chromebook', width: 1366, height: 768, arrangement: 'side', minLines: 5, measure: true },
  { name: 'desktop', width: 1920, height: 1080, arrangement: 'side', minLines: 8, measure: true },
  { name: 'desktop-1440p', width: 2560, height: 1440, arrangement: 'side', minLines: 8, measure: true },
  { name: 'kiosk', width: 1920, height: 1080, kiosk: true, arrangement: 'side', minLines: 6, measure: true },
  {
    name: 'kiosk-portrait',
    width: 1080,
    height: 1920,
    kiosk: true,
    arrangement: 'stacked',
    minLines: 8,
    measure: true,
  },
];

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface Measured {
  readonly viewport: { width: number; height: number };
  readonly bar: Box;
  readonly story: Box;
  readonly choices: Box;
  readonly reader: Box;
  readonly stage: Box;
  readonly canvas: Box | null;
  /** Boxes of what the bar shows: the chapter name and the visible buttons. */
  readonly barParts: { label: string; box: Box }[];
  readonly choiceButtons: Box[];
  /** Distinct lines of story text wholly inside the story's visible area. */
  readonly visibleLines: number;
  /** Characters per line of the reading column, from the width of a long sample in the story's own font. */
  readonly charactersPerLine: number;
  readonly fontSize: number;
  /** Pixels of the story's last element below the pane's visible part (its own box: no margin or padding). */
  readonly below: number;
  /** The "More below" cue: whether it is shown, and its pill's box. */
  readonly cueShown: boolean;
  readonly cue: Box;
}

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const area = (b: Box) => Math.max(0, b.width) * Math.max(0, b.height);
function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
/** Inside the viewport, with a pixel of rounding. */
function inside(b: Box, viewport: { width: number; height: number }): boolean {
  const right = b.x + b.width;
  const bottom = b.y + b.height;
  return b.x >= -1 && b.y >= -1 && right <= viewport.width + 1 && bottom <= viewport.height + 1 && area(b) > 0;
}

/** Opens the game at a screen, begins (kiosk: from the attract screen), plays into the story, waits for the picture. */
async function playAt(screen: Screen, lang: 'en' | 'es'): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width: screen.width, height: screen.height },
    serviceWorkers: 'block',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}?lang=${lang}${screen.kiosk ? '&mode=kiosk' : ''}`);
  const slow = { timeout: 90_000 };
  await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true', undefined, slow);
  const attract = () => document.documentElement.dataset['kiosk'] === 'attract';
  if (screen.kiosk) await page.waitForFunction(attract, undefined, slow);
  // force: no wait for two still animation frames, which a busy machine drawing software WebGL may not give in time.
  await page.locator(screen.kiosk ? '#kiosk-begin' : '#begin').click({ force: true });
  await page.locator('#choices button[data-choice]').first().waitFor({ timeout: 90_000 });
  // Into the story proper: past the opening (Begin, the role), until a chosen line is followed by a passage.
  for (let turn = 0; turn < 4 && (await page.locator('#story p.chosen').count()) === 0; turn++) {
    await page.keyboard.press('1');
    await page.locator('#choices button[data-choice]').first().waitFor();
  }
  await page.locator('#stage canvas').waitFor({ state: 'attached', timeout: 90_000 });
  // The picture has come in through its fade (the screenshots are for people to look at), and the scroll to the
  // new passage, run in an animation frame, is done: the page is still.
  await stillForScreenshot(page);
  return { page, close: () => context.close() };
}

async function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const box = (el: Element | null): Box => {
      const r = el?.getBoundingClientRect();
      return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : { x: 0, y: 0, width: 0, height: 0 };
    };
    const visible = (el: Element) =>
      el.getBoundingClientRect().width > 0 && getComputedStyle(el).visibility !== 'hidden';
    const story = document.getElementById('story')!;
    const storyStyle = getComputedStyle(story);
    const s = story.getBoundingClientRect();
    const top = s.top + parseFloat(storyStyle.paddingTop);
    const bottom = s.bottom - parseFloat(storyStyle.paddingBottom);
    const lineTops = new Set<number>();
    for (const p of story.querySelectorAll('p')) {
      const range = document.createRange();
      range.selectNodeContents(p);
      for (const r of range.getClientRects()) {
        if (r.height > 0 && r.top >= top - 1 && r.bottom <= bottom + 1) lineTops.add(Math.round(r.top));
      }
    }
    // A paragraph of plain story prose (not the chosen line, a caption, a note or a document, in other sizes)
    const prose = 'p:not(.chosen):not(.caption):not(.note):not(.title):not(.document)';
    const paragraph = story.querySelector(prose) ?? story;
    const sample = document.createElement('span');
    sample.textContent =
      'A rutted dirt road, adobe huts, a dog asleep in the only shade. At the end, above the dry bed of the river';
    sample.style.whiteSpace = 'nowrap';
    paragraph.append(sample);
    const perCharacter = sample.getBoundingClientRect().width / sample.textContent.length;
    sample.remove();
    const column = paragraph.getBoundingClientRect().width;
    const bar = document.getElementById('reader-bar')!;
    const barParts = [...bar.querySelectorAll('.chapter, button')]
      .filter(visible)
      .map((el) => ({ label: el.textContent ?? '', box: box(el) }));
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      bar: box(bar),
      story: box(story),
      choices: box(document.getElementById('choices')),
      reader: box(document.getElementById('reader')),
      stage: box(document.getElementById('stage')),
      canvas: document.querySelector('#stage canvas') ? box(document.querySelector('#stage canvas')) : null,
      barParts,
      choiceButtons: [...document.querySelectorAll('#choices button')].map(box),
      visibleLines: lineTops.size,
      charactersPerLine: column / perCharacter,
      fontSize: parseFloat(getComputedStyle(paragraph).fontSize),
      below: (story.lastElementChild?.getBoundingClientRect().bottom ?? s.bottom) - s.bottom,
      cueShown: document.querySelector('.more-below[data-shown]') !== null,
      cue: box(document.querySelector('.more-below-pill')),
    };
  });
}

describe('screen layouts in Chromium', () => {
  for (const screen of SCREENS) {
    for (const lang of ['en', 'es'] as const) {
      const title = `${screen.name} (${screen.width} × ${screen.height}, ${lang})`;
      it(`lays out ${title} with every part in view and nothing overlapping`, async () => {
        const { page, close } = await playAt(screen, lang);
        await page.screenshot({ path: `${SHOTS}/layout-${screen.name}-${lang}.png` });
        const m = await measure(page);
        for (const [part, b] of [
          ['bar', m.bar],
          ['story', m.story],
          ['choices', m.choices],
        ] as const) {
          expect(inside(b, m.viewport), `${part} ${JSON.stringify(b)} is inside the viewport`).toBe(true);
        }
        for (const b of m.choiceButtons) {
          expect(inside(b, m.viewport), `choice ${JSON.stringify(b)} in view`).toBe(true);
        }
        expect(overlap(m.bar, m.story)).toBeLessThan(2);
        expect(overlap(m.bar, m.choices)).toBeLessThan(2);
        expect(overlap(m.story, m.choices)).toBeLessThan(2);
        // The bar's labels (the chapter name, each visible button) never overlap each other.
        for (let i = 0; i < m.barParts.length; i++) {
          for (let j = i + 1; j < m.barParts.length; j++) {
            const [a, b] = [m.barParts[i]!, m.barParts[j]!];
            expect(overlap(a.box, b.box), `"${a.label}" and "${b.label}"`).toBeLessThan(2);
          }
        }
        // The picture: its own box, never under the panel, beside it (landscape) or above it (portrait).
        expect(overlap(m.stage, m.reader)).toBeLessThan(2);
        if (screen.arrangement === 'side') {
          expect(m.stage.x + m.stage.width).toBeLessThanOrEqual(m.reader.x + 1);
          expect(m.stage.height).toBeGreaterThanOrEqual(m.viewport.height - 1);
        } else {
          expect(m.stage.y + m.stage.height).toBeLessThanOrEqual(m.reader.y + 1);
          expect(m.stage.width).toBeGreaterThanOrEqual(m.viewport.width - 1);
        }
        const intended = m.viewport.width * m.viewport.height - area(m.reader);
        expect(area(m.stage) / intended).toBeGreaterThanOrEqual(0.9);
        expect(m.canvas).not.toBeNull();
        expect(overlap(m.canvas!, m.stage) / area(m.stage)).toBeGreaterThanOrEqual(0.9);
        expect(m.visibleLines).toBeGreaterThanOrEqual(screen.minLines);
        // "More below" shows exactly when part of the passage is out of sight, over the story, above the choices.
        expect(m.cueShown, `${Math.round(m.below)} px of the passage below the pane`).toBe(m.below > MORE_BELOW_SLACK);
        if (m.cueShown) {
          expect(inside(m.cue, m.viewport)).toBe(true);
          expect(overlap(m.cue, m.story)).toBeCloseTo(area(m.cue), 0);
          expect(overlap(m.cue, m.choices)).toBe(0);
        }
        if (screen.measure) {
          expect(m.charactersPerLine).toBeGreaterThanOrEqual(55);
          expect(m.charactersPerLine).toBeLessThanOrEqual(80);
        }
        await close();
      }, 180_000);
    }
  }

  it('shows "More below" while a phone\'s passage runs past the pane, and tapping it reaches the end', async () => {
    const { page, close } = await playAt(SCREENS[0]!, 'en');
    const before = await measure(page);
    expect(before.below, "the opening passage is longer than a phone's story pane").toBeGreaterThan(MORE_BELOW_SLACK);
    expect(before.cueShown).toBe(true);
    await page.screenshot({ path: `${SHOTS}/layout-phone-more-below.png` });
    const scrolled = () => page.evaluate(() => document.getElementById('story')!.scrollTop);
    const twoFrames = () =>
      page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const start = await scrolled();
    // A wheel turned over the pill scrolls the story, as it would over the text beside it.
    const pill = await page.locator('.more-below-pill').boundingBox();
    expect(pill).not.toBeNull();
    await page.mouse.move(pill!.x + pill!.width / 2, pill!.y + pill!.height / 2);
    await page.mouse.wheel(0, 60);
    await page.waitForFunction((from) => document.getElementById('story')!.scrollTop > from, start);
    await page.evaluate(() => document.getElementById('story')!.scrollTo({ top: 0 }));
    await twoFrames();
    let taps = 0;
    while ((await page.locator('.more-below[data-shown]').count()) > 0 && taps < 12) {
      await page.locator('.more-below-pill').click();
      taps++;
      // the cue is checked in the animation frame after the scroll: wait two frames
      await twoFrames();
    }
    const after = await measure(page);
    expect(taps).toBeGreaterThan(0);
    expect(await scrolled()).toBeGreaterThan(0);
    expect(after.below).toBeLessThanOrEqual(MORE_BELOW_SLACK);
    expect(after.cueShown).toBe(false);
    // The cue sits over the story only: the choices under it stay where they were, and stay tappable.
    expect(after.choices).toEqual(before.choices);
    await close();
  }, 180_000);

  it('keeps Begin where it is from the moment it works, while the rest of the title arrives', async () => {
    for (const screen of [SCREENS[0]!, SCREENS[2]!, SCREENS[4]!]) {
      const context = await browser.newContext({
        viewport: { width: screen.width, height: screen.height },
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      // Every frame from the first in which Begin works until "For teachers" (loaded after the first text) is in.
      await page.addInitScript(() => {
        const tops: number[] = [];
        (window as unknown as { beginTops: number[] }).beginTops = tops;
        const frame = () => {
          const begin = document.getElementById('begin');
          if (begin && document.documentElement.dataset['ready'] === 'true') {
            tops.push(Math.round(begin.getBoundingClientRect().top));
            if (document.getElementById('for-teachers') && tops.length > 2) return;
          }
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      await page.goto(`${inject('baseUrl')}?lang=en`);
      await page.locator('#for-teachers').waitFor({ timeout: 90_000 });
      await page.waitForFunction(() => (window as unknown as { beginTops: number[] }).beginTops.length > 2);
      const tops = await page.evaluate(() => (window as unknown as { beginTops: number[] }).beginTops);
      expect(new Set(tops), `${screen.name}: Begin's top in each frame`).toEqual(new Set([tops[0]]));
      await context.close();
    }
  }, 300_000);

  it('sets larger type on a 2560 × 1440 screen and on a kiosk than on a 1366 × 768 Chromebook', async () => {
    const sizes: Record<string, number> = {};
    for (const name of ['chromebook', 'desktop-1440p', 'kiosk']) {
      const screen = SCREENS.find((s) => s.name === name)!;
      const { page, close } = await playAt(screen, 'en');
      sizes[name] = (await measure(page)).fontSize;
      await close();
    }
    expect(sizes['desktop-1440p']!).toBeGreaterThanOrEqual(sizes['chromebook']! * 1.25);
    expect(sizes['kiosk']!).toBeGreaterThanOrEqual(sizes['chromebook']! * 1.25);
  }, 300_000);
});
