// @vitest-environment happy-dom
// The autosave after a choice runs in idle time. The first one of a page also has to load the date format's locale
// data (the first Intl.DateTimeFormat of a page): that happens in one idle callback and the save in the next, so
// neither holds the page long (issue 18).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSave } from '../../../src/core/save/parse-save.ts';
import { AUTO_SLOT, slotKey } from '../../../src/core/save/save-slots.ts';
import { en } from '../../../src/ui/strings/en.ts';
import { HARNESS_STORY_HASH, installSavesAndBegin } from '../../support/saves-harness.ts';

// No checkpoint: the first frame is not a chapter start, so its autosave waits for idle time.
const STORY = `
LIST roles = teamster, student, mexican
VAR role = teamster
The gate is barred.
* [Wait] You wait.
  -> END
`;

const Original = Intl.DateTimeFormat;
const intl = Intl as { DateTimeFormat: typeof Intl.DateTimeFormat };
let idle: (() => void)[] = [];
let formattersMade = 0;

beforeEach(() => {
  document.body.replaceChildren();
  idle = [];
  formattersMade = 0;
  vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
  class Counting extends Original {
    constructor(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      super(...args);
      formattersMade++;
    }
  }
  intl.DateTimeFormat = Counting as typeof Intl.DateTimeFormat;
});

afterEach(() => {
  intl.DateTimeFormat = Original;
  vi.unstubAllGlobals();
});

const play = () => installSavesAndBegin(STORY, 'en', en);

describe('the idle autosave', () => {
  it('loads the date format in one idle callback and saves in a later one', () => {
    const storage = play();
    expect(storage.read(slotKey(AUTO_SLOT))).toBeNull();
    const steps: { formatters: number; saved: boolean }[] = [];
    for (let i = 0; i < 10 && idle.length > 0; i++) {
      const before = formattersMade;
      idle.shift()?.();
      steps.push({ formatters: formattersMade - before, saved: storage.read(slotKey(AUTO_SLOT)) !== null });
    }
    const loading = steps.findIndex((s) => s.formatters > 0);
    const saving = steps.findIndex((s) => s.saved);
    expect(loading).toBeGreaterThanOrEqual(0);
    expect(saving).toBeGreaterThan(loading);
    expect(steps[loading]?.saved).toBe(false);
    expect(formattersMade).toBe(1);
    const parsed = parseSave(storage.read(slotKey(AUTO_SLOT)), HARNESS_STORY_HASH);
    expect(parsed.ok).toBe(true);
  });
});
