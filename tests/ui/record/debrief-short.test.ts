// @vitest-environment happy-dom
// The debrief's short form (issue 21): the player first, under 800 words for a whole playthrough in every language.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GameState } from '../../../src/core/game/game-state.ts';
import { buildNotebook } from '../../../src/core/notebook/build-notebook.ts';
import { buildDebrief } from '../../../src/core/record/build-debrief.ts';
import { LANGUAGES } from '../../../src/core/settings/language.ts';
import type { RecordStrings } from '../../../src/ui/strings/en-record.ts';
import type { Strings } from '../../../src/ui/strings/en.ts';
import type { NotebookStrings } from '../../../src/ui/dom/notebook/notebook-strings.ts';
import { shortDebriefView } from '../../../src/ui/dom/record/debrief-short.ts';
import { kioskDebriefView } from '../../../src/ui/dom/record/kiosk-debrief.ts';
import { debriefView } from '../../../src/ui/dom/debrief-view.ts';
import { loadRecordFor, recordFor } from '../../../src/languages/record-for-language.ts';
import { firstChoice, lastChoice, playRealStory, seeded, type Pick } from '../../support/play-real-story.ts';

/** Words as a reader counts them: runs of letters or digits, text node by text node (no words glued across tags). */
export function wordsIn(root: Node): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    count += (node.textContent ?? '').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return count;
}

async function words(lang: string) {
  const load = async <T>(path: string, name: string) =>
    ((await import(/* @vite-ignore */ path)) as Record<string, T>)[name]!;
  return {
    t: await load<RecordStrings>(`../../../src/languages/${lang}/record.ts`, 'recordStrings'),
    nt: await load<NotebookStrings>(`../../../src/languages/${lang}/notebook.ts`, 'notebookStrings'),
    strings: await load<Strings>(`../../../src/ui/strings/${lang}.ts`, lang),
  };
}

// Each language's record text is its own chunk, loaded before anything that shows the record is built.
beforeAll(async () => {
  for (const lang of LANGUAGES) await loadRecordFor(lang);
});

function debriefOf(game: GameState, lang: string) {
  const record = recordFor(lang);
  const input = {
    chronicle: game.chronicle.map((e) => e.beat),
    pushbacks: game.pushbacks.map((p) => ({ id: p.id, chapter: p.checkpoint ?? '' })),
    views: game.views,
    measures: game.measures,
    role: game.role,
  };
  return { debrief: buildDebrief(input, record), notebook: buildNotebook(game, record) };
}

const PLAYERS: readonly [string, Pick][] = [
  ['always the first choice', firstChoice],
  ['always the last choice', lastChoice],
  ['a seeded player (7)', seeded(7)],
  ['a seeded player (1940)', seeded(1940)],
];

describe('the short debrief after a whole playthrough of the real story', () => {
  it.each(LANGUAGES.flatMap((lang) => PLAYERS.map(([who, pick]) => [lang, who, pick] as const)))(
    'in %s, for %s, comes in under 800 words and starts with the player, before the record',
    async (lang, who, pick) => {
      const { t, nt, strings } = await words(lang);
      const game = playRealStory(lang, pick);
      const { debrief, notebook } = debriefOf(game, lang);
      const short = shortDebriefView(debrief, notebook, { t, nt, chapterNames: strings.chapterNames });
      const count = wordsIn(short);
      const long = wordsIn(debriefView(debrief, t));
      console.info(`short debrief ${lang}, ${who}: ${count} words (long form ${long})`);
      expect(count).toBeLessThan(800);
      expect(long).toBeGreaterThan(count * 2);
      // The player's own story comes before the record in brief, and the record in brief names every event reached.
      const sections = [...short.querySelectorAll('section')].map((s) => s.querySelector('h3')?.id);
      expect(sections[0]).toBe('debrief-short-learned');
      expect(sections.at(-1)).toBe('debrief-short-record');
      expect(short.querySelectorAll('.record-brief [data-beat]')).toHaveLength(game.chronicle.length);
      expect(game.chronicle.length).toBeGreaterThan(10);
    },
  );
});

describe('the kiosk debrief after the kiosk visit', () => {
  it.each(LANGUAGES.flatMap((lang) => PLAYERS.map(([who, pick]) => [lang, who, pick] as const)))(
    'in %s, for %s, is three cards of under 350 words that name what the visitor did',
    async (lang, who, pick) => {
      const { t, nt, strings } = await words(lang);
      const game = playRealStory(lang, pick, { kind: 'kiosk' });
      const { debrief, notebook } = debriefOf(game, lang);
      const cards = kioskDebriefView(debrief, notebook, { t, nt, chapterNames: strings.chapterNames });
      const count = wordsIn(cards);
      console.info(`kiosk debrief ${lang}, ${who}: ${count} words`);
      expect(cards.querySelectorAll('.kiosk-debrief-card')).toHaveLength(3);
      expect(count).toBeLessThan(350);
      const named = cards.querySelectorAll('[data-measure], [data-refused], [data-dispute]').length;
      expect(named).toBe(notebook.adopted.length + notebook.refused.length + debrief.views.length);
    },
  );
});
