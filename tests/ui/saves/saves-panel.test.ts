// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INITIAL_GAME } from '../../../src/core/game/game-state.ts';
import { makeSave } from '../../../src/core/save/save-game.ts';
import { PREVIOUS_AUTO_SLOT, createSaveSlots } from '../../../src/core/save/save-slots.ts';
import type { SessionSnapshot } from '../../../src/core/session/session.ts';
import { INITIAL_STAGE } from '../../../src/core/stage/stage-state.ts';
import { createMemoryStorage } from '../../../src/core/storage/memory-storage.ts';
import type { SaveLoader } from '../../../src/ui/dom/saves/save-loader.ts';
import { SavesPanel } from '../../../src/ui/dom/saves/saves-panel.ts';
import { en, type Strings } from '../../../src/ui/strings/en.ts';
import { es } from '../../../src/ui/strings/es.ts';

const HASH = 'abcdef0123456789';
const SNAPSHOT: SessionSnapshot = {
  ink: '{}',
  stage: INITIAL_STAGE,
  game: {
    ...INITIAL_GAME,
    role: 'student',
    checkpoint: 'ch3_aftermath',
    trust: { ...INITIAL_GAME.trust, trust_lt: 2 },
    measures: ['towers'],
  },
  transcript: [],
};

function setup(playing = true, strings: Strings = en) {
  const storage = createMemoryStorage();
  const slots = createSaveSlots({
    storage,
    storyHash: HASH,
    lang: 'en',
    now: () => new Date('2026-11-26T10:00:00Z'),
    nameFor: () => 'III. Aftermath, 26 Nov',
  });
  const loader = {
    loadParsed: vi.fn(() => ({ ok: true as const, exact: true, message: 'loaded' })),
    loadText: vi.fn(() => ({ ok: false as const, message: en.saves.rejected['not-json'] })),
    startChapter: vi.fn(() => ({ ok: true as const, exact: false, message: null })),
    chapterName: (id: string) => en.chapterNames[id] ?? id,
  };
  const onLoaded = vi.fn();
  const panel = new SavesPanel({
    strings,
    slots,
    loader: loader as unknown as SaveLoader,
    current: () =>
      playing ? makeSave({ storyHash: HASH, lang: 'en', name: 'now', now: new Date(), snapshot: SNAPSHOT }) : null,
    saveInto: (slot) => slots.save(slot, SNAPSHOT),
    onLoaded,
    formatDate: (iso) => iso.slice(0, 10),
  });
  panel.render();
  const body = panel.panel.body;
  const slot = (id: string) => body.querySelector<HTMLElement>(`.save-slot[data-slot="${id}"]`)!;
  const press = (host: HTMLElement, label: string) => {
    const button = [...host.querySelectorAll('button')].find((b) => b.textContent === label);
    if (!button) throw new Error(`no button "${label}" in ${host.textContent}`);
    button.click();
  };
  return { slots, loader, onLoaded, panel, body, slot, press };
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('the saves panel', () => {
  it('saves into an empty slot at once, and asks before replacing a full one', () => {
    const { slots, slot, press, panel } = setup();
    press(slot('slot1'), en.saves.saveHere);
    expect(slots.read('slot1').parsed?.ok).toBe(true);
    slots.rename('slot1', 'Keep me');
    panel.render();
    press(slot('slot1'), en.saves.saveHere);
    expect(slot('slot1').textContent).toContain(en.saves.confirmOverwrite('Keep me'));
    expect(document.activeElement?.textContent).toBe(en.saves.cancel);
    press(slot('slot1'), en.saves.cancel);
    const kept = slots.read('slot1').parsed;
    expect(kept?.ok && kept.save.name).toBe('Keep me');
    press(slot('slot1'), en.saves.saveHere);
    press(slot('slot1'), en.saves.confirmSaveYes);
    const replaced = slots.read('slot1').parsed;
    expect(replaced?.ok && replaced.save.name).toBe('III. Aftermath, 26 Nov');
  });

  it('lists the autosave a new game set aside, and loads it like any save', () => {
    const { slots, slot, press, panel, loader } = setup(false);
    expect(slot(PREVIOUS_AUTO_SLOT)).toBeNull();
    slots.autosave({ ...SNAPSHOT, game: { ...SNAPSHOT.game, turn: 40 } }, 'ch3_aftermath'); // yesterday's game
    slots.startNewGame();
    slots.autosave({ ...SNAPSHOT, game: { ...SNAPSHOT.game, turn: 1 } }, null);
    panel.render();
    expect(slot(PREVIOUS_AUTO_SLOT).textContent).toContain(en.saves.previousAutosave);
    press(slot(PREVIOUS_AUTO_SLOT), en.saves.load);
    type Loaded = [{ ok: true; save: { snapshot: SessionSnapshot } }];
    const loaded = loader.loadParsed.mock.calls.at(-1) as unknown as Loaded;
    expect(loaded[0].save.snapshot.game.turn).toBe(40);
  });

  it('deletes only after a confirmation', () => {
    const { slots, slot, press, body, panel } = setup();
    slots.save('slot2', SNAPSHOT);
    panel.render();
    press(slot('slot2'), en.saves.delete);
    expect(slots.read('slot2').parsed).not.toBeNull();
    press(slot('slot2'), en.saves.confirmDeleteYes);
    expect(slots.read('slot2').parsed).toBeNull();
    expect(body.textContent).toContain(en.saves.deleted);
  });

  it('shows the short save code of the game in progress', () => {
    const { body } = setup();
    expect(body.querySelector('.save-code')?.textContent).toMatch(/^AV-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{2}$/);
  });

  it('starts the chapter a typed code names, and explains a mistyped one', () => {
    const { body, loader, onLoaded, press } = setup();
    const code = body.querySelector('.save-code')!.textContent;
    const input = body.querySelector<HTMLInputElement>('#save-code-input')!;
    input.value = code.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
    press(body, en.saves.codeUse);
    expect(loader.startChapter).not.toHaveBeenCalled();
    expect(body.querySelector('[role="status"]')?.textContent).toMatch(/typing mistake/);
    input.value = code.toLowerCase();
    press(body, en.saves.codeUse);
    expect(loader.startChapter).toHaveBeenCalledWith(
      'ch3_aftermath',
      'student',
      expect.objectContaining({ numbers: expect.objectContaining({ trust_lt: 2 }) }),
      'full',
    );
    expect(onLoaded).toHaveBeenCalledWith(en.saves.codeStarted(en.chapterNames['ch3_aftermath']!));
  });

  it('explains a mistyped code in the language of the page, not in words from the core', () => {
    const { body, press } = setup(true, es);
    const input = body.querySelector<HTMLInputElement>('#save-code-input')!;
    input.value = 'AV-123';
    press(body, es.saves.codeUse);
    expect(body.querySelector('[role="status"]')?.textContent).toBe(es.saves.codeProblem['not-a-code']);
    expect(es.saves.codeProblem['not-a-code']).toMatch(/código de partida/);
  });

  it('refuses a file larger than any save before reading it', async () => {
    const { body, loader } = setup();
    const input = body.querySelector<HTMLInputElement>('#import-save-file')!;
    const huge = new File(['x'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 50_000_000 });
    const text = vi.spyOn(huge, 'text');
    Object.defineProperty(input, 'files', { value: [huge], configurable: true });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() =>
      expect(body.querySelector('[role="status"]')?.textContent).toBe(en.saves.rejected['too-large']),
    );
    expect(text).not.toHaveBeenCalled();
    expect(loader.loadText).not.toHaveBeenCalled();
  });

  it('offers loading but no saving on the title screen', () => {
    const { body } = setup(false);
    expect([...body.querySelectorAll('button')].some((b) => b.textContent === en.saves.saveHere)).toBe(false);
    expect(body.querySelector('.save-code')).toBeNull();
    expect(body.textContent).toContain(en.saves.codeNone);
  });
});
